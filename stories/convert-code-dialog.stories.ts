import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import { CODES, DEMO } from './helpers.js'

const open = (id: string, extra = '') =>
  html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
    <button onclick="this.nextElementSibling.show()">Open the dialog</button>
    <convert-code-dialog access-code-id=${id} ?allow-external-modification=${extra === 'allow'} open></convert-code-dialog>
  </seam-provider>`

const meta: Meta = { title: 'Elements/convert-code-dialog', component: 'convert-code-dialog' }
export default meta
type Story = StoryObj

export const Confirm: Story = { render: () => open(CODES['unmanagedFront1']!) }
export const ConfirmAllowingOutsideChanges: Story = { render: () => open(CODES['unmanagedFront2']!, 'allow') }
/** The code carries management_transferred: the force option appears. */
export const ManagedByAnotherWorkspace: Story = { render: () => open(CODES['unmanagedFrontTransferred']!) }
/** Press Convert: igloohome cannot convert, so the failure and its reasons show. */
export const FailsOnIgloohome: Story = { render: () => open(CODES['unmanagedCabin']!) }
export const PinHiddenBySmartThings: Story = { render: () => open(CODES['unmanagedGarage']!) }

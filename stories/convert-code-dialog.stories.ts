import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import { ref } from 'lit/directives/ref.js'
import { SeamApiError } from '../src/api/errors.js'
import type { ConvertCodeDialog } from '../src/elements/convert-code-dialog/convert-code-dialog.js'
import { stubClient, unmanagedCode } from '../test/helpers/stub-client.js'
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

// The in-between and end states, held still with an in-memory client.
const guest = unmanagedCode({ access_code_id: 'story_code', name: 'Guest from the old system', code: '4417' })
function driven(setup: (stub: ReturnType<typeof stubClient>) => void, pendingAfter = 60_000) {
  const stub = stubClient({ unmanaged: [guest] })
  setup(stub)
  return html`<convert-code-dialog
    .client=${stub.client}
    pending-after=${pendingAfter}
    ${ref((el) => {
      if (!el) return
      const dialog = el as ConvertCodeDialog
      queueMicrotask(async () => {
        dialog.show(guest)
        await dialog.updateComplete
        dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')?.click()
      })
    })}
  ></convert-code-dialog>`
}
const never = () => new Promise<never>(() => {})

export const Converting: Story = { render: () => driven((s) => (s.client.accessCodes.unmanaged.convertToManaged = never)) }
export const StillPending: Story = {
  render: () =>
    driven((s) => {
      s.client.accessCodes.unmanaged.convertToManaged = async () => null
      s.client.accessCodes.get = never
      s.client.events.list = async () => []
    }, 300),
}
export const Converted: Story = { render: () => driven(() => {}) }
export const Failed: Story = {
  render: () =>
    driven((s) => {
      s.client.accessCodes.unmanaged.convertToManaged = async () => null
      s.client.events.list = async () => [
        {
          event_id: 'e1',
          event_type: 'access_code.unmanaged.failed_to_convert_to_managed',
          access_code_id: 'story_code',
          created_at: new Date().toISOString(),
          access_code_errors: [{ error_code: 'duplicate_code_on_device', message: 'Duplicate access code detected on device.' }],
          device_errors: [{ error_code: 'device_offline', message: 'Device is offline', is_device_error: true }],
        } as never,
      ]
    }),
}
export const RequestFailed: Story = {
  render: () => driven((s) => s.fail('unmanaged.convertToManaged', new SeamApiError({ status: 503, type: 'service_unavailable', message: 'Seam is briefly unavailable.' }))),
}

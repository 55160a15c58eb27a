import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import { DEMO, offlineClient, pendingClient } from './helpers.js'

const meta: Meta = {
  title: 'Elements/unmanaged-code-list',
  component: 'unmanaged-code-list',
  args: { 'device-id': DEMO.devices.august },
  render: (args) =>
    html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
      <unmanaged-code-list device-id=${args['device-id']}></unmanaged-code-list>
    </seam-provider>`,
}
export default meta
type Story = StoryObj

/** Convertible codes, one that cannot be managed, one whose management was transferred. */
export const Default: Story = {}
export const SmartThingsHidesPinsAndCannotConvert: Story = { args: { 'device-id': DEMO.devices.smartthings } }
export const IgloohomeCannotConvert: Story = { args: { 'device-id': DEMO.devices.igloohome } }
export const KwiksetHasNone: Story = { args: { 'device-id': DEMO.devices.kwikset } }
export const Empty: Story = { args: { 'device-id': DEMO.devices.bulk } }
export const Loading: Story = { render: () => html`<unmanaged-code-list device-id="d1" .client=${pendingClient()}></unmanaged-code-list>` }
export const FailedToLoad: Story = { render: () => html`<unmanaged-code-list device-id="d1" .client=${offlineClient()}></unmanaged-code-list>` }
export const BesideTheTable: Story = {
  render: (args) =>
    html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
      <unmanaged-code-list device-id=${args['device-id']}></unmanaged-code-list>
      <access-code-table device-id=${args['device-id']}></access-code-table>
    </seam-provider>`,
}

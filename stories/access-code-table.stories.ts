import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import { DEMO, offlineClient, pendingClient } from './helpers.js'

const session = (inner: unknown) =>
  html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">${inner}</seam-provider>`

const meta: Meta = {
  title: 'Elements/access-code-table',
  component: 'access-code-table',
  args: { 'device-id': DEMO.devices.august },
  render: (args) => session(html`<access-code-table device-id=${args['device-id']} time-zone=${args['time-zone'] ?? ''}></access-code-table>`),
}
export default meta
type Story = StoryObj

/** Every status, flag and issue group the seed has: setting, set, unset, removing, unknown. */
export const EveryStatusAndIssue: Story = {}
export const HealthyDevice: Story = { args: { 'device-id': DEMO.devices.schlage } }
export const ProviderHidesPins: Story = { args: { 'device-id': DEMO.devices.smartthings } }
export const Empty: Story = { args: { 'device-id': DEMO.devices.kwikset } }
/** 2,500 codes over 10 pages: the first page shows while the rest arrive. */
export const ThousandsOfCodes: Story = { args: { 'device-id': DEMO.devices.bulk } }
export const Loading: Story = { render: () => html`<access-code-table device-id="d1" .client=${pendingClient()}></access-code-table>` }
export const FailedToLoad: Story = { render: () => html`<access-code-table device-id="d1" .client=${offlineClient()}></access-code-table>` }
export const NoCredentials: Story = { render: () => html`<access-code-table device-id="d1"></access-code-table>` }
export const LongNames: Story = {
  render: () =>
    html`<access-code-table
      .accessCodes=${[
        {
          access_code_id: 'long',
          device_id: 'd1',
          is_managed: true,
          name: 'A very long name that a property manager typed for a guest who stays for the whole summer season '.repeat(3),
          code: '12345678',
          type: 'ongoing',
          status: 'set',
          errors: [],
          warnings: [],
          created_at: new Date().toISOString(),
        },
      ]}
    ></access-code-table>`,
}
export const DarkScheme: Story = {
  render: (args) => html`<div style="color-scheme: dark; background:#0e121a; padding:1rem">
    ${session(html`<access-code-table device-id=${args['device-id']} style="color-scheme: dark"></access-code-table>`)}
  </div>`,
}
export const NarrowScreen: Story = {
  render: (args) => html`<div style="max-width: 320px">${session(html`<access-code-table device-id=${args['device-id']}></access-code-table>`)}</div>`,
}
export const GermanInBerlin: Story = {
  render: (args) => session(html`<access-code-table device-id=${args['device-id']} locale="de-DE" time-zone="Europe/Berlin"></access-code-table>`),
}
export const Themed: Story = {
  render: (args) =>
    html`<div style="--seam-color-accent:#7a2eb8; --seam-radius:2px; --seam-font-body:15px/1.5 Georgia, serif; --seam-density:0.6">
      ${session(html`<access-code-table device-id=${args['device-id']}></access-code-table>`)}
    </div>`,
}
/**
 * Windows High Contrast and other forced-colour modes: emulate with DevTools
 * → Rendering → "Emulate CSS media feature forced-colors: active"; borders
 * and focus rings switch to system colours.
 */
export const ForcedColors: Story = {}

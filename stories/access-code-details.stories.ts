import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html, type TemplateResult } from 'lit'
import { CODES, DEMO, HISTORY, offlineClient, pendingClient } from './helpers.js'

const session = (inner: TemplateResult) => html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">${inner}</seam-provider>`

const meta: Meta = {
  title: 'Elements/access-code-details',
  component: 'access-code-details',
  args: { 'access-code-id': HISTORY.rich },
  render: (args) =>
    session(html`<access-code-details access-code-id=${args['access-code-id']} time-zone=${args['time-zone'] ?? ''}></access-code-details>`),
}
export default meta
type Story = StoryObj

/** Unset, with three errors explained, and a long history with every event type of the reference and one this kit does not know: "Show older" pages through it. */
export const WithErrorsAndLongHistory: Story = {}
/** Being set on the lock: refreshed every few seconds until it is set. */
export const Setting: Story = { args: { 'access-code-id': CODES['setting'] } }
export const Set: Story = { args: { 'access-code-id': CODES['presentSet'] } }
/** Not set yet: it starts in three days, scheduled on the lock. */
export const Unset: Story = { args: { 'access-code-id': CODES['futureUnset'] } }
export const Removing: Story = { args: { 'access-code-id': CODES['pastRemoving'] } }
/** Seam cannot tell: the account is disconnected (a remedy only the page's app can carry out). */
export const Unknown: Story = { args: { 'access-code-id': CODES['unknown'] } }
/** Setting, with two warnings. */
export const WithWarnings: Story = { args: { 'access-code-id': CODES['withWarnings'] } }
/** A code Seam took over: its history from before, outside Seam. */
export const ConvertedFromUnmanaged: Story = { args: { 'access-code-id': HISTORY.converted } }
/** Failed to set, with a backup code available: "Use a backup code". Times in the lock's zone (Chicago), named. */
export const BackupAvailableInTheLocksZone: Story = { args: { 'access-code-id': CODES['chicagoFailed'] } }
export const OfflineCode: Story = { args: { 'access-code-id': CODES['offline'] } }
export const HtmlInTheName: Story = { args: { 'access-code-id': CODES['htmlName'] } }
export const ReadOnly: Story = {
  render: () => session(html`<access-code-details access-code-id=${CODES['presentSet']} disable-edit disable-delete></access-code-details>`),
}
export const Loading: Story = { render: () => html`<access-code-details access-code-id="ac_1" .client=${pendingClient()}></access-code-details>` }
export const FailedToLoad: Story = { render: () => html`<access-code-details access-code-id="ac_1" .client=${offlineClient()}></access-code-details>` }
export const NoCode: Story = { render: () => session(html`<access-code-details></access-code-details>`) }
export const GermanInBerlin: Story = {
  render: () => session(html`<access-code-details access-code-id=${HISTORY.rich} locale="de-DE" time-zone="Europe/Berlin"></access-code-details>`),
}
export const DarkScheme: Story = {
  render: () => html`<div style="color-scheme: dark; background:#0e121a; padding:1rem">
    ${session(html`<access-code-details access-code-id=${HISTORY.rich} style="color-scheme: dark"></access-code-details>`)}
  </div>`,
}
export const NarrowScreen: Story = {
  render: () => html`<div style="max-width: 320px">${session(html`<access-code-details access-code-id=${HISTORY.rich}></access-code-details>`)}</div>`,
}
/** From the table: activate a row (click or Enter) and its details open in the table's dialog. */
export const FromTheTable: Story = { render: () => session(html`<access-code-table device-id=${DEMO.devices.august}></access-code-table>`) }

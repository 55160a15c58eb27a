import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import { ref } from 'lit/directives/ref.js'
import { CODES, DEMO } from './helpers.js'

// The table's remedies that act: each story opens the explanation of one issue.

const meta: Meta = { title: 'Elements/access-code-table/Remedies', component: 'access-code-table' }
export default meta
type Story = StoryObj

/** Waits for the row and its chip, then hovers the chip so its explanation opens (and clicks its action when asked). */
function explained(deviceId: string, codeId: string, chipText: string, act = false, attrs = '') {
  const open = (el: Element | undefined) => {
    if (!el) return
    const tick = () => {
      const chip = [...(el.shadowRoot?.querySelectorAll<HTMLElement>(`[data-id="${codeId}"] [part~=issue]`) ?? [])].find((c) => c.textContent?.includes(chipText))
      if (!chip) return void setTimeout(tick, 100)
      chip.dispatchEvent(new MouseEvent('mouseenter'))
      if (act) setTimeout(() => el.shadowRoot?.querySelector<HTMLElement>('[part~=explanation] [data-remedy]')?.click(), 300)
    }
    tick()
  }
  return {
    render: () =>
      html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
        <access-code-table device-id=${deviceId} poll-interval="0" ?disable-edit=${attrs.includes('disable-edit')} ${ref(open)}></access-code-table>
      </seam-provider>`,
  } satisfies Story
}

/** A duplicate PIN: "Choose another PIN" opens the code's form on its PIN. */
export const ChooseAnotherPin: Story = explained(DEMO.devices.paris, CODES['parisDuplicate']!, 'Same PIN')
export const ChooseAnotherPinOpened: Story = explained(DEMO.devices.paris, CODES['parisDuplicate']!, 'Same PIN', true)
/** A code that failed to set, with a backup available: "Use a backup code" asks first. */
export const UseABackupCode: Story = explained(DEMO.devices.chicago, CODES['chicagoFailed']!, 'Code not set')
export const UseABackupCodeAsked: Story = explained(DEMO.devices.chicago, CODES['chicagoFailed']!, 'Code not set', true)
/** The lock is out of room: see its codes, ended ones first, and remove some. */
export const LockIsFull: Story = explained(DEMO.devices.full, CODES['shedFull']!, 'Lock is full')
export const LockIsFullListed: Story = explained(DEMO.devices.full, CODES['shedFull']!, 'Lock is full', true)
/** Only the page's app can reconnect an account: the remedy in words, and seam-remedy for the page. */
export const ReconnectTheAccount: Story = explained(DEMO.devices.august, CODES['unknown']!, 'Account disconnected')
/** Nobody took seam-remedy over: the explanation says so, with the remedy in words. */
export const ReconnectTheAccountNotTakenOver: Story = explained(DEMO.devices.august, CODES['unknown']!, 'Account disconnected', true)
export const FixSeamBridge: Story = explained(DEMO.devices.august, CODES['withErrors']!, 'Seam Bridge')
export const LockOffline: Story = explained(DEMO.devices.august, CODES['withErrors']!, 'Lock offline')
/** With disable-edit the PIN remedy stays in words. */
export const WithoutEdit: Story = explained(DEMO.devices.paris, CODES['parisDuplicate']!, 'Same PIN', false, 'disable-edit')
/** Add code and Edit, in the table's own dialog. */
export const AddAndEdit: Story = {
  render: () =>
    html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
      <access-code-table device-id=${DEMO.devices.chicago}></access-code-table>
    </seam-provider>`,
}

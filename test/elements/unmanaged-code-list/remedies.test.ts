import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import '../../../src/elements/unmanaged-code-list/define.js'
import type { UnmanagedCodeList } from '../../../src/elements/unmanaged-code-list/unmanaged-code-list.js'
import { resetSessions } from '../../../src/state/registry.js'
import { chipWithTitle } from '../../helpers/chips.js'
import { device, stubClient, unmanagedCode } from '../../helpers/stub-client.js'

// CONTRACT v2: where only the page's app can carry out a remedy, the list's
// explanation offers it and the cancelable seam-remedy tells the page which.

const issue = (error_code: string, message: string) => ({ error_code, message, created_at: '2026-01-01T00:00:00.000Z' })
const codes = [
  unmanagedCode({ access_code_id: 'u1', name: 'Cleaner', errors: [issue('account_disconnected', 'Account is disconnected.')] as never }),
  unmanagedCode({ access_code_id: 'u2', name: 'Guest', warnings: [{ warning_code: 'schlage_detected_duplicate', message: 'Duplicate access code detected.' }] as never }),
]

async function mount(): Promise<UnmanagedCodeList> {
  const { client } = stubClient({ unmanaged: codes, devices: [device({ device_id: 'd1', display_name: 'Back door' })] })
  const el = await fixture<UnmanagedCodeList>(html`<unmanaged-code-list device-id="d1" poll-interval="0" locale="en-GB" .client=${client}></unmanaged-code-list>`)
  await waitUntil(() => el.shadowRoot!.querySelector('[part~=row] [part~=issue]'), 'rows', { timeout: 5000 })
  return el
}
const row = (el: UnmanagedCodeList, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="row"][data-id="${id}"]`)!
const explanation = (el: UnmanagedCodeList) => el.shadowRoot!.querySelector<HTMLElement>('[part~=explanation]')!
const remedyButton = (el: UnmanagedCodeList) => explanation(el).querySelector<HTMLButtonElement>('[part~=remedy-button]')
const focused = () => {
  let a = document.activeElement
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement
  return a as HTMLElement | null
}

async function explain(el: UnmanagedCodeList, id: string, title: string): Promise<HTMLButtonElement> {
  const chip = chipWithTitle(row(el, id), title)!
  chip.dispatchEvent(new MouseEvent('mouseenter'))
  await waitUntil(() => explanation(el).textContent!.includes(title), `explanation of ${title}`)
  return chip
}

describe('<unmanaged-code-list> remedies only the page can carry out', () => {
  afterEach(() => resetSessions())

  it('offers the remedy and fires seam-remedy with the code and the lock; taken over, the explanation closes', async () => {
    const el = await mount()
    await explain(el, 'u1', 'Account disconnected')
    expect(remedyButton(el)!.textContent!.trim()).to.equal('Reconnect the account')
    const heard = new Promise<CustomEvent>((resolve) => el.addEventListener('seam-remedy', (e) => (e.preventDefault(), resolve(e)), { once: true }))
    remedyButton(el)!.click()
    const e = await heard
    expect([e.cancelable, e.bubbles, e.composed]).to.deep.equal([true, true, true])
    expect(e.detail.issue).to.include({ code: 'account_disconnected', group: 'connected_account' })
    expect(e.detail.accessCode.access_code_id).to.equal('u1')
    expect(e.detail.accessCode.is_managed).to.equal(false)
    expect(e.detail.device?.device_id).to.equal('d1')
    await el.updateComplete
    expect(explanation(el).textContent!.trim()).to.equal('')
  })

  it('not taken over: the explanation says this page cannot do it, with the remedy in words', async () => {
    const el = await mount()
    await explain(el, 'u1', 'Account disconnected')
    const heard = oneEvent(el, 'seam-remedy')
    remedyButton(el)!.click()
    expect((await heard).defaultPrevented).to.equal(false)
    await el.updateComplete
    expect(explanation(el).querySelector('.remedy-note')!.textContent).to.match(/^This page cannot do this for you\. Reconnect the account/)
    await expect(el).to.be.accessible()
  })

  it('keyboard: Enter on the chip reaches the remedy, Tab leads back to the chip', async () => {
    const el = await mount()
    const chip = chipWithTitle(row(el, 'u1'), 'Account disconnected')!
    chip.focus()
    await sendKeys({ press: 'Enter' })
    await waitUntil(() => focused() === remedyButton(el), 'focus on the remedy')
    await sendKeys({ press: 'Tab' })
    await waitUntil(() => focused() === chip, 'back on the chip')
  })

  it('only the page\'s remedies: one the kit carries out on managed codes (choose another PIN) is not offered on an unmanaged code', async () => {
    const el = await mount()
    await explain(el, 'u1', 'Account disconnected')
    expect(remedyButton(el), 'the page\'s remedy').to.not.equal(null)
    const chip = row(el, 'u2').querySelector<HTMLButtonElement>('[part~=issue]')!
    chip.dispatchEvent(new MouseEvent('mouseenter'))
    await waitUntil(() => explanation(el).textContent!.trim() !== '', 'explanation')
    expect(remedyButton(el)).to.equal(null)
    expect(explanation(el).getAttribute('role')).to.equal('tooltip')
  })
})

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import '../../../src/elements/access-code-table/define.js'
import type { AccessCodeForm } from '../../../src/elements/access-code-form/access-code-form.js'
import type { AccessCodeTable } from '../../../src/elements/access-code-table/access-code-table.js'
import { resetSessions } from '../../../src/state/registry.js'
import type { SessionStore } from '../../../src/state/store.js'
import { CODES, DEMO, backendRequests, configureBackend, resetBackend } from '../../helpers/backend.js'
import { chipWithTitle } from '../../helpers/chips.js'
import { managedCode } from '../../helpers/stub-client.js'

// Remedies that act: the explanation's button carries out what it says.

const mount = async (deviceId: string, attrs: { disableDelete?: boolean } = {}) => {
  const provider = await fixture<HTMLElement>(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
    <access-code-table device-id=${deviceId} locale="en-GB" poll-interval="0" ?disable-delete=${attrs.disableDelete}></access-code-table>
  </seam-provider>`)
  const el = provider.querySelector<AccessCodeTable>('access-code-table')!
  await waitUntil(() => el.shadowRoot!.querySelector('[part~=row]'), 'rows', { timeout: 10000 })
  return el
}
const row = (el: AccessCodeTable, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="row"][data-id="${id}"]`)!
const explanation = (el: AccessCodeTable) => el.shadowRoot!.querySelector<HTMLElement>('[part~=explanation]')!
const remedyButton = (el: AccessCodeTable) => explanation(el).querySelector<HTMLButtonElement>('[part~="remedy-button"]')
const dialog = (el: AccessCodeTable) => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog[part~=dialog]')
const focused = () => {
  let a = document.activeElement
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement
  return a as HTMLElement | null
}

/** Opens the explanation of the chip whose title is `title` in the row of `id`. */
async function explain(el: AccessCodeTable, id: string, title: string): Promise<HTMLButtonElement> {
  const chip = chipWithTitle(row(el, id), title)!
  chip.dispatchEvent(new MouseEvent('mouseenter'))
  await waitUntil(() => explanation(el).textContent!.includes(title), `explanation of ${title}`)
  return chip
}

describe('<access-code-table> remedies that act', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
    await configureBackend({ delayMs: 150 })
  })

  it('an open explanation follows a change of language in place: its words, and a remedy that still acts on its code', async () => {
    const el = await mount(DEMO.devices.paris)
    const id = CODES['parisDuplicate']!
    await explain(el, id, 'Same PIN already on the lock')
    el.locale = 'de'
    await waitUntil(() => explanation(el).textContent!.includes('PIN bereits im Schloss vorhanden'), 'the explanation in German', { timeout: 10000 })
    expect(explanation(el).textContent).to.not.include('Same PIN already on the lock')
    expect(remedyButton(el)!.textContent!.trim()).to.equal('Andere PIN wählen')
    remedyButton(el)!.click()
    await waitUntil(() => dialog(el)?.open && el.shadowRoot!.querySelector('access-code-form')?.shadowRoot?.activeElement, 'the form of that code, on the PIN', { timeout: 10000 })
    const form = el.shadowRoot!.querySelector<AccessCodeForm>('access-code-form')!
    expect(form.shadowRoot!.querySelector<HTMLInputElement>('#pin')!.value).to.equal('583947')
  })

  it('an open explanation stays whole when new data comes (a poll, another tab): its remedy, focus on it, and its chip expanded', async () => {
    const el = await mount(DEMO.devices.paris)
    const id = CODES['parisDuplicate']!
    const chip = await explain(el, id, 'Same PIN already on the lock')
    const button = remedyButton(el)!
    button.focus()
    const codes = (el as unknown as { store: SessionStore }).store.accessCodes(DEMO.devices.paris)
    const before = codes.state.data
    await codes.invalidate()
    await waitUntil(() => codes.state.data && codes.state.data !== before, 'new data', { timeout: 10000 })
    await el.updateComplete
    expect(codes.state.data!.find((c) => c.access_code_id === id), 'a new object for the same code').to.not.equal(before!.find((c) => c.access_code_id === id))
    expect(remedyButton(el), 'the same remedy button, not one built again').to.equal(button)
    expect(focused(), 'focus stays on it').to.equal(button)
    expect(chipWithTitle(row(el, id), 'Same PIN already on the lock')!.getAttribute('aria-expanded')).to.equal('true')
    expect(chip.isConnected).to.equal(true)
    button.click()
    await waitUntil(() => dialog(el)?.open && el.shadowRoot!.querySelector('access-code-form')?.shadowRoot?.activeElement, 'the form of that code', { timeout: 10000 })
    expect(el.shadowRoot!.querySelector<AccessCodeForm>('access-code-form')!.shadowRoot!.querySelector<HTMLInputElement>('#pin')!.value).to.equal('583947')
  })

  it('a duplicate PIN: "Choose another PIN" opens this code\'s form on its PIN, and the new PIN is saved', async () => {
    const el = await mount(DEMO.devices.paris)
    const id = CODES['parisDuplicate']!
    await explain(el, id, 'Same PIN already on the lock')
    expect(remedyButton(el)!.textContent!.trim()).to.equal('Choose another PIN')
    remedyButton(el)!.click()
    await waitUntil(() => dialog(el)?.open && el.shadowRoot!.querySelector('access-code-form')?.shadowRoot?.activeElement, 'the form, on the PIN', { timeout: 10000 })
    const form = el.shadowRoot!.querySelector<AccessCodeForm>('access-code-form')!
    const pin = form.shadowRoot!.querySelector<HTMLInputElement>('#pin')!
    expect(form.shadowRoot!.activeElement).to.equal(pin)
    expect(pin.value).to.equal('583947')
    pin.value = '358147'
    pin.dispatchEvent(new Event('input'))
    await form.updateComplete
    const updated = oneEvent(el, 'access-code-updated')
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit-button]')!.click()
    expect((await updated).detail.accessCode.code).to.equal('358147')
    await waitUntil(() => row(el, id).textContent!.includes('358147'), 'the row shows the new PIN')
    // Its errors went with the old PIN.
    await waitUntil(() => row(el, id).querySelectorAll('[part~=issue]').length === 0, 'no issue left')
  })

  it('keyboard: Enter on the chip reaches the remedy, Escape and Tab lead back to the chip', async () => {
    const el = await mount(DEMO.devices.paris)
    const chip = row(el, CODES['parisDuplicate']!).querySelector<HTMLButtonElement>('[part~=issue]')!
    chip.focus()
    await waitUntil(() => remedyButton(el), 'explanation with its action')
    await sendKeys({ press: 'Enter' })
    await waitUntil(() => focused() === remedyButton(el), 'focus on the remedy')
    expect(explanation(el).getAttribute('role')).to.equal('group')
    await sendKeys({ press: 'Escape' })
    await el.updateComplete
    expect(focused()).to.equal(chip)
    expect(explanation(el).textContent!.trim()).to.equal('')
    chip.blur()
    chip.focus()
    await waitUntil(() => remedyButton(el), 'open again')
    await sendKeys({ press: 'Enter' })
    await waitUntil(() => focused() === remedyButton(el), 'focus on the remedy again')
    await sendKeys({ press: 'Tab' })
    await el.updateComplete
    expect(focused()).to.equal(chip)
    await sendKeys({ press: 'Enter' })
    await waitUntil(() => focused() === remedyButton(el), 'and in again')
    await sendKeys({ press: 'Enter' })
    await waitUntil(() => dialog(el)?.open, 'the form opened by keys')
  })

  it('failed to set with a backup available: "Use a backup code" asks, pulls it, shows its PIN and fires access-code-backup-pulled', async () => {
    const el = await mount(DEMO.devices.chicago)
    const id = CODES['chicagoFailed']!
    await explain(el, id, 'Code not set on the lock')
    expect(remedyButton(el)!.textContent!.trim()).to.equal('Use a backup code')
    remedyButton(el)!.click()
    await waitUntil(() => dialog(el)?.open, 'confirm')
    expect(dialog(el)!.textContent).to.include('Use a backup code for “Guest: Alvarez”?')
    expect(focused()).to.equal(dialog(el)!.querySelector('[part~=confirm-button]'))
    const pulled = oneEvent(el, 'access-code-backup-pulled')
    dialog(el)!.querySelector<HTMLButtonElement>('[part~=confirm-button]')!.click()
    dialog(el)!.querySelector<HTMLButtonElement>('[part~=confirm-button]')?.click()
    const { detail } = await pulled
    expect(detail.accessCode.access_code_id).to.equal(id)
    expect(detail.backupAccessCode.code).to.equal('8052')
    await el.updateComplete
    expect(dialog(el)!.querySelector('[part=code]')!.textContent).to.equal('8052')
    expect((await backendRequests()).filter((p) => p === '/access_codes/pull_backup_access_code')).to.have.length(1)
    dialog(el)!.querySelector<HTMLButtonElement>('[part~=cancel-button]')!.click()
    await waitUntil(() => dialog(el) === null, 'closed')
    await waitUntil(() => row(el, id).textContent!.includes('Backup code in use'), 'the row shows its backup in use')
    // Focus went to the code's row (the button that opened the dialog left with its explanation).
    expect(focused()).to.equal(row(el, id))
  })

  it('a failed code without a backup offers no backup; a code of the other kind neither', async () => {
    const el = await mount(DEMO.devices.august)
    // duplicate_code_on_device offers the PIN; the device and bridge issues are the page's.
    await explain(el, CODES['withErrors']!, 'Same PIN already on the lock')
    expect(remedyButton(el)!.dataset['remedy']).to.equal('edit')
    await explain(el, CODES['withErrors']!, 'Seam Bridge disconnected')
    expect(remedyButton(el)!.textContent!.trim()).to.equal('Fix the connection to Seam Bridge')
  })

  it('the lock is full: "See and remove codes on this lock" lists them all, ended ones first, delete at hand', async () => {
    const el = await mount(DEMO.devices.full)
    await explain(el, CODES['shedFull']!, 'Lock is full')
    expect(remedyButton(el)!.textContent!.trim()).to.equal('See and remove codes on this lock')
    remedyButton(el)!.click()
    await el.updateComplete
    expect(el.shadowRoot!.querySelector('.freeing')!.textContent).to.include('All 3 codes on it are listed, ended ones first')
    const ids = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=row]')].map((r) => r.dataset['id'])
    expect(ids[0]).to.equal('ac_shed_ended')
    await waitUntil(() => focused() === row(el, 'ac_shed_ended'), 'focus on the first row')
    expect(row(el, 'ac_shed_ended').querySelector('[aria-label^=Delete]')).to.not.equal(null)
    el.shadowRoot!.querySelector<HTMLButtonElement>('.freeing button')!.click()
    await el.updateComplete
    expect(el.shadowRoot!.querySelector('.freeing')).to.equal(null)
  })

  it('the lock is full and the page hides some of its codes: the bar does not say all of them are listed', async () => {
    const el = await mount(DEMO.devices.full)
    // The page shows every code of the lock but the ended one, which still takes room on it.
    el.accessCodeFilter = (code) => code.access_code_id !== 'ac_shed_ended'
    await waitUntil(() => !row(el, 'ac_shed_ended'), 'the page hid it')
    await explain(el, CODES['shedFull']!, 'Lock is full')
    remedyButton(el)!.click()
    await el.updateComplete
    const bar = el.shadowRoot!.querySelector('.freeing')!.textContent!
    expect(bar).to.include('This page lists 2 of the 3 codes on it')
    expect(bar).to.include('The codes it does not list take room too.')
    expect(bar).not.to.include('All')
    el.accessCodeFilter = undefined
    await el.updateComplete
    expect(el.shadowRoot!.querySelector('.freeing')!.textContent).to.include('All 3 codes on it are listed')
  })

  it('the page\'s own codes of several locks: the bar counts the full lock\'s only', async () => {
    const el = await mount(DEMO.devices.full)
    const full = (el as unknown as { store: SessionStore }).store.accessCodes(DEMO.devices.full).state!.data!
    const other = managedCode({ access_code_id: 'elsewhere', device_id: DEMO.devices.august, name: 'Another lock' })
    // Without a device-id, the page's codes are whatever locks it gives.
    el.removeAttribute('device-id')
    el.accessCodes = [...full, other, { ...other, access_code_id: 'elsewhere2' }]
    await waitUntil(() => row(el, 'elsewhere'), 'the page\'s rows')
    await explain(el, CODES['shedFull']!, 'Lock is full')
    remedyButton(el)!.click()
    await el.updateComplete
    expect(el.shadowRoot!.querySelector('.freeing')!.textContent).to.include(`All ${full.length} codes on it are listed`)
  })

  it('after "free slots", the schedule header flips the end order it chose; another lock drops the bar and that order', async () => {
    const el = await mount(DEMO.devices.full)
    await explain(el, CODES['shedFull']!, 'Lock is full')
    remedyButton(el)!.click()
    await el.updateComplete
    const ids = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=row]')].map((r) => r.dataset['id'])
    expect(ids()[0], 'the ended one first').to.equal('ac_shed_ended')
    const schedule = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('th button.sort')].find((b) => /Schedule/.test(b.textContent ?? ''))!
    schedule.click()
    await el.updateComplete
    // By end, the other way: the ended one goes last (by start it would stay first: the others have none).
    expect(ids().at(-1), 'by end, the other way').to.equal('ac_shed_ended')
    el.deviceId = DEMO.devices.august
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=row]') && !ids().includes('ac_shed_ended'), 'the other lock', { timeout: 10000 })
    expect(el.shadowRoot!.querySelector('.freeing'), 'not about this lock').to.equal(null)
  })

  it('without delete here, freeing room is the page\'s: seam-remedy', async () => {
    const el = await mount(DEMO.devices.full, { disableDelete: true })
    await explain(el, CODES['shedFull']!, 'Lock is full')
    const heard = oneEvent(el, 'seam-remedy')
    remedyButton(el)!.click()
    expect((await heard).detail.issue.code).to.equal('no_space_for_access_code_on_device')
  })

  it('a remedy only the page can carry out: seam-remedy, and when the page takes it over the explanation closes', async () => {
    const el = await mount(DEMO.devices.august)
    await explain(el, CODES['withErrors']!, 'Lock offline')
    expect(remedyButton(el)!.textContent!.trim()).to.equal('Fix the lock')
    const heard = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('seam-remedy', (e) => (e.preventDefault(), resolve(e)), { once: true }),
    )
    remedyButton(el)!.click()
    const e = await heard
    expect(e.cancelable).to.equal(true)
    expect(e.composed).to.equal(true)
    expect(e.detail.issue).to.include({ code: 'device_offline', group: 'device' })
    expect(e.detail.accessCode.access_code_id).to.equal(CODES['withErrors'])
    expect(e.detail.device.device_id).to.equal(DEMO.devices.august)
    await el.updateComplete
    expect(explanation(el).textContent!.trim()).to.equal('')
  })

  it('a remedy only the page can carry out, not taken over: the remedy in words', async () => {
    const el = await mount(DEMO.devices.august)
    await explain(el, CODES['unknown']!, 'Account disconnected')
    expect(remedyButton(el)!.textContent!.trim()).to.equal('Reconnect the account')
    const heard = oneEvent(el, 'seam-remedy')
    remedyButton(el)!.click()
    expect((await heard).defaultPrevented).to.equal(false)
    await el.updateComplete
    expect(explanation(el).querySelector('.remedy-note')!.textContent).to.equal(
      'This page cannot do this for you. Reconnect the account in the same place you connected it originally.',
    )
    await expect(el).to.be.accessible()
  })

  it('disable-edit leaves the PIN remedy in words only', async () => {
    const provider = await fixture<HTMLElement>(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
      <access-code-table device-id=${DEMO.devices.paris} disable-edit poll-interval="0"></access-code-table>
    </seam-provider>`)
    const el = provider.querySelector<AccessCodeTable>('access-code-table')!
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=row]'), 'rows', { timeout: 10000 })
    await explain(el, CODES['parisDuplicate']!, 'Same PIN already on the lock')
    expect(remedyButton(el)).to.equal(null)
    expect(explanation(el).getAttribute('role')).to.equal('tooltip')
  })
})

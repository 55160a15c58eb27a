import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import '../../../src/elements/access-code-table/define.js'
import type { AccessCodeDetails } from '../../../src/elements/access-code-details/access-code-details.js'
import type { AccessCodeForm } from '../../../src/elements/access-code-form/access-code-form.js'
import type { AccessCodeTable } from '../../../src/elements/access-code-table/access-code-table.js'
import { OutcomeUnknownError, type SessionStore } from '../../../src/state/index.js'
import { resetSessions } from '../../../src/state/registry.js'
import { CODES, DEMO, HISTORY, configureBackend, resetBackend } from '../../helpers/backend.js'
import { managedCode, stubClient } from '../../helpers/stub-client.js'
import { browserTimeZone } from '../../../src/ui/zoned-time.js'

// Activating a row opens the code's details in the table's dialog, unless the page cancels access-code-selected.

const mount = async (attrs: { disableEdit?: boolean } = {}) => {
  const provider = await fixture<HTMLElement>(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
    <access-code-table device-id=${DEMO.devices.august} locale="en-GB" ?disable-edit=${attrs.disableEdit ?? false}></access-code-table>
  </seam-provider>`)
  const el = provider.querySelector<AccessCodeTable>('access-code-table')!
  await waitUntil(() => el.shadowRoot!.querySelector('[part~=row]'), 'rows', { timeout: 10000 })
  return el
}
const row = (el: AccessCodeTable, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="row"][data-id="${id}"]`)!
const dialog = (el: AccessCodeTable) => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog[part~=dialog]')
const details = (el: AccessCodeTable) => el.shadowRoot!.querySelector<AccessCodeDetails>('dialog access-code-details')
const focused = () => {
  let a = document.activeElement
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement
  return a as HTMLElement | null
}
const detailsShown = (el: AccessCodeTable) =>
  waitUntil(() => dialog(el)?.open && details(el)?.shadowRoot?.querySelector('[part~=event]'), 'the details with their history', { timeout: 10000 })

describe('<access-code-table> opens a code\'s details', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
  })

  it('a delete Seam may still apply, sent from the details since closed, is asked about by the row and the reopened details', async () => {
    const el = await mount()
    const id = HISTORY.rich
    // The details' delete lost its answer and checking could not tell; then the dialog closed.
    const store = (el as unknown as { store: SessionStore }).store
    store.setUnsettled('delete', id, new OutcomeUnknownError())
    await el.updateComplete
    expect(row(el, id).querySelector('button.check-again'), '"Check again" on the row').to.not.equal(null)
    expect(row(el, id).querySelector('[data-action=delete]'), 'no Delete').to.equal(null)
    expect(row(el, id).textContent).to.include('Could not confirm')
    // Settled by another element (its check found it was not deleted): Delete again, and no word of it.
    store.setUnsettled('delete', id, undefined)
    await el.updateComplete
    expect(row(el, id).querySelector('button.check-again')).to.equal(null)
    expect(row(el, id).textContent).to.not.include('Could not confirm')
    store.setUnsettled('delete', id, new OutcomeUnknownError())
    await el.updateComplete
    row(el, id).click()
    await detailsShown(el)
    const inDetails = (selector: string) => details(el)!.shadowRoot!.querySelector(selector)
    await waitUntil(() => inDetails('button.check-again'), '"Check again" in the details')
    expect(inDetails('[part~=delete-button]'), 'no Delete there either').to.equal(null)
  })

  it('a row\'s status, clicked or pressed to read its meaning, opens nothing', async () => {
    const el = await mount()
    let selected = 0
    el.addEventListener('access-code-selected', () => selected++)
    row(el, HISTORY.rich).querySelector<HTMLButtonElement>('button[part~=status]')!.click()
    await el.updateComplete
    expect(selected).to.equal(0)
    expect(dialog(el)?.open ?? false).to.equal(false)
  })

  it('the details poll as the table does: not at all with poll-interval="0", nor for a table given its codes, in its zone', async () => {
    const el = await mount()
    el.pollInterval = 0
    row(el, HISTORY.rich).click()
    await detailsShown(el)
    expect(details(el)!.pollInterval).to.equal(0)
    // A table given its codes by the page.
    resetSessions()
    const stub = stubClient({ managed: [managedCode({ access_code_id: 'c1', name: 'Page code' })] })
    const provider = await fixture<HTMLElement>(html`<seam-provider .client=${stub.client}><access-code-table locale="en-GB"></access-code-table></seam-provider>`)
    const controlled = provider.querySelector<AccessCodeTable>('access-code-table')!
    controlled.accessCodes = [...stub.db.managed]
    await waitUntil(() => row(controlled, 'c1'), 'the page\'s row')
    row(controlled, 'c1').click()
    await waitUntil(() => details(controlled), 'its details', { timeout: 10000 })
    expect(details(controlled)!.pollInterval).to.equal(0)
    expect(details(controlled)!.getAttribute('time-zone'), 'the zone the row shows').to.equal(browserTimeZone())
    // Deleted from those details, it leaves the page's array as from the row.
    details(controlled)!.dispatchEvent(new CustomEvent('access-code-deleted', { detail: { accessCodeId: 'c1' }, bubbles: true, composed: true }))
    await controlled.updateComplete
    expect(controlled.accessCodes.map((c) => c.access_code_id)).to.deep.equal([])
  })

  it('the details opened from a row hide the errors and warnings the table’s filters hide', async () => {
    const el = await mount()
    el.errorFilter = (e) => e.error_code !== 'device_offline'
    await el.updateComplete
    const chips = () => [...row(el, HISTORY.rich).querySelectorAll('[part~=issue]')].length
    await waitUntil(() => chips() === 2, 'the row without the filtered error')
    row(el, HISTORY.rich).click()
    await detailsShown(el)
    const shown = [...details(el)!.shadowRoot!.querySelectorAll('[part~=issue]')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim())
    expect(shown).to.have.length(2)
    expect(shown.join(' ')).to.not.match(/offline/i)
  })

  it('on Enter: the details in the modal dialog, focus in them, and back on the row when it closes', async () => {
    const el = await mount()
    const r = row(el, HISTORY.rich)
    r.focus()
    const selected = oneEvent(el, 'access-code-selected')
    await sendKeys({ press: 'Enter' })
    expect((await selected).detail.accessCode.access_code_id).to.equal(HISTORY.rich)
    await detailsShown(el)
    expect(dialog(el)!.matches(':modal')).to.equal(true)
    expect(el.shadowRoot!.querySelector('#dialog-title')!.textContent).to.equal('Guest: failed to set')
    // The dialog has the title: the details show no second one.
    expect(details(el)!.shadowRoot!.querySelector('h2')).to.equal(null)
    expect(focused()!.getAttribute('part')).to.equal('details')
    await expect(el).to.be.accessible()
    await sendKeys({ press: 'Escape' })
    await waitUntil(() => dialog(el) === null, 'the dialog closes')
    expect(focused()).to.equal(r)
  })

  it('on click, and Close returns to the row', async () => {
    const el = await mount()
    const r = row(el, CODES['presentSet']!)
    r.click()
    await waitUntil(() => dialog(el)?.open && details(el)?.shadowRoot?.querySelector('dl'), 'the details', { timeout: 10000 })
    el.shadowRoot!.querySelector<HTMLButtonElement>('dialog > .buttons [part~=cancel-button]')!.click()
    await waitUntil(() => dialog(el) === null, 'the dialog closes')
    expect(focused()).to.equal(r)
  })

  it('not when the page cancels access-code-selected', async () => {
    const el = await mount()
    el.addEventListener('access-code-selected', (e) => e.preventDefault())
    const selected = oneEvent(el, 'access-code-selected')
    row(el, CODES['presentSet']!).click()
    const event = await selected
    expect(event.cancelable).to.equal(true)
    expect(event.defaultPrevented).to.equal(true)
    await new Promise((r) => setTimeout(r, 300))
    expect(dialog(el)).to.equal(null)
  })

  it('Edit in the details switches the same dialog to the form; Cancel closes it and focus is back on the row', async () => {
    await configureBackend({ delayMs: 200 })
    const el = await mount()
    const r = row(el, CODES['presentSet']!)
    r.focus()
    await sendKeys({ press: 'Enter' })
    await waitUntil(() => details(el)?.shadowRoot?.querySelector('[part~=edit-button]'), 'the details', { timeout: 10000 })
    const first = dialog(el)
    details(el)!.shadowRoot!.querySelector<HTMLButtonElement>('[part~=edit-button]')!.click()
    const form = () => el.shadowRoot!.querySelector<AccessCodeForm>('dialog access-code-form')
    await waitUntil(() => form()?.shadowRoot?.querySelector('#name'), 'the form in the same dialog', { timeout: 10000 })
    expect(dialog(el)).to.equal(first)
    expect(el.shadowRoot!.querySelectorAll('dialog')).to.have.length(1)
    expect(el.shadowRoot!.querySelector('#dialog-title')!.textContent).to.equal('Edit access code')
    form()!.shadowRoot!.querySelector<HTMLButtonElement>('[part=cancel-button]')!.click()
    await waitUntil(() => dialog(el) === null, 'the dialog closes')
    expect(focused()).to.equal(r)
  })

  it('a backup code pulled from the details inside the table: its own dialog over the table\'s, the event heard on the table, focus back in the details', async () => {
    const provider = await fixture<HTMLElement>(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
      <access-code-table device-id=${DEMO.devices.chicago} locale="en-GB"></access-code-table>
    </seam-provider>`)
    const el = provider.querySelector<AccessCodeTable>('access-code-table')!
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=row]'), 'rows', { timeout: 10000 })
    row(el, CODES['chicagoFailed']!).click()
    await waitUntil(() => details(el)?.shadowRoot?.querySelector('[part~=backup-button]'), 'the details', { timeout: 10000 })
    const inner = () => details(el)!.shadowRoot!
    inner().querySelector<HTMLButtonElement>('[part~=backup-button]')!.focus()
    inner().querySelector<HTMLButtonElement>('[part~=backup-button]')!.click()
    await waitUntil(() => inner().querySelector('dialog [part~=confirm-button]'), 'the backup dialog')
    expect(inner().querySelector<HTMLDialogElement>('dialog')!.matches(':modal')).to.equal(true)
    const pulled = oneEvent(el, 'access-code-backup-pulled')
    inner().querySelector<HTMLButtonElement>('dialog [part~=confirm-button]')!.click()
    expect((await pulled).detail.accessCode.access_code_id).to.equal(CODES['chicagoFailed'])
    // Said inside the modal: the page behind it is inert, its live regions unheard.
    await waitUntil(() => /backup/i.test(inner().querySelector('dialog [aria-live=polite]')?.textContent ?? ''), 'said inside the dialog')
    await waitUntil(() => inner().querySelector('dialog [part~=cancel-button]'))
    await sendKeys({ press: 'Escape' })
    await waitUntil(() => inner().querySelector('dialog') === null, 'the backup dialog closes')
    // Only the inner dialog closed: the details are still open in the table's.
    expect(dialog(el)!.open).to.equal(true)
    expect(focused()!.closest('dialog')).to.equal(null)
    expect(details(el)!.shadowRoot!.activeElement).to.not.equal(null)
  })

  it('a delete in the details inside the table: access-code-deleted on the table, the row gone, the details say so', async () => {
    await configureBackend({ delayMs: 200 })
    const el = await mount()
    row(el, CODES['presentSet']!).click()
    await waitUntil(() => details(el)?.shadowRoot?.querySelector('[part~=delete-button]'), 'the details', { timeout: 10000 })
    const inner = details(el)!.shadowRoot!
    inner.querySelector<HTMLButtonElement>('[part~=delete-button]')!.click()
    await details(el)!.updateComplete
    const deleted = oneEvent(el, 'access-code-deleted')
    inner.querySelector<HTMLButtonElement>('.confirm button.danger')!.click()
    expect((await deleted).detail.accessCodeId).to.equal(CODES['presentSet'])
    await waitUntil(() => inner.querySelector('.gone') && el.shadowRoot!.querySelector(`[part~=row][data-id="${CODES['presentSet']}"]`) === null, 'gone', {
      timeout: 10000,
    })
    await expect(el).to.be.accessible()
  })

  it('passes disable-edit on to the details', async () => {
    const el = await mount({ disableEdit: true })
    row(el, CODES['presentSet']!).click()
    await waitUntil(() => details(el)?.shadowRoot?.querySelector('.actions'), 'the details', { timeout: 10000 })
    expect(details(el)!.shadowRoot!.querySelector('[part~=edit-button]')).to.equal(null)
    expect(details(el)!.shadowRoot!.querySelector('[part~=delete-button]')).to.not.equal(null)
  })
})

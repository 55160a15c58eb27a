import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing'
import '../../src/elements/unmanaged-code-list/define.js'
import '../../src/elements/access-code-table/define.js'
import type { UnmanagedCodeList } from '../../src/elements/unmanaged-code-list/unmanaged-code-list.js'
import type { ConvertCodeDialog } from '../../src/elements/convert-code-dialog/convert-code-dialog.js'
import { resetSessions } from '../../src/state/registry.js'
import { CODES, DEMO, backendRequests, configureBackend, resetBackend } from '../helpers/backend.js'

const rows = (el: UnmanagedCodeList) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]')]
const row = (el: UnmanagedCodeList, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="row"][data-id="${id}"]`)
const settled = async (el: UnmanagedCodeList) => {
  await waitUntil(() => rows(el).length > 0 || el.shadowRoot!.querySelector('[part=empty],[part=error]'), 'list did not load', { timeout: 10000 })
  return el
}
async function mount(deviceId: string, extra = html``) {
  const provider = await fixture(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
    <unmanaged-code-list device-id=${deviceId}></unmanaged-code-list>${extra}
  </seam-provider>`)
  return { provider, el: await settled(provider.querySelector('unmanaged-code-list')!) }
}

describe('<unmanaged-code-list> against the fake backend', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
    await configureBackend({ delayMs: 150 })
  })

  it('lists the device\'s unmanaged codes with what the API allows for each', async () => {
    const { el } = await mount(DEMO.devices.august)
    expect(rows(el).map((r) => r.dataset['id'])).to.have.members([
      CODES['unmanagedFront1'],
      CODES['unmanagedFront2'],
      CODES['unmanagedFrontBlocked'],
      CODES['unmanagedFrontTransferred'],
    ])
    const blocked = row(el, CODES['unmanagedFrontBlocked']!)!
    expect(blocked.textContent).to.match(/Seam cannot manage this code/).and.match(/only be deleted in the manufacturer/)
    expect(blocked.querySelector('button.primary')).to.equal(null)
    const html_ = row(el, CODES['unmanagedFront2']!)!.querySelector('.name')!
    expect(html_.textContent).to.include('<script>')
    expect(html_.querySelector('script')).to.equal(null)
    await expect(el).to.be.accessible()
  })

  it('says a provider cannot convert, and that SmartThings hides the PIN', async () => {
    const { el } = await mount(DEMO.devices.smartthings)
    const r = row(el, CODES['unmanagedGarage']!)!
    expect(r.querySelector('[part=code]')!.textContent).to.match(/Hidden by the lock provider/)
    expect(r.querySelector('button.primary')).to.equal(null)
    expect(r.textContent).to.match(/SmartThings|Smartthings/)
  })

  it('says Kwikset locks have no unmanaged codes in Seam instead of an empty list', async () => {
    const { el } = await mount(DEMO.devices.kwikset)
    expect(el.shadowRoot!.querySelector('[part=empty]')!.textContent).to.match(/Kwikset/i)
    expect((await backendRequests()).includes('/access_codes/unmanaged/list')).to.equal(false)
  })

  it('says so when a lock has no unmanaged codes', async () => {
    const { el } = await mount(DEMO.devices.bulk)
    expect(el.shadowRoot!.querySelector('[part=empty]')!.textContent).to.match(/No codes on this lock were set outside Seam/)
  })

  it('converts through the dialog: the list drops the code and the table of that device shows it managed', async () => {
    const { provider, el } = await mount(DEMO.devices.august, html`<access-code-table device-id=${DEMO.devices.august}></access-code-table>`)
    const table = provider.querySelector('access-code-table')!
    await waitUntil(() => table.shadowRoot!.querySelector('[part~=row]'))
    const id = CODES['unmanagedFront1']!
    row(el, id)!.querySelector<HTMLButtonElement>('button.primary')!.click()
    const dialog = el.shadowRoot!.querySelector<ConvertCodeDialog>('convert-code-dialog')!
    await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'dialog opens')
    await expect(dialog).to.be.accessible()
    const confirm = dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!
    const converted = oneEvent(provider, 'unmanaged-code-converted')
    confirm.click()
    confirm.click()
    const { detail } = await converted
    expect(detail.accessCode.access_code_id).to.equal(id)
    expect(detail.accessCode.is_managed).to.equal(true)
    await waitUntil(() => row(el, id) === null, 'list drops it')
    await waitUntil(() => table.shadowRoot!.querySelector(`[part~=row][data-id="${id}"]`), 'table shows it')
    expect((await backendRequests()).filter((r) => r === '/access_codes/unmanaged/convert_to_managed')).to.have.length(1)
  })

  it('reports a failed conversion on a provider that cannot convert, and the code stays unmanaged', async () => {
    const { provider } = await mount(DEMO.devices.igloohome)
    const dialog = document.createElement('convert-code-dialog') as ConvertCodeDialog
    provider.append(dialog)
    dialog.show(CODES['unmanagedCabin']!)
    await waitUntil(() => dialog.shadowRoot!.querySelector('[part=confirm-button]:not([disabled])'), 'code loaded')
    const failed = oneEvent(provider, 'unmanaged-code-convert-failed')
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click()
    const { detail } = await failed
    expect(detail.accessCodeId).to.equal(CODES['unmanagedCabin'])
    expect(detail.errors[0]!.error_code).to.equal('failed_to_set_on_device')
    await dialog.updateComplete
    expect(dialog.shadowRoot!.textContent).to.match(/could not be converted/)
    expect(dialog.shadowRoot!.querySelector('[part=confirm-button]')!.textContent).to.match(/Try again/)
    await expect(dialog).to.be.accessible()
  })

  it('deletes after confirmation, shows the row as deleting, and fires unmanaged-code-deleted', async () => {
    const { el } = await mount(DEMO.devices.august)
    const id = CODES['unmanagedFront1']!
    row(el, id)!.querySelector<HTMLButtonElement>('button.danger')!.click()
    await el.updateComplete
    const deleted = oneEvent(el, 'unmanaged-code-deleted')
    row(el, id)!.querySelector<HTMLButtonElement>('.confirm button.danger')!.click()
    await el.updateComplete
    expect(row(el, id)!.textContent).to.match(/Deleting from the lock/)
    expect((await deleted).detail.accessCodeId).to.equal(id)
    await waitUntil(() => row(el, id) === null)
    const live = el.shadowRoot!.querySelectorAll('[aria-live=polite]')
    expect(live).to.have.length(1)
    expect(live[0]!.textContent).to.match(/Cleaner \(old system\) was deleted/)
  })

  it('keeps the row and says why when a delete fails', async () => {
    await configureBackend({ failDeletes: true })
    const { el } = await mount(DEMO.devices.august)
    const id = CODES['unmanagedFront1']!
    row(el, id)!.querySelector<HTMLButtonElement>('button.danger')!.click()
    await el.updateComplete
    row(el, id)!.querySelector<HTMLButtonElement>('.confirm button.danger')!.click()
    await waitUntil(() => row(el, id)?.querySelector('.failure'), 'failure shown')
    expect(row(el, id)!.querySelector('.failure')!.textContent).to.match(/did not confirm/)
  })

  it('lets a listener cancel unmanaged-code-convert to show its own UI', async () => {
    const { el } = await mount(DEMO.devices.august)
    el.addEventListener('unmanaged-code-convert', (e) => e.preventDefault(), { once: true })
    row(el, CODES['unmanagedFront1']!)!.querySelector<HTMLButtonElement>('button.primary')!.click()
    await el.updateComplete
    expect(el.shadowRoot!.querySelector('convert-code-dialog')).to.equal(null)
  })

  it('converts all convertible codes one at a time and stops at the first failure', async () => {
    await configureBackend({ failConversions: true })
    const { el } = await mount(DEMO.devices.august)
    el.shadowRoot!.querySelector<HTMLButtonElement>('.bulk button')!.click()
    await waitUntil(() => /failed/.test(el.shadowRoot!.querySelector('.bulk .progress')!.textContent ?? ''), 'bulk done', { timeout: 10000 })
    expect(el.shadowRoot!.querySelector('.bulk .progress')!.textContent).to.match(/0 converted, 1 failed, 2 not tried/)
    expect((await backendRequests()).filter((r) => r === '/access_codes/unmanaged/convert_to_managed')).to.have.length(1)
  })

  it('reuses the page\'s dialog of the same session instead of opening its own', async () => {
    const { provider, el } = await mount(DEMO.devices.august, html`<convert-code-dialog></convert-code-dialog>`)
    const pageDialog = provider.querySelector<ConvertCodeDialog>('convert-code-dialog')!
    row(el, CODES['unmanagedFront1']!)!.querySelector<HTMLButtonElement>('button.primary')!.click()
    await waitUntil(() => pageDialog.open)
    expect(pageDialog.accessCodeId).to.equal(CODES['unmanagedFront1'])
    expect(el.shadowRoot!.querySelector('convert-code-dialog')).to.equal(null)
    pageDialog.close()
  })
})

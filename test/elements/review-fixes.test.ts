import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import '../../src/index.js'
import type { AccessCodeTable } from '../../src/elements/access-code-table/access-code-table.js'
import type { ConvertCodeDialog } from '../../src/elements/convert-code-dialog/convert-code-dialog.js'
import type { UnmanagedCodeList } from '../../src/elements/unmanaged-code-list/unmanaged-code-list.js'
import { SeamApiError, SeamNetworkError } from '../../src/api/errors.js'
import { SessionStore } from '../../src/state/store.js'
import { resetSessions } from '../../src/state/registry.js'
import { managedCode, stubClient, unmanagedCode } from '../helpers/stub-client.js'

describe('edge cases found in review', () => {
  afterEach(() => resetSessions())

  it('the dialog reopened for another code mid-conversion shows that code afresh; the first outcome still reaches the page', async () => {
    const a = unmanagedCode({ access_code_id: 'a', name: 'First' })
    const b = unmanagedCode({ access_code_id: 'b', name: 'Second' })
    const stub = stubClient({ unmanaged: [a, b] })
    let finishA!: () => void
    const real = stub.client.accessCodes.unmanaged.convertToManaged
    stub.client.accessCodes.unmanaged.convertToManaged = (p, o) =>
      p.access_code_id === 'a' ? new Promise((r) => (finishA = () => r(real(p, o)))) : real(p, o)
    const dialog = await fixture<ConvertCodeDialog>(html`<convert-code-dialog .client=${stub.client}></convert-code-dialog>`)
    dialog.show(a)
    await dialog.updateComplete
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click()
    await dialog.updateComplete
    dialog.close()
    dialog.show(b)
    await dialog.updateComplete
    const confirm = dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!
    expect(confirm.disabled).to.equal(false)
    expect(dialog.shadowRoot!.textContent).to.include('Second')
    const convertedA = oneEvent(dialog, 'unmanaged-code-converted')
    finishA()
    expect((await convertedA).detail.accessCode.access_code_id).to.equal('a')
    await dialog.updateComplete
    expect(dialog.shadowRoot!.textContent).not.to.match(/now managed/)
  })

  it('a failed load fires seam-error, so the page can react (say, mint a new token)', async () => {
    const stub = stubClient()
    stub.fail('accessCodes.list', new SeamApiError({ status: 401, type: 'unauthorized', message: 'no' }))
    const errors: Event[] = []
    const wrapper = await fixture(html`<div @seam-error=${(e: Event) => errors.push(e)}>
      <access-code-table device-id="d1" poll-interval="0" .client=${stub.client}></access-code-table>
    </div>`)
    const table = wrapper.querySelector<AccessCodeTable>('access-code-table')!
    await waitUntil(() => table.shadowRoot!.querySelector('[part=error]'))
    await table.updateComplete
    expect(errors).to.have.length(1)
    expect((errors[0] as CustomEvent).detail.error.status).to.equal(401)
  })

  it('without a device-id the elements say so instead of loading forever', async () => {
    const stub = stubClient()
    const table = await fixture<AccessCodeTable>(html`<access-code-table .client=${stub.client}></access-code-table>`)
    expect(table.shadowRoot!.querySelector('[part=error]')!.textContent).to.match(/device-id/)
    const list = await fixture<UnmanagedCodeList>(html`<unmanaged-code-list .client=${stub.client}></unmanaged-code-list>`)
    expect(list.shadowRoot!.querySelector('[part=error]')!.textContent).to.match(/device-id/)
  })

  it('controlled data without a session is read-only and raises no error', async () => {
    const errors: Event[] = []
    const wrapper = await fixture(html`<div @seam-error=${(e: Event) => errors.push(e)}>
      <access-code-table .accessCodes=${[managedCode({ access_code_id: 'x' })]}></access-code-table>
    </div>`)
    const table = wrapper.querySelector<AccessCodeTable>('access-code-table')!
    await new Promise((r) => setTimeout(r, 20))
    expect(table.shadowRoot!.querySelectorAll('[part~=row]')).to.have.length(1)
    expect(table.shadowRoot!.querySelector('.actions')).to.equal(null)
    expect(errors).to.have.length(0)
  })

  it('a list invalidated while nobody watches loads afresh for the next viewer', async () => {
    const stub = stubClient({ managed: [managedCode({ access_code_id: 'old' })] })
    const store = new SessionStore(stub.client)
    const q = store.accessCodes('d1')
    const first = q.subscribe(() => {})
    await waitUntil(() => q.state.data?.length === 1)
    first.unsubscribe()
    stub.db.managed = [managedCode({ access_code_id: 'new' })]
    await q.invalidate()
    q.subscribe(() => {})
    await waitUntil(() => q.state.data?.[0]?.access_code_id === 'new', 'reloaded for the new viewer')
  })

  it('a cancelled load does not leave the table loading forever', async () => {
    const stub = stubClient()
    let calls = 0
    stub.client.accessCodes.list = (_p, o) =>
      ++calls === 1
        ? new Promise((_, reject) => o?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))
        : Promise.reject(new SeamNetworkError(new Error('down')))
    const store = new SessionStore(stub.client)
    const q = store.accessCodes('d1')
    q.subscribe(() => {})
    await q.invalidate()
    await waitUntil(() => !q.state.loading && q.state.error != null, 'settles with an error, not loading')
  })

  it('after a confirmed delete, focus moves to the row rather than the page body', async () => {
    const stub = stubClient({ unmanaged: [unmanagedCode({ access_code_id: 'u1' })] })
    const list = await fixture<UnmanagedCodeList>(html`<unmanaged-code-list device-id="d1" poll-interval="0" .client=${stub.client}></unmanaged-code-list>`)
    await waitUntil(() => list.shadowRoot!.querySelector('[data-id=u1] button.danger'))
    list.shadowRoot!.querySelector<HTMLButtonElement>('[data-id=u1] button.danger')!.click()
    await list.updateComplete
    list.shadowRoot!.querySelector<HTMLButtonElement>('[data-id=u1] .confirm button.danger')!.click()
    await list.updateComplete
    expect(list.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('u1')
  })

  it('Escape on an explanation inside the dialog closes the explanation, not the dialog', async () => {
    const code = unmanagedCode({ access_code_id: 'u1' })
    const stub = stubClient({ unmanaged: [code] })
    stub.client.accessCodes.unmanaged.convertToManaged = async () => null
    stub.client.events.list = async () =>
      [{ event_id: 'e1', event_type: 'access_code.unmanaged.failed_to_convert_to_managed', access_code_id: 'u1', created_at: new Date().toISOString(), access_code_errors: [{ error_code: 'duplicate_code_on_device', message: 'dup' }] }] as never
    const dialog = await fixture<ConvertCodeDialog>(html`<convert-code-dialog .client=${stub.client}></convert-code-dialog>`)
    dialog.show(code)
    await dialog.updateComplete
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click()
    await waitUntil(() => dialog.shadowRoot!.querySelector('[part~=issue]'), 'failure with reasons', { timeout: 5000 })
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~=issue]')!.focus()
    await waitUntil(() => dialog.shadowRoot!.querySelector('[part=explanation]')!.textContent!.includes('What you can do'))
    await sendKeys({ press: 'Escape' })
    await dialog.updateComplete
    expect(dialog.shadowRoot!.querySelector('[part=explanation]')!.textContent!.trim()).to.equal('')
    expect(dialog.open).to.equal(true)
    await sendKeys({ press: 'Escape' })
    await waitUntil(() => !dialog.open, 'a second Escape closes the dialog')
  })
})

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing'
import '../../src/index.js'
import { FetchSeamClient, resolveCredentials } from '../../src/api/index.js'
import type { AccessCodeTable } from '../../src/elements/access-code-table/access-code-table.js'
import type { UnmanagedCodeList } from '../../src/elements/unmanaged-code-list/unmanaged-code-list.js'
import type { ConvertCodeDialog } from '../../src/elements/convert-code-dialog/convert-code-dialog.js'
import { resetSessions } from '../../src/state/registry.js'
import { CODES, DEMO, backendRequests, configureBackend, injectFaults, resetBackend } from '../helpers/backend.js'

// The real client against the fake backend with faults injected in between;
// short timeouts and backoff so a test takes seconds, not minutes.
const client = (publishable = false) =>
  new FetchSeamClient({
    credentials: resolveCredentials(
      publishable
        ? { publishableKey: DEMO.publishableKey, userIdentifierKey: DEMO.userIdentifierKey, endpoint: '/api' }
        : { clientSessionToken: DEMO.clientSessionToken, endpoint: '/api' },
    ),
    timeoutMs: 400,
    baseDelayMs: 20,
    maxDelayMs: 60,
  })

const rows = (el: Element) => el.shadowRoot!.querySelectorAll('[part~=row]')
const count = async (route: string) => (await backendRequests()).filter((r) => r === route).length

async function table(c = client(), poll = 0) {
  const provider = await fixture(html`<seam-provider .client=${c}>
    <access-code-table device-id=${DEMO.devices.august} poll-interval=${poll}></access-code-table>
  </seam-provider>`)
  return provider.querySelector<AccessCodeTable>('access-code-table')!
}

describe('faults between the elements and Seam', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
    await configureBackend({ delayMs: 100 })
  })
  afterEach(() => injectFaults([]))

  it('a read recovers by itself from 500 and 503', async () => {
    await injectFaults([
      { path: '/access_codes/list', status: 500, times: 1 },
      { path: '/access_codes/list', status: 503, times: 1 },
    ])
    const el = await table()
    await waitUntil(() => rows(el).length > 0, 'rows after retries', { timeout: 5000 })
    expect(await count('/access_codes/list')).to.equal(3)
  })

  it('a read waits as long as 429 Retry-After asks, then loads', async () => {
    await injectFaults([{ path: '/access_codes/list', status: 429, retryAfter: 1, times: 1 }])
    const t0 = performance.now()
    const el = await table()
    await waitUntil(() => rows(el).length > 0, 'rows after Retry-After', { timeout: 5000 })
    expect(performance.now() - t0).to.be.at.least(950)
  })

  it('a read that keeps failing shows the reason and "Try again", which works once the backend is back', async () => {
    await injectFaults([{ path: '/access_codes/list', drop: 'before' }])
    const el = await table()
    await waitUntil(() => el.shadowRoot!.querySelector('[part=error]'), 'error state', { timeout: 5000 })
    expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.match(/could not be reached/)
    await injectFaults([])
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=error] button')!.click()
    await waitUntil(() => rows(el).length > 0, 'rows after Try again')
  })

  it('a slow backend times out with words, not a spinner forever', async () => {
    await injectFaults([{ path: '/access_codes/list', delayMs: 1000 }])
    const el = await table()
    await waitUntil(() => el.shadowRoot!.querySelector('[part=error]'), 'timeout shown', { timeout: 6000 })
    expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.match(/did not answer in time/)
  })

  it('when the backend goes away, the rows stay, marked stale, and come back fresh when it returns', async () => {
    const el = await table(client(), 150)
    await waitUntil(() => rows(el).length > 0, 'rows', { timeout: 5000 })
    const shown = rows(el).length
    await injectFaults([{ drop: 'before' }])
    await waitUntil(() => el.shadowRoot!.querySelector('.stale'), 'stale notice', { timeout: 5000 })
    expect(rows(el).length).to.equal(shown)
    await injectFaults([])
    await waitUntil(() => !el.shadowRoot!.querySelector('.stale'), 'fresh again', { timeout: 5000 })
    expect(rows(el).length).to.equal(shown)
  })

  it('a session token that expires mid-use is renewed once, and the data keeps coming', async () => {
    const el = await table(client(true), 150)
    await waitUntil(() => rows(el).length > 0, 'rows', { timeout: 5000 })
    await injectFaults([{ path: '/access_codes/list', status: 401, times: 1 }])
    await waitUntil(async () => (await count('/client_sessions/get_or_create')) === 2, 'session renewed', { timeout: 5000 })
    await injectFaults([])
    await new Promise((r) => setTimeout(r, 400))
    expect(el.shadowRoot!.querySelector('[part=error], .stale')).to.equal(null)
    expect(rows(el).length).to.be.greaterThan(0)
  })

  it('a conversion whose answer is lost is sent once and its outcome still reaches the page', async () => {
    await injectFaults([{ path: '/access_codes/unmanaged/convert_to_managed', drop: 'after', times: 1 }])
    const provider = await fixture(html`<seam-provider .client=${client()}>
      <unmanaged-code-list device-id=${DEMO.devices.august}></unmanaged-code-list>
      <convert-code-dialog></convert-code-dialog>
    </seam-provider>`)
    const dialog = provider.querySelector<ConvertCodeDialog>('convert-code-dialog')!
    dialog.show(CODES['unmanagedFront1']!)
    await waitUntil(() => dialog.shadowRoot!.querySelector('[part=confirm-button]:not([disabled])'), 'ready', { timeout: 5000 })
    const converted = oneEvent(provider, 'unmanaged-code-converted')
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click()
    expect((await converted).detail.accessCode.access_code_id).to.equal(CODES['unmanagedFront1'])
    expect(await count('/access_codes/unmanaged/convert_to_managed')).to.equal(1)
  })

  it('a conversion refused with 503 is not reported as done, keeps the code unmanaged, and is sent once', async () => {
    await injectFaults([{ path: '/access_codes/unmanaged/convert_to_managed', status: 503, times: 1 }])
    const provider = await fixture(html`<seam-provider .client=${client()}><convert-code-dialog></convert-code-dialog></seam-provider>`)
    const dialog = provider.querySelector<ConvertCodeDialog>('convert-code-dialog')!
    let converted = false
    provider.addEventListener('unmanaged-code-converted', () => (converted = true))
    dialog.show(CODES['unmanagedFront1']!)
    await waitUntil(() => dialog.shadowRoot!.querySelector('[part=confirm-button]:not([disabled])'), 'ready', { timeout: 5000 })
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click()
    await waitUntil(() => /could not be started/.test(dialog.shadowRoot!.textContent!), 'failure shown', { timeout: 5000 })
    expect(converted).to.equal(false)
    expect(await count('/access_codes/unmanaged/convert_to_managed')).to.equal(1)
    expect(dialog.shadowRoot!.querySelector('[part=confirm-button]')!.textContent).to.match(/Try again/)
    // What Seam's support will ask for.
    expect(dialog.shadowRoot!.textContent).to.match(/request id shim_req_\d+/)
  })

  it('a delete survives the backend dropping while it is followed, and reports done once', async () => {
    const provider = await fixture(html`<seam-provider .client=${client()}>
      <unmanaged-code-list device-id=${DEMO.devices.august}></unmanaged-code-list>
    </seam-provider>`)
    const list = provider.querySelector<UnmanagedCodeList>('unmanaged-code-list')!
    const id = CODES['unmanagedFront1']!
    await waitUntil(() => list.shadowRoot!.querySelector(`[data-id="${id}"] button.danger`), 'rows', { timeout: 5000 })
    await injectFaults([{ path: '/action_attempts/get', drop: 'before', times: 3 }])
    const deleted: string[] = []
    list.addEventListener('unmanaged-code-deleted', (e) => deleted.push(e.detail.accessCodeId))
    list.shadowRoot!.querySelector<HTMLButtonElement>(`[data-id="${id}"] button.danger`)!.click()
    await list.updateComplete
    list.shadowRoot!.querySelector<HTMLButtonElement>(`[data-id="${id}"] .confirm button.danger`)!.click()
    await waitUntil(() => deleted.length === 1, 'deleted', { timeout: 10000 })
    await new Promise((r) => setTimeout(r, 300))
    expect(deleted).to.deep.equal([id])
    expect(await count('/access_codes/unmanaged/delete')).to.equal(1)
  })

  it('two providers with the same credentials share one session: one write, and both agree', async () => {
    const root = await fixture(html`<div>
      <seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
        <unmanaged-code-list id="a" device-id=${DEMO.devices.august}></unmanaged-code-list>
      </seam-provider>
      <seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
        <unmanaged-code-list id="b" device-id=${DEMO.devices.august}></unmanaged-code-list>
      </seam-provider>
    </div>`)
    const [a, b] = ['#a', '#b'].map((s) => root.querySelector<UnmanagedCodeList>(s)!)
    const id = CODES['unmanagedFront1']!
    const button = (l: UnmanagedCodeList) => l.shadowRoot!.querySelector<HTMLButtonElement>(`[data-id="${id}"] button.danger`)
    await waitUntil(() => button(a!) && button(b!), 'both lists', { timeout: 5000 })
    expect(a!.sessionStore).to.equal(b!.sessionStore)
    for (const l of [a!, b!]) {
      button(l)!.click()
      await l.updateComplete
      l.shadowRoot!.querySelector<HTMLButtonElement>(`[data-id="${id}"] .confirm button.danger`)!.click()
    }
    await waitUntil(() => !a!.shadowRoot!.querySelector(`[data-id="${id}"]`) && !b!.shadowRoot!.querySelector(`[data-id="${id}"]`), 'both drop it', { timeout: 5000 })
    expect(await count('/access_codes/unmanaged/delete')).to.equal(1)
  })
})

// Checks the session store (src/state/store.ts, query.ts, visibility.ts) as a
// whole page drives it: kept across elements because it counts what the
// page as a whole costs the API, which no one element's suite can.
import { expect, fixture, html, waitUntil } from '@open-wc/testing'
import '../../src/index.js'
import { resetSessions } from '../../src/state/registry.js'
import { DEMO, backendRequests, resetBackend } from '../helpers/backend.js'
import { fakeTimers, untilReal, type FakeClock } from '../helpers/fake-timers.js'

// Three elements on one device ask once for the session and once for each
// resource; a hidden page stops polling.

const count = (log: string[], route: string) => log.filter((r) => r === route).length

/** Pretends the tab went to the background (or came back), as the browser would say it. */
function setHidden(hidden: boolean): void {
  Object.defineProperty(document, 'visibilityState', { value: hidden ? 'hidden' : 'visible', configurable: true })
  document.dispatchEvent(new Event('visibilitychange'))
}

describe('requests a page makes', () => {
  let clock: FakeClock | undefined
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
  })
  afterEach(() => {
    clock?.restore()
    clock = undefined
    // Back to the real property.
    delete (document as { visibilityState?: unknown }).visibilityState
  })

  it('table, list and dialog on one device: one session request and one request per resource', async () => {
    const page = await fixture(html`<seam-provider publishable-key=${DEMO.publishableKey} user-identifier-key=${DEMO.userIdentifierKey} endpoint="/api">
      <access-code-table device-id=${DEMO.devices.august}></access-code-table>
      <unmanaged-code-list device-id=${DEMO.devices.august}></unmanaged-code-list>
      <convert-code-dialog></convert-code-dialog>
    </seam-provider>`)
    const table = page.querySelector('access-code-table')!
    const list = page.querySelector('unmanaged-code-list')!
    await waitUntil(() => table.shadowRoot!.querySelector('[part~=row]') && list.shadowRoot!.querySelector('[part~=row]'), 'both loaded', { timeout: 10000 })
    const log = await backendRequests()
    expect(count(log, '/client_sessions/get_or_create')).to.equal(1)
    expect(count(log, '/access_codes/list')).to.equal(1)
    expect(count(log, '/access_codes/unmanaged/list')).to.equal(1)
    expect(count(log, '/devices/get')).to.equal(1)
    expect(log.length).to.equal(4)
  })

  it('stops polling while the page is hidden and refreshes when it is shown again', async () => {
    const time = (clock = fakeTimers())
    const page = await fixture(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
      <access-code-table device-id=${DEMO.devices.august} poll-interval="150"></access-code-table>
    </seam-provider>`)
    const table = page.querySelector('access-code-table')!
    await untilReal(time, () => table.shadowRoot!.querySelector('[part~=row]'), 'loaded')
    const query = table.sessionStore!.accessCodes(DEMO.devices.august)
    const lists = async () => count(await backendRequests(), '/access_codes/list')
    time.tick(150)
    await untilReal(time, async () => !query.state.loading && (await lists()) >= 2, 'polls while visible')
    setHidden(true)
    const hidden = await lists()
    time.tick(700)
    // A poll would have started at once: none did, and none reached the backend.
    expect(query.state.loading, 'a poll under way while hidden').to.equal(false)
    expect(await lists()).to.equal(hidden)
    setHidden(false)
    await untilReal(time, async () => (await lists()) > hidden, 'refreshes on return')
  })
})

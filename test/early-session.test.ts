import { expect, fixture, html, waitUntil } from '@open-wc/testing'
import { DEMO } from '../dev/seed.mjs'
import { injectFaults, resetBackend } from './helpers/backend.js'

// The script-tag ES module opens the session of the elements written in the
// page's markup before the rest of it is evaluated (src/early-session.ts):
// the session request leaves before the table's tag is defined (without it, it left
// as the defined tag upgraded the table), and the
// table then uses that session: one request, not two.
describe('early session (script-tag ES module)', () => {
  it('sends the session request of a table in the markup before the tag is defined, once, and the table uses it', async () => {
    const head = await fetch('/dist/cdn/access-code-elements.js', { method: 'HEAD' })
    expect(head.ok, 'dist/cdn is missing: run `npm run build` first').to.equal(true)
    const credentials = `publishable-key="${DEMO.publishableKey}" user-identifier-key="${DEMO.userIdentifierKey}" endpoint="/api"`
    const page = `<!doctype html><html lang="en"><head>
      <script>
        const define = customElements.define.bind(customElements)
        customElements.define = (name, ...rest) => (name === 'access-code-table' && (window.definedAt = performance.now()), define(name, ...rest))
      </script>
      <script type="module" src="/dist/cdn/access-code-elements.js"></script></head>
      <body><access-code-table device-id="${DEMO.devices.august}" ${credentials}></access-code-table></body></html>`
    const frame = await fixture<HTMLIFrameElement>(html`<iframe srcdoc=${page}></iframe>`)
    const win = () => frame.contentWindow as (Window & { definedAt?: number }) | null
    const rows = () => frame.contentDocument?.querySelector('access-code-table')?.shadowRoot?.querySelectorAll('[part~=row]').length ?? 0
    await waitUntil(() => rows() > 0, 'rows', { timeout: 10000 })
    const sessions = (win()!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.name.includes('/client_sessions/'))
    expect(sessions, 'session requests').to.have.length(1)
    expect(win()!.definedAt, 'the tag was defined').to.be.a('number')
    expect(sessions[0]!.startTime, 'the session request left before the tag was defined').to.be.below(win()!.definedAt!)
  })

  // The table's tag waits for the session's answer (src/cdn.ts): its upgrade
  // and skeleton would hold that answer up, and with it the codes' request.
  // What happened, in order: requests sent, answers read, the tag defined.
  const definingPage = (body: string) => `<!doctype html><html lang="en"><head>
      <script>
        window.happened = []
        const send = fetch.bind(window)
        window.fetch = (url, init) => {
          const route = String(url).replace(/.*\\/api/, '')
          window.happened.push('ask ' + route)
          return send(url, init).then((answer) => (window.happened.push('answer ' + route), answer))
        }
        const define = customElements.define.bind(customElements)
        customElements.define = (name, ...rest) => (name === 'access-code-table' && window.happened.push('define'), define(name, ...rest))
      </script>
      <script type="module" src="/dist/cdn/access-code-elements.js"></script>
      <script type="module">window.definedAfterEntry = customElements.get('access-code-table') !== undefined</script></head>
      <body>${body}</body></html>`
  type Defining = Window & { happened: string[]; definedAfterEntry?: boolean }
  it("defines the table's tag once its session has answered and its codes were asked, and it shows them", async () => {
    const credentials = `publishable-key="${DEMO.publishableKey}" user-identifier-key="${DEMO.userIdentifierKey}" endpoint="/api"`
    const frame = await fixture<HTMLIFrameElement>(html`<iframe srcdoc=${definingPage(`<access-code-table device-id="${DEMO.devices.august}" ${credentials}></access-code-table>`)}></iframe>`)
    const win = () => frame.contentWindow as Defining
    await waitUntil(() => win().document.querySelector('access-code-table')?.shadowRoot?.querySelector('[part~=row]'), 'rows', { timeout: 10000 })
    expect(win().definedAfterEntry, 'not yet defined when the entry had run').to.equal(false)
    const at = (what: string) => win().happened.indexOf(what)
    expect(at('define'), 'defined').to.be.above(-1)
    expect(at('answer /client_sessions/get_or_create'), 'the session answered before').to.be.within(0, at('define'))
    expect(at('ask /access_codes/list'), 'the codes were asked before').to.be.within(0, at('define'))
  })

  it('a slow session does not keep the table from showing its skeleton meanwhile', async () => {
    await resetBackend()
    await injectFaults([{ path: '/client_sessions/get_or_create', delayMs: 2000, times: 1 }])
    try {
      const credentials = `publishable-key="${DEMO.publishableKey}" user-identifier-key="${DEMO.userIdentifierKey}" endpoint="/api"`
      const frame = await fixture<HTMLIFrameElement>(html`<iframe srcdoc=${definingPage(`<access-code-table device-id="${DEMO.devices.august}" ${credentials}></access-code-table>`)}></iframe>`)
      const win = () => frame.contentWindow as Defining
      await waitUntil(() => win().document.querySelector('access-code-table')?.shadowRoot?.querySelector('[part~=loading]'), 'the skeleton', { timeout: 10000 })
      expect(win().happened, 'shown before the session answered').not.to.include('answer /client_sessions/get_or_create')
      await waitUntil(() => win().document.querySelector('access-code-table')?.shadowRoot?.querySelector('[part~=row]'), 'then the rows', { timeout: 10000 })
    } finally {
      await resetBackend()
    }
  })

  it('defines the tag at once when nothing was opened early (credentials given by script)', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe srcdoc=${definingPage(`<access-code-table device-id="${DEMO.devices.august}"></access-code-table>`)}></iframe>`)
    const win = () => frame.contentWindow as Defining
    await waitUntil(() => win().definedAfterEntry !== undefined, 'the page script ran', { timeout: 10000 })
    expect(win().definedAfterEntry).to.equal(true)
  })

  // The loads the elements in the markup make first start with their session
  // (src/early-session.ts): seen here with the table's and the list's tags
  // never defined, so only that module can have sent them. Requests are told apart by their
  // bodies, which resource timing does not show: the page's fetch records them.
  const recordingPage = (body: string) => `<!doctype html><html lang="en"><head>
      <script>
        window.sent = []
        const send = fetch.bind(window)
        window.fetch = (url, init) => (window.sent.push([String(url).replace(/.*\\/api/, ''), init && init.body ? JSON.parse(init.body) : {}]), send(url, init))
        const define = customElements.define.bind(customElements)
        customElements.define = (name, ...rest) => (['access-code-table', 'unmanaged-code-list'].includes(name) ? undefined : define(name, ...rest))
      </script>
      <script type="module" src="/dist/cdn/access-code-elements.js"></script></head><body>${body}</body></html>`
  type Sent = [string, { device_id?: string }][]
  const sentBy = async (body: string, until: (sent: Sent) => boolean): Promise<Sent> => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe srcdoc=${recordingPage(body)}></iframe>`)
    const sent = () => ((frame.contentWindow as (Window & { sent?: Sent }) | null)?.sent ?? []) as Sent
    await waitUntil(() => until(sent()), 'requests', { timeout: 10000 })
    return sent()
  }
  const credentials = `publishable-key="${DEMO.publishableKey}" user-identifier-key="${DEMO.userIdentifierKey}" endpoint="/api"`
  const asks = (sent: Sent, route: string, deviceId: string) => sent.filter(([r, b]) => r === route && b.device_id === deviceId).length

  it("starts a table's codes and its lock with the session, once each, for a table with its own credentials or its provider's", async () => {
    const own = DEMO.devices.august
    const inherited = DEMO.devices.bulk
    const sent = await sentBy(
      `<access-code-table device-id="${own}" ${credentials}></access-code-table>
       <seam-provider ${credentials}><access-code-table device-id="${inherited}"></access-code-table></seam-provider>`,
      (s) => asks(s, '/access_codes/list', inherited) > 0 && asks(s, '/devices/get', inherited) > 0,
    )
    expect(asks(sent, '/access_codes/list', own), 'its codes').to.equal(1)
    expect(asks(sent, '/devices/get', own), 'its lock').to.equal(1)
    // The rows wait for the lock's time zone: its small answer is asked first.
    const first = (route: string) => sent.findIndex(([r, b]) => r === route && b.device_id === own)
    expect(first('/devices/get'), 'the lock before the codes').to.be.below(first('/access_codes/list'))
    expect(sent.filter(([r]) => r === '/client_sessions/get_or_create'), 'one session for both').to.have.length(1)
  })

  it('starts nothing for a table the page gave its codes, and only the lock for an unmanaged list (which waits for it)', async () => {
    const given = DEMO.devices.august
    const listed = DEMO.devices.bulk
    const sentinel = DEMO.devices.full
    const sent = await sentBy(
      `<access-code-table id="given" device-id="${given}" ${credentials}></access-code-table>
       <script>document.getElementById('given').accessCodes = []</script>
       <unmanaged-code-list device-id="${listed}" ${credentials}></unmanaged-code-list>
       <access-code-table device-id="${sentinel}" ${credentials}></access-code-table>`,
      // Started in document order, in one go: once the last table's are sent, so are any others.
      (s) => asks(s, '/access_codes/list', sentinel) > 0 && asks(s, '/devices/get', sentinel) > 0,
    )
    expect(asks(sent, '/access_codes/list', given) + asks(sent, '/devices/get', given), 'the table with codes given').to.equal(0)
    expect(asks(sent, '/devices/get', listed), "the list's lock").to.equal(1)
    expect(asks(sent, '/access_codes/unmanaged/list', listed), "the list's codes, which wait for its lock").to.equal(0)
  })
})


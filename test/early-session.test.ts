import { expect, fixture, html, waitUntil } from '@open-wc/testing'
import { DEMO } from '../dev/seed.mjs'

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
})

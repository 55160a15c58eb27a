import { expect, fixture, html, waitUntil } from '@open-wc/testing'
import { resetBackend } from '../helpers/backend.js'
import { convertThroughTheUi } from './flow.js'

// The example as `ng build` ships it: compiled ahead of time, with no
// @angular/compiler in the page (npm test builds it first: npm run build:angular).
const APP = '/examples/angular/dist/browser/index.html'

describe('Angular, compiled ahead of time', () => {
  beforeEach(() => resetBackend())

  it('renders the table and list, converts a code, and the app receives the converted code', async () => {
    const head = await fetch(APP, { method: 'HEAD' })
    expect(head.ok, 'examples/angular/dist is missing: run `npm run build:angular` first').to.equal(true)
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src=${APP} style="width:1000px;height:800px"></iframe>`)
    // Until the page loads, contentDocument is the initial about:blank.
    await waitUntil(() => frame.contentDocument?.URL.endsWith('index.html') && frame.contentDocument.readyState === 'complete', 'app loads')
    const doc = frame.contentDocument!
    await convertThroughTheUi(doc.body)

    // Ahead of time: no JIT compiler registered itself in the page (it
    // publishes ng.ɵcompilerFacade), and the template arrived compiled to
    // code, not as the text such a compiler would read.
    expect((doc.defaultView as unknown as { ng?: Record<string, unknown> }).ng?.['ɵcompilerFacade']).to.equal(undefined)
    const scripts = (doc.defaultView!.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .map((r) => new URL(r.name).pathname)
      .filter((p) => p.startsWith('/examples/angular/dist/browser/') && p.endsWith('.js'))
    expect(scripts, 'the built bundle').to.have.length.greaterThan(0)
    const code = (await Promise.all(scripts.map(async (p) => (await fetch(p)).text()))).join('\n')
    expect(code).not.to.include('[clientSessionToken]="clientSessionToken()"')
  })
})

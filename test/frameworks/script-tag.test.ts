import { expect, fixture, html, waitUntil } from '@open-wc/testing'
import { resetBackend } from '../helpers/backend.js'
import { convertThroughTheUi } from './flow.js'

// These pages load the built bundles (npm test builds before it tests).
async function page(file: string): Promise<Document> {
  const head = await fetch(`/dist/cdn/${file === 'classic.html' ? 'access-code-elements.iife.js' : 'access-code-elements.js'}`, { method: 'HEAD' })
  expect(head.ok, 'dist/cdn is missing: run `npm run build` first').to.equal(true)
  const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/examples/script-tag/${file}" style="width:1000px;height:800px"></iframe>`)
  // Until the page loads, contentDocument is the initial about:blank.
  await waitUntil(() => frame.contentDocument?.URL.endsWith(file) && frame.contentDocument.readyState === 'complete', 'page loads')
  return frame.contentDocument!
}

describe('script tag', () => {
  beforeEach(() => resetBackend())

  for (const file of ['module.html', 'classic.html']) {
    it(`${file}: the bundle alone renders the table and list, converts a code, and the page hears the event`, async () => {
      const doc = await page(file)
      await convertThroughTheUi(doc.body)
      // Nothing else was loaded at run time: every script came from the bundle's own folder.
      const scripts = (doc.defaultView!.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => r.initiatorType === 'script')
        .map((r) => new URL(r.name).pathname)
        // The test server injects its own reload socket into every page.
        .filter((p) => !p.startsWith('/__web-dev-server'))
      expect(scripts.filter((p) => !p.startsWith('/dist/cdn/')), 'scripts from elsewhere').to.deep.equal([])
      // The classic file is one file; the module's chunks are its own.
      if (file === 'classic.html') expect(scripts.filter((p) => p !== '/dist/cdn/access-code-elements.iife.js')).to.deep.equal([])
    })
  }

  it('csp.html: every element works under script-src and style-src \'self\' (no inline, no eval)', async () => {
    const doc = await page('csp.html')
    await convertThroughTheUi(doc.body)
    const table = doc.querySelector('access-code-table')!
    // Styles arrive as constructable stylesheets, which the policy allows.
    expect(table.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0)
    const chip = table.shadowRoot!.querySelector<HTMLButtonElement>('[part~=issue]')!
    // Hover (a frame without focus gets no focus events): the popover opens and is placed.
    chip.dispatchEvent(new MouseEvent('mouseenter'))
    await waitUntil(() => table.shadowRoot!.querySelector('[part=explanation]')!.textContent!.includes('What you can do'), 'explanation opens')
    await waitUntil(() => table.shadowRoot!.querySelector<HTMLElement>('[part=explanation]')!.style.top !== '', 'explanation is placed')
    // A long list's spacers get their height through CSSOM, which the policy allows too.
    const bulk = doc.querySelectorAll('access-code-table')[1]!
    await waitUntil(() => bulk.shadowRoot!.querySelector<HTMLElement>('.spacer td')?.getBoundingClientRect().height, 'spacer sized', { timeout: 10000 })
    expect(bulk.shadowRoot!.querySelectorAll('[part~=row]').length).to.be.below(100)
    // The built CSS says what the source says: narrow cards label each cell "Code:" (the
    // punctuation from the catalog, French spaces it; the gap after it is a margin).
    bulk.style.width = '500px'
    const cell = bulk.shadowRoot!.querySelector('[part~=row] td:nth-child(2)')!
    await waitUntil(() => doc.defaultView!.getComputedStyle(cell, '::before').content !== 'none', 'cards')
    // Engines serialise `content: attr(data-label) ": "` differently: Chromium
    // joins it into one string, WebKit resolves attr() but keeps two strings,
    // Firefox keeps attr() itself.
    const content = doc.defaultView!.getComputedStyle(cell, '::before').content
    const label = JSON.stringify(cell.getAttribute('data-label'))
    expect(content.replace('attr(data-label)', label).replace(/"\s+"/g, '')).to.equal('"Code:"')
    expect((doc.defaultView as unknown as { cspViolations: string[] }).cspViolations).to.deep.equal([])
  })
})

import { expect, fixture, html, waitUntil } from '@open-wc/testing'
import { issuesEn } from '../../src/catalog/index.js'
import { CODES, DEMO, resetBackend } from '../helpers/backend.js'

// Pages that load the built script-tag ES module (npm test builds before it
// tests), written inline: what they fetch, and when.
const credentials = `client-session-token="${DEMO.clientSessionToken}" endpoint="/api"`

async function page(body: string): Promise<Window> {
  const head = await fetch('/dist/cdn/access-code-elements.js', { method: 'HEAD' })
  expect(head.ok, 'dist/cdn is missing: run `npm run build` first').to.equal(true)
  const doc = `<!doctype html><html lang="en"><head><script type="module" src="/dist/cdn/access-code-elements.js"></script></head><body>${body}</body></html>`
  const frame = await fixture<HTMLIFrameElement>(html`<iframe srcdoc=${doc} style="width:1000px;height:800px"></iframe>`)
  await waitUntil(() => frame.contentDocument?.readyState === 'complete' && frame.contentWindow?.customElements.get('access-code-table'), 'page loads')
  return frame.contentWindow!
}

/** The scripts the page fetched, by path (the test server's own reload socket left out). */
const scripts = (win: Window): string[] =>
  (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .map((r) => new URL(r.name).pathname)
    .filter((p) => p.endsWith('.js') && !p.startsWith('/__web-dev-server'))

/** What a page fetched of the script-tag folder besides its entry: a table-only page needs nothing more for its rows. */
const chunks = (win: Window): string[] => scripts(win).filter((p) => p.startsWith('/dist/cdn/') && !p.endsWith('/access-code-elements.js'))


describe('script-tag ES module: chunks load when first needed', () => {
  beforeEach(() => resetBackend())

  it('a table-only page shows its rows from the entry alone, and the form chunk loads with the first "Add code"', async () => {
    const win = await page(`<access-code-table device-id="${DEMO.devices.august}" ${credentials}></access-code-table>`)
    const table = win.document.querySelector('access-code-table')!
    await waitUntil(() => table.shadowRoot?.querySelector('[part~=row]'), 'rows', { timeout: 10000 })
    expect(chunks(win), 'chunks before they are needed').to.deep.equal([])
    expect(win.customElements.get('access-code-form')).to.equal(undefined)
    table.shadowRoot!.querySelector<HTMLButtonElement>('[part~=add-button]')!.click()
    await waitUntil(() => table.shadowRoot!.querySelector<HTMLDialogElement>('dialog[part~=dialog]')?.open, 'the form dialog opens', { timeout: 10000 })
    await waitUntil(() => table.shadowRoot!.querySelector('access-code-form')?.shadowRoot?.querySelector('form'), 'the form renders')
    expect(scripts(win).some((p) => /\/access-code-form-/.test(p)), 'the form chunk').to.equal(true)
    expect(scripts(win).some((p) => /\/unmanaged-code-list-/.test(p)), 'the list chunk').to.equal(false)
  })

  it('a click on "Add code" that no hover came before asks for the form\'s chunk beside the dialog\'s, not after it', async () => {
    const win = await page(`<access-code-table device-id="${DEMO.devices.august}" ${credentials}></access-code-table>`)
    const root = win.document.querySelector('access-code-table')!.shadowRoot!
    await waitUntil(() => root.querySelector('[part~=add-button]'), 'the button', { timeout: 10000 })
    root.querySelector<HTMLButtonElement>('[part~=add-button]')!.click()
    await waitUntil(() => root.querySelector('access-code-form')?.shadowRoot?.querySelector('form'), 'the form renders', { timeout: 10000 })
    const entry = (pattern: RegExp) =>
      (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((r) => pattern.test(new URL(r.name).pathname))!
    // The writes' chunk is a static import of the dialog's: asked for only once that one arrived and was read.
    expect(entry(/\/access-code-form-/).startTime, "the form asked for before the dialog's own imports").to.be.below(entry(/\/chunk-writes-/).startTime)
  })

  for (const [what, selector] of [
    ['"Add code"', '[part~=add-button]'],
    ['a row\'s "Edit"', '[part~=row] [data-action=edit]:not([aria-disabled=true])'],
  ] as const) {
    it(`a pointer resting on ${what} loads the form's chunk before the click, and opens nothing`, async () => {
      const win = await page(`<access-code-table device-id="${DEMO.devices.august}" ${credentials}></access-code-table>`)
      const root = win.document.querySelector('access-code-table')!.shadowRoot!
      await waitUntil(() => root.querySelector(selector), 'the button', { timeout: 10000 })
      expect(scripts(win).some((p) => /\/access-code-form-/.test(p)), 'the form chunk, before the pointer comes').to.equal(false)
      const button = root.querySelector<HTMLElement>(selector)!
      for (const type of ['pointerover', 'pointerenter']) button.dispatchEvent(new PointerEvent(type, { bubbles: type === 'pointerover', composed: true }))
      await waitUntil(() => scripts(win).some((p) => /\/access-code-form-/.test(p)), 'the form chunk loads on the hover', { timeout: 10000 })
      expect(root.querySelector<HTMLDialogElement>('dialog[part~=dialog]')?.open ?? false, 'no dialog opened').to.equal(false)
    })
  }

  it('a pointer on "Edit" loads the form also after a row\'s details were opened (which load the dialog without the form)', async () => {
    const win = await page(`<access-code-table device-id="${DEMO.devices.august}" ${credentials}></access-code-table>`)
    const root = win.document.querySelector('access-code-table')!.shadowRoot!
    await waitUntil(() => root.querySelector('[part~=row]'), 'rows', { timeout: 10000 })
    root.querySelector<HTMLElement>('[part~=row]')!.click()
    await waitUntil(() => root.querySelector<HTMLDialogElement>('dialog[part~=dialog]')?.open, 'the details open', { timeout: 10000 })
    root.querySelector<HTMLDialogElement>('dialog[part~=dialog]')!.close()
    expect(scripts(win).some((p) => /\/access-code-form-/.test(p)), 'the details alone load no form').to.equal(false)
    const edit = root.querySelector<HTMLElement>('[part~=row] [data-action=edit]:not([aria-disabled=true])')!
    edit.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }))
    await waitUntil(() => scripts(win).some((p) => /\/access-code-form-/.test(p)), 'the form chunk loads on the hover', { timeout: 10000 })
  })

  it('a tag the author wrote in the page is defined once the document shows it, also when added later by script', async () => {
    const win = await page(`<access-code-table device-id="${DEMO.devices.august}" ${credentials}></access-code-table>`)
    expect(chunks(win)).to.deep.equal([])
    const list = win.document.createElement('div')
    list.innerHTML = `<unmanaged-code-list device-id="${DEMO.devices.august}" ${credentials}></unmanaged-code-list>`
    win.document.body.append(list)
    await waitUntil(() => win.customElements.get('unmanaged-code-list'), 'the list is defined', { timeout: 10000 })
    await waitUntil(() => list.querySelector('unmanaged-code-list')!.shadowRoot?.querySelector('[part~=row]'), 'its rows', { timeout: 10000 })
    // The list renders the convert dialog: one chunk brings both.
    expect(win.customElements.get('convert-code-dialog')).not.to.equal(undefined)
    expect(win.customElements.get('access-code-form'), 'the form is still not loaded').to.equal(undefined)
  })

  it('a row shows its chip from the entry alone; its explanation’s words come with the first one opened, and it shows with them', async () => {
    const win = await page(`<access-code-table device-id="${DEMO.devices.august}" ${credentials}></access-code-table>`)
    const root = win.document.querySelector('access-code-table')!.shadowRoot!
    // The seed's "Dog walker" has one error: its account is disconnected.
    const row = `[part~=row][data-id="${CODES['unknown']}"]`
    await waitUntil(() => root.querySelector(`${row} [part~=issue]`), 'its chip', { timeout: 10000 })
    expect(chunks(win), 'chunks before they are needed').to.deep.equal([])
    const chip = root.querySelector<HTMLButtonElement>(`${row} [part~=issue]`)!
    const entry = issuesEn['account_disconnected']!
    expect(chip.querySelector('.title')!.textContent).to.equal(entry.chip ?? entry.title)
    chip.focus()
    const popover = root.querySelector<HTMLElement>('[part~=explanation]')!
    await waitUntil(() => (popover.hasAttribute('popover') ? popover.matches(':popover-open') : popover.style.position === 'fixed'), 'the explanation shows', { timeout: 10000 })
    // Never a frame without its words: they are there the moment it shows.
    expect(popover.querySelector('p')!.textContent).to.equal(entry!.explanation)
    expect(popover.textContent).to.contain(entry!.action)
    expect(scripts(win).some((p) => /\/chunk-issue-texts/.test(p)), 'the texts chunk').to.equal(true)
  })

  it('<access-code-form> in the markup works on its own', async () => {
    const win = await page(`<access-code-form device-id="${DEMO.devices.august}" ${credentials}></access-code-form>`)
    const form = win.document.querySelector('access-code-form')!
    await waitUntil(() => form.shadowRoot?.querySelector('form input'), 'the form renders', { timeout: 10000 })
    expect(scripts(win).some((p) => /\/access-code-form-/.test(p))).to.equal(true)
  })
})

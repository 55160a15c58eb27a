import { expect, fixture, html, waitUntil } from '@open-wc/testing'
import { CODES, backendRequests, configureBackend, resetBackend } from '../helpers/backend.js'

// Two "tabs": two frames of the same origin, each running its own copy of
// the built kit with the same credentials (npm test builds before it tests).
async function tab(): Promise<Document> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/examples/script-tag/module.html" style="width:900px;height:700px"></iframe>`)
  await waitUntil(() => frame.contentDocument?.URL.endsWith('module.html') && frame.contentDocument.readyState === 'complete', 'tab loads')
  return frame.contentDocument!
}

const list = (doc: Document) => doc.querySelector('unmanaged-code-list')!.shadowRoot!
const row = (doc: Document, id: string) => list(doc).querySelector<HTMLElement>(`[part~=row][data-id="${id}"]`)

describe('two tabs of one session', () => {
  beforeEach(async () => {
    await resetBackend()
    await configureBackend({ delayMs: 300 })
  })

  it('a code deleted in both tabs at once is deleted with one request, and both tabs agree', async () => {
    const [a, b] = [await tab(), await tab()]
    const id = CODES['unmanagedFront1']!
    await waitUntil(() => row(a, id) && row(b, id), 'both tabs list the code', { timeout: 8000 })
    const deleted: string[] = []
    for (const doc of [a, b]) doc.addEventListener('unmanaged-code-deleted', () => deleted.push(doc === a ? 'a' : 'b'))
    for (const doc of [a, b]) {
      row(doc, id)!.querySelector<HTMLButtonElement>('button.danger')!.click()
      await new Promise((r) => setTimeout(r))
      row(doc, id)!.querySelector<HTMLButtonElement>('.confirm button.danger')!.click()
    }
    // The other tab shows the deletion under way too.
    await waitUntil(() => /Deleting from the lock/.test(row(b, id)?.textContent ?? ''), 'tab b shows it')
    await waitUntil(() => row(a, id) === null && row(b, id) === null, 'both tabs drop it', { timeout: 8000 })
    expect(deleted.sort()).to.deep.equal(['a', 'b'])
    expect((await backendRequests()).filter((r) => r === '/access_codes/unmanaged/delete')).to.have.length(1)
  })

  it('a conversion in one tab shows in the other without a reload', async () => {
    const [a, b] = [await tab(), await tab()]
    const id = CODES['unmanagedFront2']!
    await waitUntil(() => row(a, id) && row(b, id), 'both tabs list the code', { timeout: 8000 })
    row(a, id)!.querySelector<HTMLButtonElement>('button.primary')!.click()
    const dialog = await (async () => {
      let d: Element | null = null
      await waitUntil(() => (d = list(a).querySelector('convert-code-dialog')), 'dialog')
      return d! as HTMLElement & { shadowRoot: ShadowRoot }
    })()
    await waitUntil(() => dialog.shadowRoot.querySelector('[part=confirm-button]:not([disabled])'), 'ready')
    dialog.shadowRoot.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click()
    const tableB = b.querySelector('access-code-table')!.shadowRoot!
    await waitUntil(() => row(b, id) === null && tableB.querySelector(`[part~=row][data-id="${id}"]`), 'tab b shows it managed', { timeout: 8000 })
  })

  it('when the tab doing a write closes mid-way, the other tab stops showing it as under way', async () => {
    await configureBackend({ delayMs: 5000 })
    const frames = [...document.querySelectorAll('iframe')]
    frames.forEach((f) => f.remove())
    const [a, b] = [await tab(), await tab()]
    const id = CODES['unmanagedFront1']!
    await waitUntil(() => row(a, id) && row(b, id), 'both tabs list the code', { timeout: 8000 })
    row(a, id)!.querySelector<HTMLButtonElement>('button.danger')!.click()
    await new Promise((r) => setTimeout(r))
    row(a, id)!.querySelector<HTMLButtonElement>('.confirm button.danger')!.click()
    await waitUntil(() => /Deleting from the lock/.test(row(b, id)?.textContent ?? ''), 'tab b shows it')
    // Tab a goes away: its lock is released without a word.
    a.defaultView!.frameElement!.remove()
    await waitUntil(() => !/Deleting from the lock/.test(row(b, id)?.textContent ?? ''), 'tab b no longer shows it under way', { timeout: 3000 })
  })
})

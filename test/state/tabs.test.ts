import { expect, fixture, html, waitUntil } from '@open-wc/testing'
import { TabClosedError } from '../../src/state/errors.js'
import { TabLink } from '../../src/state/tabs.js'
import type { MutationMeta } from '../../src/state/types.js'
import { CODES, backendRequests, configureBackend, resetBackend } from '../helpers/backend.js'
import { fakeTimers, passTime, type FakeClock } from '../helpers/fake-timers.js'
import { untilLockAwaited } from '../helpers/locks.js'

const meta: MutationMeta = { accessCodeId: 'c1', deviceId: 'd1', activity: 'deleting' }

/** Two links on one channel name: two tabs of one session, in one page. */
function twoTabs() {
  const name = `tabs-test-${Math.random()}`
  const heard = { started: [] as MutationMeta[], ended: [] as MutationMeta[] }
  const other = { started: (m: MutationMeta) => heard.started.push(m), ended: (m: MutationMeta) => heard.ended.push(m) }
  const runner = TabLink.create(name, { started: () => {}, ended: () => {} })!
  const waiter = TabLink.create(name, other)!
  return { name, runner, waiter, heard, close: () => (runner.close(), waiter.close()) }
}

describe('TabLink', () => {
  let clock: FakeClock | undefined
  let tabs: ReturnType<typeof twoTabs>
  beforeEach(function () {
    if (!navigator.locks) this.skip()
    tabs = twoTabs()
  })
  afterEach(() => {
    clock?.restore()
    clock = undefined
    tabs?.close()
  })

  it('tells the other tabs when a run starts and when it ends', async () => {
    let finish!: (value: string) => void
    const ran = tabs.runner.run('k', meta, () => new Promise<string>((r) => (finish = r)))
    await waitUntil(() => tabs.heard.started.length === 1, 'the other tab hears the start')
    expect(tabs.heard.started[0]).to.include(meta)
    expect(tabs.heard.ended).to.deep.equal([])
    finish('done')
    expect(await ran).to.equal('done')
    await waitUntil(() => tabs.heard.ended.length === 1, 'the other tab hears the end')
    expect(tabs.heard.ended[0]).to.include(meta)
  })

  it('a tab that finds the run under way gets its value instead of running it again', async () => {
    let finish!: (value: number) => void
    const ran = tabs.runner.run('k', meta, () => new Promise<number>((r) => (finish = r)))
    const got = tabs.waiter.run('k', meta, () => Promise.reject(new Error('ran twice')))
    await untilLockAwaited(`${tabs.name}:k`)
    finish(42)
    expect(await ran).to.equal(42)
    expect(await got).to.equal(42)
  })

  it('a waiting tab gives up with TabClosedError when the running tab goes away without a word', async () => {
    let finish!: () => void
    const ran = tabs.runner.run('k', meta, () => new Promise<void>((r) => (finish = r))).catch((e: unknown) => e)
    const got = tabs.waiter.run('k', meta, () => Promise.reject(new Error('ran twice'))).catch((e: unknown) => e)
    await untilLockAwaited(`${tabs.name}:k`)
    // The running tab's channel goes (the tab closed), then its lock.
    clock = fakeTimers()
    tabs.runner.close()
    finish()
    await ran
    let outcome: unknown
    void got.then((e) => (outcome = e))
    // The waiter leaves a moment for a last message after the lock is free.
    await passTime(clock, () => outcome !== undefined, 'the waiter gives up')
    expect(outcome).to.be.instanceOf(TabClosedError)
    expect(tabs.heard.ended.at(-1)).to.include(meta)
  })
})

// Two real tabs: two frames of the same origin, each running its own copy
// of the built kit with the same credentials (npm test builds before it tests).
async function tab(): Promise<Document> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/examples/script-tag/module.html" style="width:900px;height:700px"></iframe>`)
  await waitUntil(() => frame.contentDocument?.URL.endsWith('module.html') && frame.contentDocument.readyState === 'complete', 'tab loads')
  return frame.contentDocument!
}

// The script-tag module defines the list from a chunk once the page shows it: until then it has no shadow root.
const list = (doc: Document) => doc.querySelector('unmanaged-code-list')!.shadowRoot!
const row = (doc: Document, id: string) => doc.querySelector('unmanaged-code-list')?.shadowRoot?.querySelector<HTMLElement>(`[part~=row][data-id="${id}"]`) ?? null

describe('two tabs of one session (the built kit in two frames)', () => {
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

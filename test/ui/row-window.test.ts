import { expect, fixture, html, waitUntil } from '@open-wc/testing'
import { setViewport } from '@web/test-runner-commands'
import { LitElement, css, html as litHtml } from 'lit'
import { repeat } from 'lit/directives/repeat.js'
import { RowWindow, spacerItem, type WindowEntry } from '../../src/ui/row-window.js'
import { hasNativeScrollAnchoring } from '../../src/ui/scroll-anchor.js'

// RowWindow on its own, in a host that is nothing but a list: the table and
// the list (test/elements/long-lists.test.ts) show it at work in the kit.

interface Item {
  id: string
  /** A fixed height; without one the row is as tall as its text wraps. */
  height?: number
  text?: string
}

class RowWindowHost extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      margin: 0;
      overflow-wrap: anywhere;
    }
  `
  static override properties = { items: { attribute: false } }
  declare items: readonly Item[]
  readonly window = new RowWindow<Item>(this, (item) => item.id)
  /** What the last render asked the window for. */
  entries: WindowEntry<Item>[] = []

  constructor() {
    super()
    this.items = []
  }

  override render() {
    this.entries = this.window.slice(this.items)
    return litHtml`<ul>
      ${repeat(
        this.entries,
        (e) => ('gap' in e ? e.key : e.item.id),
        (e) =>
          'gap' in e
            ? spacerItem(e.gap)
            : litHtml`<li data-id=${e.item.id} tabindex="0" style=${e.item.height ? `height:${e.item.height}px` : ''}>${e.item.text ?? e.item.id}</li>`,
      )}
    </ul>`
  }
}
customElements.define('row-window-host', RowWindowHost)

const ROW = 30
const fixed = (n: number): Item[] => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, height: ROW }))
const rows = (host: RowWindowHost) => [...host.shadowRoot!.querySelectorAll<HTMLElement>('li[data-id]')]
const ids = (host: RowWindowHost) => rows(host).map((r) => r.dataset['id']!)
const index = (id: string) => Number(id.slice(1))
const gaps = (host: RowWindowHost) => host.entries.flatMap((e) => ('gap' in e ? [e.gap] : []))
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
/** Frames until the window has measured and followed (it renders again after the first paint). */
const settled = async (host: RowWindowHost) => {
  let last = ''
  for (let i = 0; i < 100; i++) {
    await frame()
    // Rows wanted only for the margin render in a task after the frame.
    await new Promise((r) => setTimeout(r))
    const now = `${ids(host).join()}|${gaps(host).join()}`
    if (now === last) return
    last = now
  }
  throw new Error('the window never settled')
}

/** The rows whose boxes the scroller shows. */
const inView = (host: RowWindowHost, scroller: HTMLElement) => {
  const view = scroller.getBoundingClientRect()
  return rows(host).filter((r) => {
    const box = r.getBoundingClientRect()
    return box.bottom > view.top && box.top < view.bottom
  })
}

async function mount(items: Item[], width = 400, scrollerStyle = '') {
  const scroller = await fixture<HTMLDivElement>(html`<div style="height: 400px; width: ${width}px; overflow: auto; ${scrollerStyle}">
    <row-window-host .items=${items}></row-window-host>
  </div>`)
  const host = scroller.querySelector<RowWindowHost>('row-window-host')!
  await settled(host)
  return { scroller, host }
}

describe('RowWindow', () => {
  before(() => setViewport({ width: 800, height: 600 }))

  it('renders only the rows near the viewport, and spacers that keep the list its full height', async () => {
    const { scroller, host } = await mount(fixed(5000))
    expect(ids(host)[0]).to.equal('r0')
    expect(rows(host).length).to.be.within(20, 80)
    // Rendered rows plus spacers are as tall as all 5,000 rows.
    expect(scroller.scrollHeight).to.be.closeTo(5000 * ROW, 2)
    const end = host.entries.at(-1)!
    expect('gap' in end && end.key).to.equal('gap-end')
    expect(gaps(host).reduce((a, b) => a + b, 0) + rows(host).length * ROW).to.be.closeTo(5000 * ROW, 1)

    scroller.scrollTop = 2500 * ROW
    await settled(host)
    const shown = inView(host, scroller).map((r) => index(r.dataset['id']!))
    expect(shown[0]).to.be.within(2498, 2501)
    // Every row the scroller shows is rendered, one after another, and the list kept its height.
    expect(shown.length).to.be.at.least(400 / ROW)
    shown.forEach((n, i) => expect(n).to.equal(shown[0]! + i))
    expect(rows(host).length).to.be.within(20, 80)
    expect(ids(host)).not.to.include('r0')
    expect(scroller.scrollHeight).to.be.closeTo(5000 * ROW, 2)
    // The spacer above the window stands for exactly the rows before it.
    expect(gaps(host)[0]).to.be.closeTo(index(ids(host)[0]!) * ROW, 1)
  })

  it('estimates the rows not yet rendered from the ones measured, and reaches the last row', async () => {
    // Mixed heights: every fifth row is three times as tall.
    const items = Array.from({ length: 3000 }, (_, i) => ({ id: `r${i}`, height: i % 5 === 0 ? 3 * ROW : ROW }))
    const { scroller, host } = await mount(items)
    scroller.scrollTop = scroller.scrollHeight
    await waitUntil(() => ids(host).includes('r2999'), 'the last row rendered', { timeout: 5000 })
    await settled(host)
    scroller.scrollTop = scroller.scrollHeight
    await settled(host)
    const last = rows(host).at(-1)!
    expect(last.dataset['id']).to.equal('r2999')
    expect(last.getBoundingClientRect().bottom).to.be.closeTo(scroller.getBoundingClientRect().bottom, 2)
  })

  it('keeps the focused row rendered wherever the list scrolls, and lets it go once focus leaves', async () => {
    const { scroller, host } = await mount(fixed(5000))
    const focused = rows(host)[5]!
    focused.focus()
    // WebKit scrolls a newly focused element into view a frame later, undoing
    // a scroll made in between; a reader's own scroll comes later than that.
    await frame()
    scroller.scrollTop = 4000 * ROW
    await settled(host)
    expect(host.shadowRoot!.activeElement === focused, 'focus kept').to.equal(true)
    expect(focused.isConnected).to.equal(true)
    // Pinned before the window, with a spacer on each side: it keeps its place in the list.
    const order = host.entries.map((e) => ('gap' in e ? 'gap' : e.index))
    expect(order.slice(0, 3)).to.deep.equal(['gap', 5, 'gap'])
    expect(focused.getBoundingClientRect().top - rows(host)[0]!.getBoundingClientRect().top).to.equal(0)
    expect(scroller.scrollHeight).to.be.closeTo(5000 * ROW, 2)

    focused.blur()
    scroller.scrollTop = 3000 * ROW
    await settled(host)
    expect(focused.isConnected).to.equal(false)
    expect(host.entries.filter((e) => 'index' in e && e.index === 5)).to.deep.equal([])
  })

  /** A side panel opens beside the list, deep in it: every row rewraps to more lines. */
  async function rewrap(scrollerStyle = '') {
    const text = (i: number) => `Row ${i} ${'with words that wrap '.repeat(1 + (i % 4))}`
    const items = Array.from({ length: 3000 }, (_, i) => ({ id: `r${i}`, text: text(i) }))
    const scroller = await fixture<HTMLDivElement>(html`<div style="height: 400px; width: 500px; overflow: auto; ${scrollerStyle}">
      <div style="display: flex; align-items: flex-start">
        <aside style="flex: none; width: 0"></aside>
        <row-window-host style="flex: 1; min-width: 0" .items=${items}></row-window-host>
      </div>
    </div>`)
    const host = scroller.querySelector<RowWindowHost>('row-window-host')!
    await settled(host)
    scroller.scrollTop = scroller.scrollHeight * 0.4
    await settled(host)
    // The reader scrolls on a little. (Right after a jump into a spacer the
    // browser has no scroll anchor yet, and it picks one only on a scroll.)
    scroller.scrollTop += 10
    await settled(host)
    const top = () => scroller.getBoundingClientRect().top
    const first = () => index(inView(host, scroller).find((r) => r.getBoundingClientRect().top >= top())!.dataset['id']!)
    const before = first()
    const above = gaps(host)[0]
    scroller.querySelector<HTMLElement>('aside')!.style.width = '250px'
    await settled(host)
    expect(Math.abs(first() - before), `was at r${before}, now at r${first()}`).to.be.at.most(1)
    // The rows above the window keep their estimates until they are measured again.
    expect(gaps(host)[0]).to.be.closeTo(above!, 1)
    // And the rows still cover the scroller, one after another.
    const shown = inView(host, scroller)
    expect(shown[0]!.getBoundingClientRect().top).to.be.at.most(top())
    expect(shown.at(-1)!.getBoundingClientRect().bottom).to.be.at.least(scroller.getBoundingClientRect().bottom)
    shown.forEach((r, i) => expect(index(r.dataset['id']!)).to.equal(index(shown[0]!.dataset['id']!) + i))
  }

  it('keeps the first visible row when a new width rewraps the rows', async () => {
    // Where the browser anchors scrolling (Chromium, Firefox) it does this;
    // in WebKit, which does not, the window's own anchor does.
    await rewrap()
  })

  describe('where the browser has no scroll anchoring (as WebKit)', () => {
    // Told so, and with the browser's own anchoring off, every engine runs
    // the window's own anchor (src/ui/scroll-anchor.ts).
    const supports = CSS.supports.bind(CSS)
    beforeEach(() => {
      CSS.supports = ((...args: [string, string?]) => (/overflow-anchor/.test(args[0]) ? false : supports(...(args as [string, string])))) as typeof CSS.supports
    })
    afterEach(() => (CSS.supports = supports))

    it('keeps the first visible row when a new width rewraps the rows', async () => {
      expect(hasNativeScrollAnchoring()).to.equal(false)
      await rewrap('overflow-anchor: none')
    })

    it('stays where the reader jumped to while the window moves there', async () => {
      // (With no row in view before the move, it keeps the scroller's position.)
      const { scroller, host } = await mount(fixed(5000), 400, 'overflow-anchor: none')
      for (const at of [4000, 1500, 4500]) {
        scroller.scrollTop = at * ROW
        await settled(host)
        const shown = inView(host, scroller).map((r) => index(r.dataset['id']!))
        expect(shown[0], `jumped to r${at}`).to.be.within(at - 1, at + 1)
        expect(shown.length).to.be.at.least(400 / ROW)
      }
    })

    it('keeps the rows in view in place when rows above them in the window change height', async () => {
      const items = fixed(3000)
      const { scroller, host } = await mount(items, 400, 'overflow-anchor: none')
      scroller.scrollTop = 1000 * ROW + 5
      await settled(host)
      const firstShown = () => inView(host, scroller)[1]!
      const id = firstShown().dataset['id']!
      const at = firstShown().getBoundingClientRect().top
      // Rows rendered above the viewport grow (a poll brings longer names).
      const rendered = new Set(ids(host))
      host.items = items.map((item) => (rendered.has(item.id) && index(item.id) < index(id) - 2 ? { ...item, height: 2 * ROW } : item))
      await settled(host)
      const row = rows(host).find((r) => r.dataset['id'] === id)!
      expect(row.getBoundingClientRect().top, `r${index(id)} where it was`).to.be.closeTo(at, 1)
    })
  })

  it('shows every row of a short list, also after it grows', async () => {
    const { host } = await mount(fixed(3))
    expect(ids(host)).to.deep.equal(['r0', 'r1', 'r2'])
    expect(gaps(host).every((g) => g === 0)).to.equal(true)
    host.items = fixed(12)
    await settled(host)
    expect(ids(host)).to.have.length(12)
  })

  it('does not render again while nothing moves, nor for the same rows in a new array', async () => {
    const { scroller, host } = await mount(fixed(5000))
    scroller.scrollTop = 1000 * ROW
    await settled(host)
    let updates = 0
    host.addController({ hostUpdated: () => void updates++ })
    await frame()
    await frame()
    expect(updates, 'updates while idle').to.equal(0)
    const before = ids(host).join()
    host.items = fixed(5000) // a poll: the same rows in a new array
    await settled(host)
    expect(updates, 'updates for one poll').to.be.at.most(2)
    expect(ids(host).join()).to.equal(before)
  })
})

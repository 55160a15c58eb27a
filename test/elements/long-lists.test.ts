// Checks the row window (src/ui/row-window.ts, watch-position.ts) as the
// table and the list drive it in real layout: kept across both elements
// because they share its scrolling fixtures and must window alike.
import { expect, fixture, html, waitUntil } from '@open-wc/testing'
import { setViewport } from '@web/test-runner-commands'
import type { AccessCode } from '@seamapi/types/connect'
import '../../src/elements/access-code-table/define.js'
import '../../src/elements/unmanaged-code-list/define.js'
import type { UnmanagedCodeList } from '../../src/elements/unmanaged-code-list/unmanaged-code-list.js'
import type { AccessCodeTable } from '../../src/elements/access-code-table/access-code-table.js'
import { resetSessions } from '../../src/state/registry.js'
import { managedCode, stubClient, unmanagedCode } from '../helpers/stub-client.js'

// In WebKit the page (or the enclosing scroller) once jumped to the top when
// the row window moved under `:host { container-type: inline-size }`, and
// WebKit has no scroll anchoring to hold the reader's rows: the row window's
// own anchor (src/ui/scroll-anchor.ts) does both there, and these tests,
// scrolling the table through, prove it in WebKit.

// 10,000 codes: only the rows near the viewport are in the DOM, the page
// scrolls through all of them, and search and sort work over every code.

const rows = (el: AccessCodeTable | UnmanagedCodeList) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]')]
const ids = (el: AccessCodeTable | UnmanagedCodeList) => rows(el).map((r) => r.dataset['id'])
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
const pad = (i: number) => String(i).padStart(5, '0')
/**
 * Back to the top of the page, once the window has followed. The last test's
 * page may still be scrolled when this one's element grows the page again,
 * and how many frames the window takes to follow depends on the machine.
 */
const toTop = async (el: AccessCodeTable | UnmanagedCodeList) => {
  // Asked again until it holds: a scroll left by the last test can come back
  // once (scroll anchoring), when this element grows the page under it.
  await waitUntil(() => {
    if (scrollY !== 0) scrollTo(0, 0)
    return scrollY === 0 && rows(el)[0]?.dataset['id']?.endsWith('00000')
  }, 'window back at the first row')
  await frame()
}

/** Codes of mixed heights: every seventh has a long name and two issues. */
const codes = (n: number): AccessCode[] =>
  Array.from({ length: n }, (_, i) =>
    managedCode({
      access_code_id: `c${pad(i)}`,
      name: i % 7 === 3 ? `Guest ${pad(i)} with a very long name that wraps onto more lines in a narrow column of the table` : `Guest ${pad(i)}`,
      code: String(100000 + i),
      ...(i % 7 === 3 && {
        errors: [{ error_code: 'failed_to_set_on_device', message: 'm', created_at: '' } as never],
        warnings: [{ warning_code: 'delay_in_setting_on_device', message: 'w', created_at: '' } as never],
      }),
    }),
  )

describe('<access-code-table> with 10,000 codes', () => {
  before(() => setViewport({ width: 1000, height: 700 }))
  after(() => setViewport({ width: 800, height: 600 }))
  beforeEach(() => resetSessions())

  const mount = async (n = 10_000) => {
    const el = await fixture<AccessCodeTable>(html`<access-code-table device-id="d1" .accessCodes=${codes(n)} disable-delete></access-code-table>`)
    await toTop(el)
    return el
  }

  it('keeps as many rows in the DOM as the viewport needs, and says where they sit in the whole', async () => {
    const el = await mount()
    expect(rows(el).length).to.be.within(20, 60)
    expect(ids(el)[0]).to.equal('c00000')
    expect(el.shadowRoot!.querySelector('table')!.getAttribute('aria-rowcount')).to.equal('10001')
    expect(rows(el)[5]!.getAttribute('aria-rowindex')).to.equal('7')
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.match(/10000 codes/)
    // The spacers give the page the height of every row, so its scrollbar is true.
    expect(document.scrollingElement!.scrollHeight).to.be.greaterThan(10_000 * 30)
    await expect(el).to.be.accessible()
  })

  it('renders the rows under the viewport wherever the page scrolls, with no gap or overlap', async () => {
    const el = await mount()
    const table = el.shadowRoot!.querySelector('table')!
    for (const fraction of [0.5, 0.9999, 0.2]) {
      scrollTo(0, (document.scrollingElement!.scrollHeight - innerHeight) * fraction)
      await frame()
      const rendered = rows(el)
      expect(rendered.length, `rows at ${fraction}`).to.be.within(20, 60)
      const visible = rendered.filter((r) => {
        const box = r.getBoundingClientRect()
        return box.bottom > 0 && box.top < innerHeight
      })
      expect(visible.length, `visible rows at ${fraction}`).to.be.greaterThan(5)
      // Rendered rows cover the whole viewport below the table's top.
      expect(rendered[0]!.getBoundingClientRect().top).to.be.at.most(Math.max(0, table.getBoundingClientRect().top))
      expect(rendered.at(-1)!.getBoundingClientRect().bottom).to.be.at.least(innerHeight)
      for (let i = 1; i < rendered.length; i++) {
        expect(Math.abs(rendered[i]!.getBoundingClientRect().top - rendered[i - 1]!.getBoundingClientRect().bottom)).to.be.below(2)
      }
    }
    scrollTo(0, document.scrollingElement!.scrollHeight)
    await waitUntil(() => ids(el).includes('c09999'), 'scrolled to c09999')
    expect(ids(el)).not.to.include('c00000')
  })

  it('searches and sorts all 10,000 codes, not only the rendered ones', async () => {
    const el = await mount()
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('[part=search]')!
    search.value = 'guest 09998'
    search.dispatchEvent(new Event('input'))
    await el.updateComplete
    expect(ids(el)).to.deep.equal(['c09998'])
    search.value = ''
    search.dispatchEvent(new Event('input'))
    await el.updateComplete
    const byName = el.shadowRoot!.querySelector<HTMLButtonElement>('th button.sort')!
    byName.click()
    await el.updateComplete
    byName.click() // descending
    await el.updateComplete
    await frame()
    expect(ids(el)[0]).to.equal('c09999')
    expect(rows(el).length).to.be.within(20, 60)
  })

  it('keeps the focused row rendered wherever the page scrolls, in its place', async () => {
    const el = await mount()
    const focused = rows(el)[5]!
    focused.focus()
    const top = focused.getBoundingClientRect().top + scrollY
    for (const y of [200_000, 400_000]) {
      scrollTo(0, y)
      await frame()
      await frame()
      // Booleans, not elements: a failing comparison of DOM nodes makes the runner serialise the whole page.
      expect(el.shadowRoot!.activeElement === focused, `focus kept at ${y}`).to.equal(true)
      expect(focused.isConnected).to.equal(true)
      // The window itself still covers the viewport, its rows meeting.
      const window = rows(el).filter((r) => r !== focused)
      expect(window[0]!.getBoundingClientRect().top).to.be.at.most(0)
      expect(window.at(-1)!.getBoundingClientRect().bottom).to.be.at.least(innerHeight)
      for (let i = 1; i < window.length; i++) {
        expect(Math.abs(window[i]!.getBoundingClientRect().top - window[i - 1]!.getBoundingClientRect().bottom)).to.be.below(2)
      }
    }
    // Still where it was in the page.
    expect(focused.getBoundingClientRect().top + scrollY).to.be.closeTo(top, 2)
    scrollTo(0, 0)
    await waitUntil(() => rows(el)[5] === focused, 'the same row, back in its place')
    // Once focus leaves the element, the row may go like any other.
    focused.blur()
    scrollTo(0, 300_000)
    await frame()
    await frame()
    expect(focused.isConnected).to.equal(false)
  })

  it('reads a page\'s own codes afresh when it edits one in place and hands the array again', async () => {
    const data = codes(50)
    const el = await fixture<AccessCodeTable>(html`<access-code-table device-id="d1" .accessCodes=${data} disable-delete></access-code-table>`)
    data[0]!.name = 'Zed renamed'
    data[0]!.errors = [{ error_code: 'failed_to_set_on_device', message: 'm', created_at: '' } as never]
    el.accessCodes = [...data]
    await el.updateComplete
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('[part=search]')!
    search.value = 'zed'
    search.dispatchEvent(new Event('input'))
    await el.updateComplete
    expect(ids(el)).to.deep.equal(['c00000'])
    expect(rows(el)[0]!.querySelectorAll('[part~=issue]')).to.have.length(1)
    // Seven of the fifty had issues; the edit makes eight.
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.match(/ 8 with issues/)
  })

  it('moves its rows every few scroll steps, not on each one, and never leaves the viewport bare', async () => {
    const el = await mount()
    let moves = 0
    let held = ids(el).join()
    // A smooth scroll: 60 px a frame for 60 frames, about 75 rows.
    for (let step = 1; step <= 60; step++) {
      scrollTo(0, step * 60)
      await new Promise((r) => requestAnimationFrame(r))
      await new Promise((r) => setTimeout(r))
      const now = ids(el).join()
      if (now !== held) moves++
      held = now
      const visible = rows(el).filter((r) => {
        const box = r.getBoundingClientRect()
        return box.bottom > 0 && box.top < innerHeight
      })
      expect(visible.at(-1)!.getBoundingClientRect().bottom, `rows reach the viewport's bottom at step ${step}`).to.be.at.least(innerHeight)
    }
    // Following each step would move the window in nearly all 60 frames.
    expect(moves, 'frames that changed the rows').to.be.within(1, 20)
  })

  it('keeps its rows when nothing scrolls and new data arrives (a poll)', async () => {
    const el = await mount(500)
    scrollTo(0, 4000)
    await frame()
    const before = ids(el)
    el.accessCodes = codes(500)
    await el.updateComplete
    await frame()
    expect(ids(el)).to.deep.equal(before)
  })
})

describe('<unmanaged-code-list> with 5,000 codes', () => {
  beforeEach(() => resetSessions())

  it('keeps a screenful of rows in the DOM and reaches the last code by scrolling', async () => {
    const unmanaged = Array.from({ length: 5000 }, (_, i) => unmanagedCode({ access_code_id: `u${pad(i)}`, name: `Old code ${pad(i)}` }))
    const stub = stubClient({ unmanaged })
    const el = await fixture<UnmanagedCodeList>(html`<unmanaged-code-list device-id="d1" poll-interval="0" .client=${stub.client}></unmanaged-code-list>`)
    await waitUntil(() => rows(el).length > 0, 'list loaded')
    await toTop(el)
    expect(rows(el).length).to.be.within(10, 60)
    expect(ids(el)[0]).to.equal('u00000')
    expect(el.shadowRoot!.querySelector('.bulk button')!.textContent).to.match(/5000/)
    // Assistive technology hears the whole list, not the 20 items in the DOM.
    expect(rows(el)[3]!.getAttribute('aria-setsize')).to.equal('5000')
    expect(rows(el)[3]!.getAttribute('aria-posinset')).to.equal('4')
    // Items stay where they are in the page when the spacer above them appears.
    const pageTop = (id: string) => rows(el).find((r) => r.dataset['id'] === id)!.getBoundingClientRect().top + scrollY
    // Near the end of the rows rendered: far enough that the rows above no
    // longer cover the margin, whatever height an engine's fonts give a row.
    const probe = ids(el)[ids(el).length - 3]!
    const at = pageTop(probe)
    scrollTo(0, at - 100)
    await frame()
    await frame()
    expect(ids(el)[0], 'the window moved on').not.to.equal('u00000')
    expect(pageTop(probe)).to.be.closeTo(at, 1)
    await toTop(el)
    // A jump half way down (a dragged scrollbar) lands half way through.
    scrollTo(0, document.scrollingElement!.scrollHeight / 2)
    await frame()
    await frame()
    expect(Number(ids(el)[0]!.slice(1)), 'first item after a jump to the middle').to.be.within(1500, 3500)
    await toTop(el)
    // The page is as tall as every row, measured, before anyone scrolls.
    const height = document.scrollingElement!.scrollHeight
    scrollTo(0, height)
    await frame()
    await frame()
    expect(document.scrollingElement!.scrollHeight).to.be.closeTo(height, height * 0.01)
    expect(ids(el)).to.include('u04999')
    expect(rows(el).length).to.be.within(10, 60)
    await expect(el).to.be.accessible()
  })
})

describe('a long list loading progressively', () => {
  beforeEach(() => resetSessions())

  it('shows the first page at once and says more are coming until the last page is in', async () => {
    const all = codes(600)
    let release!: () => void
    const lastPage = new Promise<void>((r) => (release = r))
    const stub = stubClient()
    stub.client.accessCodes.list = async (_params, options) => {
      // Synchronously, as a cache would: the table must still show it.
      options?.onPage?.(all.slice(0, 250), false)
      await lastPage
      options?.onPage?.(all.slice(250), true)
      return all
    }
    const el = await fixture<AccessCodeTable>(html`<access-code-table device-id="d1" poll-interval="0" .client=${stub.client}></access-code-table>`)
    const summary = () => el.shadowRoot!.querySelector('.summary')?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
    await waitUntil(() => rows(el).length > 0, 'first page shown')
    await toTop(el)
    expect(summary()).to.match(/^250 codes/).and.include('Loading more codes')
    expect(ids(el)[0]).to.equal('c00000')
    release()
    await waitUntil(() => /^600 codes/.test(summary()), 'last page in')
    expect(summary()).not.to.include('Loading more codes')
  })
})

/** A panel that scrolls inside its own shadow root, around whatever is slotted into it. */
class ScrollPanel extends HTMLElement {
  constructor() {
    super()
    this.attachShadow({ mode: 'open' }).innerHTML = '<div class="scroller" style="height: 400px; overflow: auto"><slot></slot></div>'
  }
}
customElements.define('test-scroll-panel', ScrollPanel)
/** Gets its scroller (a shadow root) only after the table inside has connected. */
customElements.define('test-tall-panel', class extends HTMLElement {})

describe('the row window in other places', () => {
  beforeEach(() => resetSessions())

  it('follows a scroller inside another component\'s shadow root, around a slotted table', async () => {
    const panel = await fixture<ScrollPanel>(html`<test-scroll-panel
      ><access-code-table device-id="d1" .accessCodes=${codes(3000)} disable-delete></access-code-table
    ></test-scroll-panel>`)
    const el = panel.querySelector('access-code-table')!
    await frame()
    const scroller = panel.shadowRoot!.querySelector<HTMLElement>('.scroller')!
    scroller.scrollTop = scroller.scrollHeight
    await waitUntil(() => ids(el).includes('c02999'), 'scrolled to c02999')
    expect(rows(el).length).to.be.within(10, 60)
  })

  it('follows a scroller whose component is defined after the table connected (a lazy drawer)', async () => {
    // The panel must be in view: a page scroll left by an earlier test (the
    // rows' heights decide where it ends) would put it above the viewport,
    // where no row of it is visible whatever the window does.
    scrollTo(0, 0)
    const panel = await fixture(html`<test-late-panel
      ><access-code-table device-id="d1" .accessCodes=${codes(3000)} disable-delete></access-code-table
    ></test-late-panel>`)
    const el = panel.querySelector('access-code-table')!
    await frame()
    customElements.define('test-late-panel', class extends ScrollPanel {})
    await frame()
    const scroller = panel.shadowRoot!.querySelector<HTMLElement>('.scroller')!
    scroller.scrollTop = scroller.scrollHeight / 2
    await frame()
    await frame()
    await frame()
    const shown = rows(el).filter((r) => {
      const box = r.getBoundingClientRect()
      const view = scroller.getBoundingClientRect()
      return box.bottom > view.top && box.top < view.bottom
    })
    expect(shown.length, 'rows visible in the scroller').to.be.greaterThan(3)
  })

  it('keeps narrow cards (each row a block with its labels) without gaps or overlaps', async () => {
    await setViewport({ width: 480, height: 700 })
    try {
      const el = await fixture<AccessCodeTable>(html`<access-code-table device-id="d1" .accessCodes=${codes(2000)} disable-delete></access-code-table>`)
      await toTop(el)
      expect(getComputedStyle(rows(el)[0]!).display).to.equal('block')
      // Half way down a page still sized by the first estimate is another
      // place than half way down the measured one: on a busy machine the
      // first measurement can come after toTop.
      let height = 0
      await waitUntil(async () => {
        const last = height
        await frame()
        height = document.scrollingElement!.scrollHeight
        return height === last
      }, 'page height settles', { timeout: 5000 })
      scrollTo(0, document.scrollingElement!.scrollHeight / 2)
      await frame()
      await frame()
      const rendered = rows(el)
      expect(rendered.length).to.be.within(5, 60)
      // Half way down the page is half way through the codes (a spacer
      // taken as the scroll anchor once carried the reader to the end).
      expect(Number(ids(el)[0]!.slice(1))).to.be.within(600, 1400)
      expect(rendered[0]!.getBoundingClientRect().top).to.be.at.most(0)
      expect(rendered.at(-1)!.getBoundingClientRect().bottom).to.be.at.least(innerHeight)
      for (let i = 1; i < rendered.length; i++) {
        // Cards are one margin apart, never overlapping.
        const gap = rendered[i]!.getBoundingClientRect().top - rendered[i - 1]!.getBoundingClientRect().bottom
        expect(gap).to.be.within(0, 20)
      }
      scrollTo(0, document.scrollingElement!.scrollHeight)
      await waitUntil(() => ids(el).includes('c01999'), 'scrolled to c01999')
    } finally {
      await setViewport({ width: 800, height: 600 })
    }
  })

  it('holds still with cards taller than the margin: no re-render while idle or for a poll', async () => {
    // Narrow cards (~150 px) make the viewport and its margin fewer rows than
    // MIN_ROWS; padded ranges never "held" and each call re-rendered 5 times.
    await setViewport({ width: 480, height: 700 })
    try {
      const el = await fixture<AccessCodeTable>(html`<access-code-table device-id="d1" .accessCodes=${codes(3000)} disable-delete></access-code-table>`)
      await toTop(el)
      // Firefox measures the first cards a few frames later than Chromium:
      // until then the page is a third of its height and "the middle" is near the top.
      let height = 0
      await waitUntil(async () => {
        const last = height
        await frame()
        height = document.scrollingElement!.scrollHeight
        return height === last
      }, 'page height settles', { timeout: 5000 })
      scrollTo(0, document.scrollingElement!.scrollHeight / 2)
      await waitUntil(() => Number(ids(el)[0]!.slice(1)) > 300, 'window followed')
      await frame()
      await frame()
      // In the middle, where ranges are not cut short by either end.
      expect(Number(ids(el)[0]!.slice(1))).to.be.within(500, 2500)
      let updates = 0
      el.addController({ hostUpdated: () => void updates++ })
      await new Promise((r) => setTimeout(r, 200))
      expect(updates, 'updates while idle').to.equal(0)
      const before = ids(el).join()
      el.accessCodes = codes(3000) // a poll: the same codes in a new array
      await new Promise((r) => setTimeout(r, 200))
      expect(updates, 'updates for one poll').to.be.at.most(2)
      expect(ids(el).join()).to.equal(before)
    } finally {
      await setViewport({ width: 800, height: 600 })
    }
  })

  /**
   * Gives `panel` a shadow-root scroller taller than the viewport (so only
   * the edge rows' observer hears it), scrolls it 20 px a frame, and lists
   * the steps where the rendered rows end above the viewport's bottom.
   */
  const scrollInTallPanel = async (panel: HTMLElement, el: AccessCodeTable | UnmanagedCodeList, steps: number) => {
    await frame()
    panel.attachShadow({ mode: 'open' }).innerHTML = `<div class="scroller" style="height: ${innerHeight + 400}px; overflow: auto"><slot></slot></div>`
    await frame()
    const scroller = panel.shadowRoot!.querySelector<HTMLElement>('.scroller')!
    const bare: string[] = []
    for (let step = 1; step <= steps; step++) {
      scroller.scrollTop = step * 20
      await frame()
      const last = rows(el).at(-1)!.getBoundingClientRect().bottom
      if (last < innerHeight - 1) bare.push(`step ${step}: last row ends at ${Math.round(last)}`)
    }
    return bare
  }

  it('follows a slow scroll in a scroller taller than the viewport that only its edges\' observer can hear', async () => {
    // The last row enters the observer's margin once while the window still
    // holds; the observer must say so again when the row is wholly inside.
    scrollTo(0, 0)
    const panel = await fixture<HTMLElement>(html`<test-tall-panel
      ><access-code-table device-id="d1" .accessCodes=${codes(3000)} disable-delete></access-code-table
    ></test-tall-panel>`)
    const bare = await scrollInTallPanel(panel, panel.querySelector('access-code-table')!, 100)
    expect(bare, 'steps where the rows end above the viewport\'s bottom').to.deep.equal([])
  })

  it('follows such a scroller also when a theme sets a wide gap between items', async () => {
    // A row's offset counts the gap after it, the observer sees only its box.
    scrollTo(0, 0)
    const unmanaged = Array.from({ length: 3000 }, (_, i) => unmanagedCode({ access_code_id: `u${pad(i)}`, name: `Old code ${pad(i)}` }))
    const stub = stubClient({ unmanaged })
    const panel = await fixture<HTMLElement>(html`<test-tall-panel
      ><unmanaged-code-list style="--seam-space: 24px" device-id="d1" poll-interval="0" .client=${stub.client}></unmanaged-code-list
    ></test-tall-panel>`)
    const el = panel.querySelector('unmanaged-code-list')!
    await waitUntil(() => rows(el).length > 0, 'list loaded')
    const bare = await scrollInTallPanel(panel, el, 150)
    expect(bare, 'steps where the items end above the viewport\'s bottom').to.deep.equal([])
  })

  it('follows the page again when moved in the DOM in the middle of a scroll', async () => {
    const box = await fixture<HTMLDivElement>(html`<div><access-code-table device-id="d1" .accessCodes=${codes(3000)} disable-delete></access-code-table></div>`)
    const el = box.querySelector('access-code-table')!
    await toTop(el)
    for (let step = 1; step <= 10; step++) {
      scrollTo(0, step * 250)
      await new Promise((r) => requestAnimationFrame(r))
      el.remove()
      box.append(el)
      await frame()
      expect(rows(el).at(-1)!.getBoundingClientRect().bottom, `step ${step}`).to.be.at.least(innerHeight - 1)
    }
  })

  it('keeps the viewport covered through shrinking, growing, searching, sorting and resizing deep in the list', async () => {
    const el = await fixture<AccessCodeTable>(html`<access-code-table device-id="d1" .accessCodes=${codes(5000)} disable-delete></access-code-table>`)
    await toTop(el)
    const bare: string[] = []
    const check = async (what: string) => {
      await frame()
      await new Promise((r) => setTimeout(r, 50))
      await frame()
      const r = rows(el)
      const body = el.shadowRoot!.querySelector('tbody')!.getBoundingClientRect()
      const ok = r.length > 0 && r[0]!.getBoundingClientRect().top <= Math.max(0, body.top) + 1 && r.at(-1)!.getBoundingClientRect().bottom >= Math.min(innerHeight, body.bottom) - 1
      if (!ok) bare.push(`${what} (first ${ids(el)[0]}, ${r.length} rows, scrollY ${scrollY})`)
    }
    try {
      scrollTo(0, 100_000)
      await check('deep')
      el.accessCodes = codes(2100)
      await check('shrunk to 2,100')
      el.accessCodes = codes(5000)
      await check('grown to 5,000')
      scrollTo(0, 100_000)
      const search = el.shadowRoot!.querySelector<HTMLInputElement>('[part=search]')!
      for (const q of ['guest 0209', 'guest 02', '']) {
        search.value = q
        search.dispatchEvent(new Event('input'))
        await check(`search "${q}"`)
      }
      scrollTo(0, 100_000)
      el.shadowRoot!.querySelector<HTMLButtonElement>('th button.sort')!.click()
      await check('sorted')
      rows(el)[3]!.focus()
      scrollTo(0, 30_000)
      await check('focused row pinned below the window')
      await setViewport({ width: 1000, height: 1200 })
      await check('taller viewport')
      await setViewport({ width: 700, height: 500 })
      await check('narrower, shorter viewport')
    } finally {
      await setViewport({ width: 800, height: 600 })
    }
    expect(bare).to.deep.equal([])
  })

  it('keeps the reader on the same rows when its width changes deep in the list', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><access-code-table device-id="d1" .accessCodes=${codes(5000)} disable-delete></access-code-table></div>`)
    const el = box.querySelector('access-code-table')!
    scrollTo(0, 60_000)
    await frame()
    await frame()
    const firstInView = () => rows(el).find((r) => r.getBoundingClientRect().top >= 0)!
    const before = firstInView().dataset['id']!
    box.style.width = '700px' // a side panel opens; long names now wrap
    await frame()
    await frame()
    await frame()
    const at = Number(before.slice(1))
    const after = Number(firstInView().dataset['id']!.slice(1))
    expect(Math.abs(after - at), `was at ${before}, now at c${after}`).to.be.at.most(2)
    const rendered = rows(el)
    expect(rendered[0]!.getBoundingClientRect().top).to.be.at.most(0)
    expect(rendered.at(-1)!.getBoundingClientRect().bottom).to.be.at.least(innerHeight)
  })
})

// Scroll anchoring for the row window where the browser has none.
//
// The row window swaps rows for spacers and back, and rows change height
// once measured or rewrapped; what keeps the reader on the same rows through
// all that is the browser's scroll anchoring (CSS `overflow-anchor`), which
// Chromium and Firefox have and WebKit (Safari; WebKitGTK 2.50 here) does not.
// There, too, the render that swaps the table's rows under its host's
// `container-type: inline-size` drops the page's scroll position to the top
// (seen in WebKitGTK 2.50: the page is as tall before and after, yet
// scrollY is 0 once the new rows are laid out), and nothing brings it back.
// So where `overflow-anchor` is missing, the window anchors
// itself: it remembers the first row the reader sees, and after each change
// of its own it scrolls by as much as that row moved within the list (or,
// with no row in view, back to where the scroller was).

/** Whether the browser anchors scrolling itself; feature-detected, never by engine. */
export const hasNativeScrollAnchoring = (): boolean => globalThis.CSS?.supports?.('overflow-anchor', 'auto') === true

interface Snapshot {
  scroller: Element
  scrollTop: number
  /** The row in view, by its `data-id`, and its top relative to the host's top. */
  id: string | undefined
  offset: number
}

export class ScrollAnchor {
  readonly #host: HTMLElement
  readonly #rows: () => HTMLElement[]
  #snapshot: Snapshot | undefined
  /** Off where the browser does it: two anchorings would each undo the other. */
  readonly enabled = !hasNativeScrollAnchoring()

  constructor(host: HTMLElement, rows: () => HTMLElement[]) {
    this.#host = host
    this.#rows = rows
  }

  /**
   * Follows a move of the remembered row within the list since it was seen
   * (rows above it rewrapped or were measured), then remembers the row in
   * view now. Scrolling moves the row and the list together: that is no move.
   */
  hold(): void {
    if (!this.enabled) return
    const s = this.#snapshot
    const drift = s ? this.#drift(s) : 0
    if (s && Math.abs(drift) > 0.5) s.scroller.scrollTop += drift
    this.take()
  }

  /**
   * After a render of ours: the remembered row back where it was in the
   * viewport, or, if it is gone or there was none, the scroller back where it
   * was (the spacers above stand for the same rows as before).
   */
  restore(): void {
    if (!this.enabled || !this.#snapshot) return
    const s = this.#snapshot
    const target = s.scrollTop + this.#drift(s)
    if (Math.abs(s.scroller.scrollTop - target) > 0.5) s.scroller.scrollTop = target
    this.take()
  }

  /** Remembers the scroller's position and the first row the reader sees. */
  take(): void {
    if (!this.enabled || !this.#host.isConnected) return void (this.#snapshot = undefined)
    const scroller = scrollerAround(this.#host)
    const { top, bottom } = visibleBand(scroller)
    const hostTop = this.#host.getBoundingClientRect().top
    let id: string | undefined
    let offset = 0
    for (const row of this.#rows()) {
      const box = row.getBoundingClientRect()
      if (box.height === 0 || box.bottom <= top) continue
      if (box.top < bottom) {
        id = row.dataset.id
        offset = box.top - hostTop
      }
      break
    }
    this.#snapshot = { scroller, scrollTop: scroller.scrollTop, id, offset }
  }

  /** How far the remembered row moved within the list since it was seen; 0 when it is not rendered. */
  #drift(s: Snapshot): number {
    if (s.id === undefined) return 0
    const row = this.#rows().find((r) => r.dataset.id === s.id)
    if (!row) return 0
    return row.getBoundingClientRect().top - this.#host.getBoundingClientRect().top - s.offset
  }
}

/** The nearest ancestor that scrolls, through slots and shadow roots; else the page's. */
function scrollerAround(element: Element): Element {
  const page = document.scrollingElement ?? document.documentElement
  let node: Node | null = element
  while (node) {
    const parent: Node | null = (node as Element).assignedSlot ?? node.parentNode
    node = parent instanceof ShadowRoot ? parent.host : parent
    if (!(node instanceof Element) || node === document.body || node === document.documentElement) break
    const { overflowY } = getComputedStyle(node)
    if ((overflowY === 'auto' || overflowY === 'scroll' || overflowY === 'overlay') && node.scrollHeight > node.clientHeight) return node
  }
  return page
}

/** The band of the viewport a scroller shows, in viewport terms. */
function visibleBand(scroller: Element): { top: number; bottom: number } {
  const viewport = innerHeight
  if (scroller === document.scrollingElement) return { top: 0, bottom: viewport }
  const box = scroller.getBoundingClientRect()
  const top = box.top + scroller.clientTop
  return { top: Math.max(0, top), bottom: Math.min(viewport, top + scroller.clientHeight) }
}

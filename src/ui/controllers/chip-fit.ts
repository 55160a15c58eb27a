import type { ReactiveController, ReactiveElement } from 'lit'

type Host = ReactiveElement

/** One canvas for every element: it only measures text. */
let measurer: CanvasRenderingContext2D | null | undefined
const canvas = (): CanvasRenderingContext2D | null => (measurer ??= document.createElement('canvas').getContext('2d'))

/**
 * How many issue chips of a row fit whole on its one line before "+N".
 *
 * A fixed count cut the titles wherever the column was narrow ("Duplicat…",
 * "Lock offl…" at 1100 px) and left room unused where it was wide. This
 * watches the cell the chips sit in (a ResizeObserver, so it reads sizes
 * after a layout, never forcing one) and takes a rendered chip's font and
 * what a chip adds to its title (border, padding, icon), in layout pixels
 * (a zoom or transform of the page's scales both alike). Each title's width
 * is then measured once in that font with a canvas, without the DOM, so a
 * row asks in render how many chips it can show: as many as fit whole, with
 * "+N" after them; at least one, cut when even that one does not fit. A web
 * font that arrives later changes the widths, not the cell: the titles are
 * measured again then. Before anything is measured, or where nothing can be
 * (no canvas), the host's fallback count stands.
 *
 * Every row is assumed as wide as the watched one: true of the table's
 * column and of the list's rows, which share one grid template, but for a
 * row whose delete question is open (the host shows one chip there).
 */
export class ChipFit implements ReactiveController {
  readonly #host: Host
  readonly #fallback: number
  readonly #skip: string | undefined
  #observer: ResizeObserver | undefined
  #cell: Element | undefined
  /** The chips' cell's content width, 0 until measured. */
  #width = 0
  #font = ''
  #letterSpacing = 0
  /** A chip's width beyond its title's. */
  #chipExtra = 0
  /** "+N"'s width beyond its text: its border and padding. */
  #moreExtra = 0
  #gap = 0
  readonly #textWidths = new Map<string, number>()
  /** What the last render asked of rows of two or more chips, and the answers: a measurement that changes none of them renders nothing. */
  #asked: Array<[titles: readonly string[], shown: number]> = []
  readonly #fontsArrived = () => this.#remeasure(true)
  /** The chips of the row whose "+N" had focus when an update began. */
  #focusedList: Element | undefined

  /** `skip` names rows narrower than the others, never watched (the list's, while its delete question is open). */
  constructor(host: Host, fallback: number, skip?: string) {
    this.#host = host
    this.#fallback = fallback
    this.#skip = skip
    host.addController(this)
  }

  /** How many of these chip titles to show before "+N". */
  fit(titles: readonly string[]): number {
    if (titles.length < 2) return titles.length
    const shown = this.#count(titles)
    this.#asked.push([titles, shown])
    return shown
  }

  #count(titles: readonly string[]): number {
    const n = titles.length
    if (this.#width === 0 || !canvas()) return Math.min(this.#fallback, n)
    let used = -this.#gap
    const ends: number[] = []
    for (const title of titles) {
      used += this.#gap + this.#text(title) + this.#chipExtra
      ends.push(used)
    }
    for (let shown = n; shown > 1; shown--) {
      const more = shown < n ? this.#gap + this.#text(`+${n - shown}`) + this.#moreExtra : 0
      if (ends[shown - 1]! + more <= this.#width) return shown
    }
    return 1
  }

  hostConnected(): void {
    document.fonts?.addEventListener('loadingdone', this.#fontsArrived)
    // Moved to another place of the page: watch again without waiting for a render.
    if (this.#host.hasUpdated) queueMicrotask(() => this.hostUpdated())
  }

  hostUpdate(): void {
    this.#asked = []
    const active = this.#host.shadowRoot?.activeElement
    this.#focusedList = active?.matches('.chip.more') ? (active.closest('.issues') ?? undefined) : undefined
  }

  hostUpdated(): void {
    // Room for every chip of a row takes its "+N" away, and focus with it to
    // the page: it goes to the last chip of that row instead, where it was.
    const list = this.#focusedList
    this.#focusedList = undefined
    if (list?.isConnected && !list.querySelector('.chip.more')) [...list.querySelectorAll<HTMLElement>('li:not([hidden]) .chip')].at(-1)?.focus()
    const skipped = (el: Element) => this.#skip !== undefined && el.closest(this.#skip) !== null
    if (this.#cell?.isConnected && !skipped(this.#cell)) return
    // The row that held the watched cell left the window, or is one to skip: watch another, or none.
    const lines = this.#host.shadowRoot?.querySelectorAll('.issues.line') ?? []
    const cell = [...lines].find((line) => !skipped(line))?.parentElement ?? undefined
    if (this.#cell) this.#observer?.unobserve(this.#cell)
    this.#cell = cell
    if (!cell) return
    this.#observer ??= new ResizeObserver(() => this.#remeasure(false))
    this.#observer.observe(cell)
  }

  hostDisconnected(): void {
    document.fonts?.removeEventListener('loadingdone', this.#fontsArrived)
    this.#observer?.disconnect()
    this.#observer = undefined
    this.#cell = undefined
  }

  /** Reads the watched cell and a chip in it (after a layout: in a ResizeObserver's callback, or once fonts arrived). */
  #remeasure(fontsChanged: boolean): void {
    const cell = this.#cell as HTMLElement | undefined
    const chip = cell?.querySelector<HTMLElement>('.chip:not(.more)')
    const title = chip?.querySelector<HTMLElement>('.title')
    if (!cell?.isConnected || !chip || !title) return
    const px = (v: string) => parseFloat(v) || 0
    const s = getComputedStyle(cell)
    // In layout pixels, to the fraction: a page's zoom or transform scales the boxes'
    // rectangles, and offsetWidth is whole pixels (two chips cut by a pixel each).
    // The cell, the widest box, gives the scale most exactly.
    const box = cell.getBoundingClientRect().width
    if (box === 0 || cell.offsetWidth === 0) return
    const scale = box / cell.offsetWidth
    const layout = (el: Element) => el.getBoundingClientRect().width / scale
    const width = layout(cell) - px(s.paddingLeft) - px(s.paddingRight) - px(s.borderLeftWidth) - px(s.borderRightWidth) - 1
    // Not laid out (hidden): keep what was measured.
    if (width <= 0) return
    const t = getComputedStyle(title)
    const c = getComputedStyle(chip)
    const font = `${t.fontStyle} ${t.fontWeight} ${t.fontSize} ${t.fontFamily}`
    const letterSpacing = px(t.letterSpacing)
    const chipExtra = layout(chip) - layout(title)
    const moreExtra = px(c.paddingLeft) + px(c.paddingRight) + px(c.borderLeftWidth) + px(c.borderRightWidth)
    const gap = px(getComputedStyle(cell.querySelector('.issues')!).columnGap)
    if (fontsChanged || font !== this.#font || letterSpacing !== this.#letterSpacing) this.#textWidths.clear()
    this.#width = width
    this.#font = font
    this.#letterSpacing = letterSpacing
    this.#chipExtra = chipExtra
    this.#moreExtra = moreExtra
    this.#gap = gap
    if (this.#asked.some(([titles, shown]) => this.#count(titles) !== shown)) this.#host.requestUpdate()
  }

  /** A title's width in the chips' font, rounded up: a chip that fits by a fraction of a pixel is not cut. */
  #text(text: string): number {
    let width = this.#textWidths.get(text)
    if (width === undefined) {
      const context = canvas()!
      context.font = this.#font
      width = Math.ceil(context.measureText(text).width + this.#letterSpacing * text.length) + 1
      this.#textWidths.set(text, width)
    }
    return width
  }
}

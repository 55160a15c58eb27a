import type { ReactiveController, ReactiveControllerHost } from 'lit'

type Host = ReactiveControllerHost & HTMLElement

/**
 * How many issue chips of a row fit whole on its one line before "+N".
 *
 * A fixed count cut the titles wherever the column was narrow ("Duplicat…",
 * "Lock offl…" at 1100 px) and left room unused where it was wide. This
 * watches the cell the chips sit in (a ResizeObserver, so it reads sizes
 * after a layout, never forcing one) and takes a rendered chip's font and
 * what a chip adds to its title (border, padding, icon). Each title's width
 * is then measured once in that font with a canvas, without the DOM, so a
 * row asks in render how many chips it can show: as many as fit whole, with
 * "+N" after them; at least one, cut when even that one does not fit.
 * Before anything is measured, or where nothing can be (no canvas), the
 * host's fallback count stands.
 */
export class ChipFit implements ReactiveController {
  readonly #host: Host
  readonly #fallback: number
  #observer: ResizeObserver | undefined
  #cell: Element | undefined
  /** The chips' cell's content width, 0 until measured. */
  #width = 0
  #font = ''
  /** A chip's width beyond its title's. */
  #chipExtra = 0
  /** "+N"'s width beyond its text: its border and padding. */
  #moreExtra = 0
  #gap = 0
  #context: CanvasRenderingContext2D | null | undefined
  readonly #textWidths = new Map<string, number>()
  /** Whether the last render asked about a row of two or more chips, where the answer can change. */
  #askedMany = false

  constructor(host: Host, fallback: number) {
    this.#host = host
    this.#fallback = fallback
    host.addController(this)
  }

  /** How many of these chip titles to show before "+N". */
  fit(titles: readonly string[]): number {
    const n = titles.length
    if (n < 2) return n
    this.#askedMany = true
    if (this.#width === 0 || !this.#measurer()) return Math.min(this.#fallback, n)
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

  hostConnected(): void {}

  hostUpdate(): void {
    this.#askedMany = false
  }

  hostUpdated(): void {
    if (this.#cell?.isConnected) return
    // The row that held the watched cell left the window: watch another.
    const cell = this.#host.shadowRoot?.querySelector('.issues.line')?.parentElement ?? undefined
    if (!cell || cell === this.#cell) return
    this.#observer ??= new ResizeObserver((entries) => this.#measure(entries.at(-1)!))
    if (this.#cell) this.#observer.unobserve(this.#cell)
    this.#cell = cell
    this.#observer.observe(cell)
  }

  hostDisconnected(): void {
    this.#observer?.disconnect()
    this.#observer = undefined
    this.#cell = undefined
  }

  #measure(entry: ResizeObserverEntry): void {
    const width = entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width
    // Not laid out (hidden, or its row left the window): keep what was measured.
    if (width === 0) return
    const chip = entry.target.querySelector<HTMLElement>('.chip:not(.more)')
    const title = chip?.querySelector<HTMLElement>('.title')
    if (!chip || !title) return
    const t = getComputedStyle(title)
    const c = getComputedStyle(chip)
    const font = `${t.fontStyle} ${t.fontWeight} ${t.fontSize} ${t.fontFamily}`
    const px = (v: string) => parseFloat(v) || 0
    const chipExtra = chip.getBoundingClientRect().width - title.getBoundingClientRect().width
    const moreExtra = px(c.paddingLeft) + px(c.paddingRight) + px(c.borderLeftWidth) + px(c.borderRightWidth)
    const gap = px(getComputedStyle(entry.target.querySelector('.issues')!).columnGap)
    const changed =
      Math.abs(width - this.#width) >= 1 || font !== this.#font || Math.abs(chipExtra - this.#chipExtra) >= 1 || gap !== this.#gap || moreExtra !== this.#moreExtra
    if (!changed) return
    if (font !== this.#font) this.#textWidths.clear()
    this.#width = width
    this.#font = font
    this.#chipExtra = chipExtra
    this.#moreExtra = moreExtra
    this.#gap = gap
    // Rows of one chip read the same whatever the width: no render for them.
    if (this.#askedMany) this.#host.requestUpdate()
  }

  #measurer(): CanvasRenderingContext2D | null {
    if (this.#context === undefined) this.#context = document.createElement('canvas').getContext('2d')
    return this.#context
  }

  /** A title's width in the chips' font, rounded up: a chip that fits by a fraction of a pixel is not cut. */
  #text(text: string): number {
    let width = this.#textWidths.get(text)
    if (width === undefined) {
      const context = this.#measurer()!
      context.font = this.#font
      width = Math.ceil(context.measureText(text).width) + 1
      this.#textWidths.set(text, width)
    }
    return width
  }
}

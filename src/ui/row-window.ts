import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit'
import { ScrollAnchor } from './scroll-anchor.js'
import { watchPosition } from './watch-position.js'

/**
 * What to render of a long list, in order: rows (with their index in the
 * whole list) and gaps, the pixels the rows not rendered would take.
 */
export type WindowEntry<T> = { item: T; index: number } | { gap: number; key: string }

/** Rows of a guess before any is measured; the first measurement replaces it. */
const ESTIMATE_PX = 48
/** Rows kept rendered beyond each edge of the viewport, in pixels, so a fast scroll or Tab finds rows there. */
const OVERSCAN_PX = 600
/** Never fewer rows than this (a table far below the fold still shows its first rows). */
const MIN_ROWS = 20
/**
 * How much closer than half the overscan an edge row must come before its
 * observer says so, so that by then the rendered rows no longer cover the
 * margin for certain (see #stillCoversMargin, which also counts the space
 * between rows, where the observer sees only a row's box).
 */
const EDGE_SLACK_PX = 16
/** Re-renders a measurement may cause in a row, so estimates that keep moving cannot loop. */
const MAX_SETTLE_ATTEMPTS = 4

/**
 * Renders only the rows of a long list that are near the viewport, with
 * spacers standing in for the rest, so 10,000 codes keep as many DOM rows as
 * a screen shows. The list stays in the page's flow (the page scrolls, not a
 * box of ours); rows may differ in height: each is measured once rendered and
 * the rest are estimated from the average.
 *
 * We keep our own instead of `@lit-labs/virtualizer` because the whole kit
 * must stay near 25 KB gzipped and the virtualizer alone is about 9 KB; our
 * lists need none of its layouts, only one vertical flow.
 *
 * The row that has focus stays rendered wherever the page scrolls, so a
 * keyboard or screen reader user never loses their place to the window.
 *
 * Rows swapped for spacers and back, or changing height above the reader,
 * must not move the rows the reader sees: the browser's scroll anchoring
 * sees to that, and where it has none (WebKit) a ScrollAnchor of ours does.
 *
 * The host renders `slice(items)`: each row with a `data-id`, each gap as a
 * spacer (`spacerRow`, `spacerItem`); rows are found by `selector`.
 */
export class RowWindow<T> implements ReactiveController {
  readonly #host: ReactiveElement
  readonly #key: (item: T) => string
  readonly #selector: string
  readonly #heights = new Map<string, number>()
  /** Height of a row not measured yet; 0 until the first rows are measured. */
  #average = 0
  #items: readonly T[] = []
  #offsets: Float64Array = new Float64Array(1)
  #dirty = true
  /** The list's top edge relative to the viewport's, as last measured. */
  #listTop = 0
  #range = { start: 0, end: 0 }
  /** Indices of the rows rendered, in order, and the gaps rendered between them. */
  #rendered: number[] = []
  #gaps: number[] = []
  /** The row that holds focus, kept rendered. */
  #focused: string | undefined
  #frame = 0
  #timer: ReturnType<typeof setTimeout> | undefined
  #stopWatching: (() => void) | undefined
  /**
   * The first and last rows rendered, watched as they near the viewport: an
   * intersection sees every scroller around the list, also one inside a
   * shadow root that was attached after the list connected (a lazily
   * defined drawer or dialog), which no scroll listener of ours can hear.
   * It says when an edge row enters the margin and again when the whole row
   * is inside it: the rows may still cover the margin at the first, and not
   * at the second, and the row stays the same until the window moves.
   */
  readonly #edges = new IntersectionObserver(() => this.#onMove(), { rootMargin: `${OVERSCAN_PX / 2 - EDGE_SLACK_PX}px 0px`, threshold: [0, 1] })
  #watchedEdges: Element[] = []
  /** Re-renders in a row while measured sizes settle; reset once nothing changes. */
  #settleAttempts = 0
  /** The space between neighbouring rows, as last measured (a list's gap, a card's margin). */
  #spaceBetweenRows = 0
  readonly #anchor: ScrollAnchor

  constructor(host: ReactiveElement, key: (item: T) => string, selector = '[data-id]') {
    this.#host = host
    this.#key = key
    this.#selector = selector
    this.#anchor = new ScrollAnchor(host, () => [...host.renderRoot.querySelectorAll<HTMLElement>(selector)])
    host.addController(this)
  }

  /** The rows and gaps to render now. */
  slice(items: readonly T[]): WindowEntry<T>[] {
    if (items !== this.#items) {
      this.#items = items
      this.#dirty = true
    }
    // Not every browser says focusout when a focused node is removed (a
    // search that filtered its row out): forget a row that lost focus so.
    if (this.#focused !== undefined && !this.#host.renderRoot.querySelector(`${this.#selector}:focus-within`)) this.#focused = undefined
    const offsets = this.#offsetsNow()
    // Nothing measured yet: this is the first paint, so only what fits the
    // viewport. Later, the rows rendered stay while they cover the margin (a
    // poll's new data does not move them).
    if (this.#heights.size === 0) this.#range = this.#rangeFor(offsets, 0)
    else if (!this.#stillCoversMargin(offsets)) this.#range = this.#rangeFor(offsets)
    const entries = this.#plan(offsets)
    this.#rendered = entries.flatMap((e) => ('index' in e ? [e.index] : []))
    this.#gaps = entries.flatMap((e) => ('gap' in e ? [e.gap] : []))
    return entries
  }

  hostConnected(): void {
    // Any scroller around the host moves the list; a new width rewraps its rows.
    this.#stopWatching = watchPosition([this.#host], this.#moved)
    this.#host.renderRoot.addEventListener('focusin', this.#onFocus)
    this.#host.renderRoot.addEventListener('focusout', this.#onFocus)
    // Back in the page (moved in the DOM, a re-opened panel): the rows are
    // still there and nothing may re-render them, so watch them again.
    if (this.#rendered.length > 0) {
      this.#watchEdges()
      this.#onMove()
    }
  }

  hostDisconnected(): void {
    this.#stopWatching?.()
    this.#stopWatching = undefined
    this.#edges.disconnect()
    this.#watchedEdges = []
    this.#host.renderRoot.removeEventListener('focusin', this.#onFocus)
    this.#host.renderRoot.removeEventListener('focusout', this.#onFocus)
    cancelAnimationFrame(this.#frame)
    clearTimeout(this.#timer)
    this.#timer = undefined
    this.#frame = 0
  }

  readonly #onFocus = (e: Event): void => {
    // focusout: where focus goes next; outside the element, no row holds it.
    const to = (e.type === 'focusin' ? e.target : (e as FocusEvent).relatedTarget) as Element | null
    const row = to && this.#host.renderRoot.contains(to) ? to.closest<HTMLElement>(this.#selector) : null
    this.#focused = row?.dataset.id
  }

  /** The window's rows, the focused row wherever it is, and gaps for the rest. */
  #plan(offsets: Float64Array): WindowEntry<T>[] {
    const { start, end } = this.#range
    const n = this.#items.length
    const pin = this.#focused === undefined || this.#focusedInRange() ? -1 : this.#indexOf(this.#focused)
    const rows = pin < 0 ? [[start, end]] : pin < start ? [[pin, pin + 1], [start, end]] : [[start, end], [pin, pin + 1]]
    const entries: WindowEntry<T>[] = []
    let at = 0
    rows.forEach(([from, to], i) => {
      entries.push({ gap: offsets[from!]! - offsets[at]!, key: `gap-${i}` })
      for (let index = from!; index < to!; index++) entries.push({ item: this.#items[index]!, index })
      at = to!
    })
    entries.push({ gap: offsets[n]! - offsets[at]!, key: 'gap-end' })
    return entries
  }

  #focusedInRange(): boolean {
    const { start, end } = this.#range
    for (let i = start; i < end; i++) if (this.#key(this.#items[i]!) === this.#focused) return true
    return false
  }

  #indexOf(id: string): number {
    return this.#items.findIndex((item) => this.#key(item) === id)
  }

  hostUpdate(): void {
    // Where the browser does not anchor scrolling: the row the reader sees,
    // before this render swaps rows and spacers around it...
    this.#anchor.hold()
  }

  hostUpdated(): void {
    // ...and back in its place once they are swapped (a no-op where it does).
    this.#anchor.restore()
    this.#watchEdges()
    // The first rows: let the browser lay them out and paint them with its
    // own frame, and measure after that paint, instead of forcing a layout
    // and a second render before anything shows. The rows usually arrive
    // in a network task, so the next animation frame is the one that paints
    // them: measuring there would still come first.
    if (this.#heights.size === 0) return this.#afterPaint()
    const change = this.#measure()
    if (change === 'none') return void (this.#settleAttempts = 0)
    // Rows missing from the viewport itself, and spacers that no longer
    // match the measured rows (the page's height), are fixed before this
    // frame paints; rows only for the margin are left to #moved, which
    // renders them after the next paint.
    if (change === 'range' && this.#showsViewport()) this.#onMove()
    else if (this.#settleAttempts++ < MAX_SETTLE_ATTEMPTS) this.#host.requestUpdate()
    else this.#settleAttempts = 0
  }

  /** Observes the window's first and last rows (not a focused row pinned outside it). */
  #watchEdges(): void {
    const all = [...this.#host.renderRoot.querySelectorAll(this.#selector)]
    const { start, end } = this.#range
    const inWindow = all.length === this.#rendered.length ? all.filter((_, i) => this.#rendered[i]! >= start && this.#rendered[i]! < end) : all
    const rows = inWindow.length > 0 ? inWindow : all
    const edges = rows.length === 0 ? [] : [rows[0]!, rows[rows.length - 1]!]
    if (edges.length === this.#watchedEdges.length && edges.every((e, i) => e === this.#watchedEdges[i])) return
    this.#edges.disconnect()
    for (const edge of edges) this.#edges.observe(edge)
    this.#watchedEdges = edges
  }

  /**
   * The rows rendered still serve: they reach at least half the overscan past
   * each edge of the viewport. Only when they do not does the window move,
   * re-centred with the whole overscan, so a scroll re-renders every few
   * frames instead of on each one, and the frames between do no DOM work.
   * (Compared without the MIN_ROWS padding, which extends a range one way
   * only: padded, tall rows would never cover it and re-render on every call.)
   * The margin also counts the space between rows, which a row's offset
   * includes and its box does not: else with a wide gap the edge observer
   * (which sees boxes) could report the last row inside its margin while
   * the rows still covered it, and never report again.
   */
  #stillCoversMargin(offsets: Float64Array): boolean {
    const n = offsets.length - 1
    const { start, end } = this.#range
    // A short list that grew (a code added or converted) shows its new rows.
    return end <= n && end - start >= Math.min(MIN_ROWS, n) && this.#covers(this.#rangeFor(offsets, OVERSCAN_PX / 2 + this.#spaceBetweenRows, false))
  }

  /** The rows rendered include every row the viewport shows now. */
  #showsViewport(): boolean {
    return this.#covers(this.#rangeFor(this.#offsetsNow(), 0, false))
  }

  /** The rows rendered include all of these. */
  #covers({ start, end }: { start: number; end: number }): boolean {
    return start >= this.#range.start && end <= this.#range.end
  }

  /** Something moved (already coalesced to one call a frame): follow it. */
  readonly #moved = (): void => {
    this.#settleAttempts = 0
    // Rows above the reader's may have rewrapped since the last frame.
    this.#anchor.hold()
    const change = this.#measure()
    if (change === 'none') return
    // Rows the viewport shows now are rendered before this frame paints;
    // rows wanted only for the margin wait until it has painted, so the
    // frames of a scroll stay light and the work falls between them.
    if (change === 'range' && this.#showsViewport()) this.#timer ??= setTimeout(this.#update)
    else this.#host.requestUpdate()
  }

  readonly #update = (): void => {
    this.#timer = undefined
    this.#host.requestUpdate()
  }

  readonly #onMove = (): void => {
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0
      this.#moved()
    })
  }

  /** Measures once the next frame has painted: a task queued from the frame runs after its paint. */
  #afterPaint(): void {
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0
      this.#timer ??= setTimeout(() => {
        this.#timer = undefined
        this.#moved()
      })
    })
  }

  /** Reads what is rendered: whether the window should move, or only its spacers change. */
  #measure(): 'none' | 'spacers' | 'range' {
    const rows = this.#host.renderRoot.querySelectorAll<HTMLElement>(this.#selector)
    if (rows.length === 0 || this.#items.length === 0) return 'none'
    const rects = [...rows].map((r) => r.getBoundingClientRect())
    // Not laid out (display: none, a closed details): nothing to learn.
    if (rects.every((r) => r.height === 0)) return 'none'
    // A new width rewraps rows, yet the heights known are kept as estimates
    // until each row is measured again: forgetting them would re-estimate
    // everything above the window and move the reader to other rows. The
    // rows in view are re-measured now, and scroll anchoring (the browser's,
    // or ours where it has none) holds them in place while they change height.
    // While scrolling, each frame measures a row or two it had only
    // estimated: shift the offsets after them in one pass rather than
    // rebuilding them all from the map (10,000 lookups a frame).
    const offsets = this.#dirty ? undefined : this.#offsets
    const indices = rows.length === this.#rendered.length ? this.#rendered : undefined
    // Between neighbours in the list, the distance to the next row counts the
    // margins and borders between rows; a row alone (the focused one) adds
    // the gap seen between the others.
    const neighbours = (i: number): boolean => indices !== undefined && indices[i + 1] === indices[i]! + 1
    const pair = rects.findIndex((_, i) => neighbours(i))
    const between = pair >= 0 ? rects[pair + 1]!.top - rects[pair]!.bottom : 0
    if (pair >= 0) this.#spaceBetweenRows = Math.max(0, between)
    const deltas = new Map<number, number>()
    rects.forEach((rect, i) => {
      const index = indices?.[i]
      const next = rects[i + 1]
      const height = next && neighbours(i) ? next.top - rect.top : rect.height + Math.max(0, between)
      const id = rows[i]!.dataset.id
      if (id == null || height <= 0) return
      const known = this.#heights.get(id)
      if (known !== undefined && Math.abs(known - height) <= 0.5) return
      this.#heights.set(id, height)
      if (offsets && index !== undefined && index < this.#items.length && this.#key(this.#items[index]!) === id) {
        deltas.set(index, height - (offsets[index + 1]! - offsets[index]!))
      } else this.#dirty = true
    })
    // The first rows measured set the estimate for all the others.
    if (this.#average === 0 && this.#heights.size > 0) this.#dirty = true
    if (offsets && !this.#dirty && deltas.size > 0) {
      let shift = 0
      for (let j = Math.min(...deltas.keys()); j < this.#items.length; j++) {
        shift += deltas.get(j) ?? 0
        offsets[j + 1]! += shift
      }
    }
    // From what was rendered (the estimates may have changed since): the
    // first row sits exactly one gap below the list's top.
    this.#listTop = rects[0]!.top - (this.#gaps[0] ?? 0)
    const now = this.#offsetsNow()
    if (!this.#stillCoversMargin(now)) return 'range'
    const planned = this.#plan(now)
    if (planned.length !== this.#rendered.length + this.#gaps.length) return 'range'
    const gaps = planned.flatMap((e) => ('gap' in e ? [e.gap] : []))
    return gaps.some((g, i) => Math.abs(g - this.#gaps[i]!) > 1) ? 'spacers' : 'none'
  }

  /** Where each row starts, from the measured heights and the average for the rest. */
  #offsetsNow(): Float64Array {
    if (!this.#dirty && this.#offsets.length === this.#items.length + 1) return this.#offsets
    // The estimate is taken from the first rows measured and then kept: were
    // it to follow every measurement, the spacer above the window would
    // change height under the reader's eyes and the rows would jump.
    if (this.#average === 0 && this.#heights.size > 0) {
      let sum = 0
      for (const h of this.#heights.values()) sum += h
      this.#average = sum / this.#heights.size
    }
    const offsets = new Float64Array(this.#items.length + 1)
    for (let i = 0; i < this.#items.length; i++) {
      offsets[i + 1] = offsets[i]! + (this.#heights.get(this.#key(this.#items[i]!)) ?? (this.#average || ESTIMATE_PX))
    }
    this.#offsets = offsets
    this.#dirty = false
    return offsets
  }

  /** The rows within `overscan` px of the viewport; `pad` makes them at least MIN_ROWS. */
  #rangeFor(offsets: Float64Array, overscan = OVERSCAN_PX, pad = true): { start: number; end: number } {
    const n = offsets.length - 1
    const viewport = globalThis.innerHeight || 800
    const top = -this.#listTop - overscan
    const bottom = viewport - this.#listTop + overscan
    let start = Math.min(Math.max(0, upperBound(offsets, top) - 1), n)
    let end = Math.min(n, Math.max(start, lowerBound(offsets, bottom)))
    if (pad && end - start < MIN_ROWS) {
      end = Math.min(n, start + MIN_ROWS)
      start = Math.max(0, end - MIN_ROWS)
    }
    return { start, end }
  }
}

/** First index whose offset is greater than `value`. */
function upperBound(offsets: Float64Array, value: number): number {
  let lo = 0
  let hi = offsets.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (offsets[mid]! <= value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** First index whose offset is at least `value`. */
function lowerBound(offsets: Float64Array, value: number): number {
  let lo = 0
  let hi = offsets.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (offsets[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

// Spacers stand in for the rows outside the window. Their height is set as
// a property (style.cssText, CSSOM), which a strict CSP allows; a style
// attribute, which styleMap writes on its first render, it would not.
// A spacer is never the browser's scroll anchor: were it, a jump into the
// middle (a dragged scrollbar) would keep the spacer below still while the
// one above grows, and carry the reader to the end of the list.

const NO_ANCHOR = 'overflow-anchor:none'

/** A spacer inside a table body. */
export function spacerRow(px: number, columns: number): TemplateResult | typeof nothing {
  return px > 0 ? html`<tr class="spacer" aria-hidden="true" .style=${NO_ANCHOR}><td colspan=${columns} .style=${`height:${px}px;padding:0;border:0`}></td></tr>` : nothing
}

/** A spacer inside a list. */
export function spacerItem(px: number): TemplateResult | typeof nothing {
  return px > 0 ? html`<li class="spacer" aria-hidden="true" .style=${`height:${px}px;${NO_ANCHOR}`}></li>` : nothing
}

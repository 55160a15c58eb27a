import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit'
import { watchPosition } from './watch-position.js'

/** What to render of a long list: the rows near the viewport and the space the others take. */
export interface WindowSlice<T> {
  items: T[]
  /** Index of `items[0]` in the whole list. */
  start: number
  /** Pixels the rows above the window would take. */
  before: number
  /** Pixels the rows below the window would take. */
  after: number
}

/** Rows of a guess before any is measured; the first measurement replaces it. */
const ESTIMATE_PX = 48
/** Rows kept rendered beyond each edge of the viewport, in pixels, so a fast scroll or Tab finds rows there. */
const OVERSCAN_PX = 600
/** Never fewer rows than this (a table far below the fold still shows its first rows). */
const MIN_ROWS = 20
/** Re-renders a measurement may cause in a row, so estimates that keep moving cannot loop. */
const MAX_SETTLE = 4

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
 * The host renders `slice(items)` with a `data-id` on each row and a
 * spacer (`spacerRow`, `spacerItem`) before and after; rows are found by `selector`.
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
  /** The heights of the spacers rendered above and below the rows. */
  #before = 0
  #after = 0
  #frame = 0
  #stopWatching: (() => void) | undefined
  #settles = 0
  #width = 0

  constructor(host: ReactiveElement, key: (item: T) => string, selector = '[data-id]') {
    this.#host = host
    this.#key = key
    this.#selector = selector
    host.addController(this)
  }

  /** The rows to render now. */
  slice(items: readonly T[]): WindowSlice<T> {
    if (items !== this.#items) {
      this.#items = items
      this.#dirty = true
    }
    const offsets = this.#offsetsNow()
    // Nothing measured yet: this is the first paint, so only what fits the viewport.
    const { start, end } = (this.#range = this.#rangeFor(offsets, this.#heights.size === 0 ? 0 : OVERSCAN_PX))
    this.#before = offsets[start]!
    this.#after = offsets[items.length]! - offsets[end]!
    return { items: items.slice(start, end), start, before: this.#before, after: this.#after }
  }

  hostConnected(): void {
    // Any scroller around the host moves the list; a new width rewraps its rows.
    this.#stopWatching = watchPosition([this.#host], this.#moved)
  }

  hostDisconnected(): void {
    this.#stopWatching?.()
    this.#stopWatching = undefined
    cancelAnimationFrame(this.#frame)
    this.#frame = 0
  }

  hostUpdated(): void {
    const change = this.#measure()
    if (change === 'none') return void (this.#settles = 0)
    // Rows missing from the viewport itself, and spacers that no longer
    // match the measured rows (the page's height), are fixed before this
    // frame paints; rows only for the overscan wait a frame, which keeps the
    // first paint small.
    if (change === 'range' && this.#covers(this.#rangeFor(this.#offsetsNow(), 0))) this.#onMove()
    else if (this.#settles++ < MAX_SETTLE) this.#host.requestUpdate()
    else this.#settles = 0
  }

  #covers({ start, end }: { start: number; end: number }): boolean {
    return start >= this.#range.start && end <= this.#range.end
  }

  /** Something moved (already coalesced to one call a frame): follow it. */
  readonly #moved = (): void => {
    this.#settles = 0
    if (this.#measure() !== 'none') this.#host.requestUpdate()
  }

  readonly #onMove = (): void => {
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0
      this.#moved()
    })
  }

  /** Reads what is rendered: whether the window should move, or only its spacers change. */
  #measure(): 'none' | 'spacers' | 'range' {
    const rows = this.#host.renderRoot.querySelectorAll<HTMLElement>(this.#selector)
    if (rows.length === 0 || this.#items.length === 0) return 'none'
    const rects = [...rows].map((r) => r.getBoundingClientRect())
    // Not laid out (display: none, a closed details): nothing to learn.
    if (rects.every((r) => r.height === 0)) return 'none'
    const width = rects[0]!.width
    if (Math.abs(width - this.#width) > 1) {
      // Another width wraps text differently: old heights no longer hold.
      this.#width = width
      this.#heights.clear()
      this.#average = 0
      this.#dirty = true
    }
    // While scrolling, each frame measures a row or two it had only
    // estimated: shift the offsets after them in one pass rather than
    // rebuilding them all from the map (10,000 lookups a frame).
    const offsets = this.#dirty ? undefined : this.#offsets
    const deltas = new Float64Array(rects.length)
    let first = -1
    rects.forEach((rect, i) => {
      // The distance to the next row counts margins and borders between rows.
      const next = rects[i + 1]
      const gap = i > 0 ? rects[i]!.top - rects[i - 1]!.bottom : 0
      const height = next ? next.top - rect.top : rect.height + Math.max(0, gap)
      const id = rows[i]!.dataset.id
      if (id == null || height <= 0) return
      const known = this.#heights.get(id)
      if (known !== undefined && Math.abs(known - height) <= 0.5) return
      this.#heights.set(id, height)
      const index = this.#range.start + i
      if (offsets && index < this.#items.length && this.#key(this.#items[index]!) === id) {
        deltas[i] = height - (offsets[index + 1]! - offsets[index]!)
        if (first < 0) first = i
      } else this.#dirty = true
    })
    if (offsets && !this.#dirty && first >= 0) {
      let shift = 0
      for (let j = this.#range.start + first, i = first; j < this.#items.length; j++, i++) {
        if (i < deltas.length) shift += deltas[i]!
        offsets[j + 1]! += shift
      }
    }
    // From what was rendered: the estimates may have changed since.
    this.#listTop = rects[0]!.top - this.#before
    const now = this.#offsetsNow()
    const { start, end } = this.#rangeFor(now)
    if (start !== this.#range.start || end !== this.#range.end) return 'range'
    const after = now[now.length - 1]! - now[end]!
    return Math.abs(now[start]! - this.#before) > 1 || Math.abs(after - this.#after) > 1 ? 'spacers' : 'none'
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

  #rangeFor(offsets: Float64Array, overscan = OVERSCAN_PX): { start: number; end: number } {
    const n = offsets.length - 1
    const viewport = globalThis.innerHeight || 800
    const top = -this.#listTop - overscan
    const bottom = viewport - this.#listTop + overscan
    let start = Math.min(Math.max(0, upperBound(offsets, top) - 1), n)
    let end = Math.min(n, Math.max(start, lowerBound(offsets, bottom)))
    if (end - start < MIN_ROWS) {
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

/** A spacer inside a table body. */
export function spacerRow(px: number, columns: number): TemplateResult | typeof nothing {
  return px > 0 ? html`<tr class="spacer" aria-hidden="true"><td colspan=${columns} .style=${`height:${px}px;padding:0;border:0`}></td></tr>` : nothing
}

/** A spacer inside a list. */
export function spacerItem(px: number): TemplateResult | typeof nothing {
  return px > 0 ? html`<li class="spacer" aria-hidden="true" .style=${`height:${px}px`}></li>` : nothing
}

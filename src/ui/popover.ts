import type { ReactiveController, ReactiveControllerHost } from 'lit'
import { watchPosition } from './watch-position.js'

/** Between the chip and its explanation, and the least room left to the viewport's edges. */
const GAP = 8

// When min > max (bigger than the room it has) min wins: the start stays visible.
const clamp = (value: number, min: number, max: number): number => Math.max(min, Math.min(value, max))

/**
 * The kit's one floating primitive: shows a single explanation next to the
 * chip that has hover or focus, keeps it placed while things scroll, closes
 * on Escape, and cleans up when the host leaves the page. The popover element
 * lives in the host's shadow root; it uses the Popover API (top layer, above
 * any overflow) where the browser has it.
 */
export class PopoverController<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement
  /** What the open popover explains, or undefined when closed. */
  current: T | undefined
  #anchor: HTMLElement | undefined
  #stop: (() => void) | undefined
  #closeTimer: ReturnType<typeof setTimeout> | undefined

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host
    host.addController(this)
  }

  get anchor(): HTMLElement | undefined {
    return this.#anchor
  }

  open(anchor: HTMLElement, value: T): void {
    clearTimeout(this.#closeTimer)
    if (this.#anchor === anchor && this.current === value) return
    this.#anchor = anchor
    this.current = value
    this.#host.requestUpdate()
    void this.#host.updateComplete.then(() => this.#show())
  }

  /** Closes after a moment, so the pointer can move from chip to popover. */
  closeSoon(): void {
    clearTimeout(this.#closeTimer)
    this.#closeTimer = setTimeout(() => this.close(), 120)
  }

  keepOpen(): void {
    clearTimeout(this.#closeTimer)
  }

  close(): void {
    clearTimeout(this.#closeTimer)
    if (this.current === undefined) return
    this.#stop?.()
    this.#stop = undefined
    const el = this.#element()
    if (el?.matches(':popover-open')) el.hidePopover()
    this.current = undefined
    this.#anchor = undefined
    this.#host.requestUpdate()
  }

  hostConnected(): void {
    this.#host.addEventListener('keydown', this.#onKey)
  }

  hostUpdated(): void {
    // The chip went away (new data re-rendered its row): so does its explanation.
    if (this.current !== undefined && !this.#anchor?.isConnected) this.close()
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('keydown', this.#onKey)
    this.close()
  }

  readonly #onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.current !== undefined) {
      // Escape closes the explanation only, not a modal dialog around it.
      e.preventDefault()
      e.stopPropagation()
      this.close()
    }
  }

  #element(): HTMLElement | null | undefined {
    return this.#host.shadowRoot?.querySelector<HTMLElement>('[part~="explanation"]')
  }

  #show(): void {
    const floating = this.#element()
    const anchor = this.#anchor
    if (!floating || !anchor || this.current === undefined) return
    if ('showPopover' in floating && !floating.matches(':popover-open')) floating.showPopover()
    this.#stop?.()
    this.#stop = this.#follow(anchor, floating)
    // Placed now, not a frame later, so it never shows at its old place.
    this.#place()
  }

  /** Re-places on any scroll, resize or size change, until the returned function is called. */
  #follow(anchor: HTMLElement, floating: HTMLElement): () => void {
    return watchPosition([anchor, floating], () => this.#place())
  }

  /** Below the chip at its start edge; above it when there is more room there; kept inside the viewport. */
  #place(): void {
    const floating = this.#element()
    const anchor = this.#anchor
    if (!floating || !anchor) return
    // A removed chip reports its new zero size here, before any re-render of the host.
    if (!anchor.isConnected) return this.close()
    const a = anchor.getBoundingClientRect()
    const width = floating.offsetWidth
    const height = floating.offsetHeight
    // Fixed coordinates are in the layout viewport; the visual one is the part
    // a person sees (it differs when zoomed in or with an on-screen keyboard).
    const view = window.visualViewport
    const left = view?.offsetLeft ?? 0
    const top = view?.offsetTop ?? 0
    const right = left + (view?.width ?? document.documentElement.clientWidth)
    const bottom = top + (view?.height ?? document.documentElement.clientHeight)

    const roomBelow = bottom - GAP - (a.bottom + GAP)
    const roomAbove = a.top - GAP - (top + GAP)
    let y = height > roomBelow && roomAbove > roomBelow ? a.top - GAP - height : a.bottom + GAP
    // Taller than either room: keep it on screen, but never let it leave the
    // chip behind when the chip itself scrolls out of view.
    y = clamp(clamp(y, top + GAP, bottom - GAP - height), a.top - GAP - height, a.bottom + GAP)
    const x = clamp(getComputedStyle(anchor).direction === 'rtl' ? a.right - width : a.left, left + GAP, right - GAP - width)
    Object.assign(floating.style, { left: `${x}px`, top: `${y}px` })

    const tip = floating.querySelector<HTMLElement>('.arrow')
    if (tip) {
      // Its `left` counts from inside the popover's border.
      const centre = a.left + a.width / 2 - x - floating.clientLeft - tip.offsetWidth / 2
      tip.style.left = `${clamp(centre, 0, floating.clientWidth - tip.offsetWidth)}px`
    }
  }
}

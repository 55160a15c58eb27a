import { arrow, autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom'
import type { ReactiveController, ReactiveControllerHost } from 'lit'

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
    void this.#host.updateComplete.then(() => this.#place())
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

  #place(): void {
    const floating = this.#element()
    const anchor = this.#anchor
    if (!floating || !anchor || this.current === undefined) return
    if ('showPopover' in floating && !floating.matches(':popover-open')) floating.showPopover()
    const tip = floating.querySelector<HTMLElement>('.arrow')
    this.#stop?.()
    this.#stop = autoUpdate(anchor, floating, () => {
      // Order matters: offset, then flip, then shift, then the arrow.
      void computePosition(anchor, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(8), flip(), shift({ padding: 8 }), ...(tip ? [arrow({ element: tip })] : [])],
      }).then(({ x, y, middlewareData }) => {
        Object.assign(floating.style, { left: `${x}px`, top: `${y}px` })
        if (tip && middlewareData.arrow) {
          Object.assign(tip.style, { left: `${middlewareData.arrow.x ?? 0}px` })
        }
      })
    })
  }
}

import type { ReactiveController, ReactiveElement } from 'lit'

const ROW = '[part~="row"]'
/** The explanation popover a chip opens: a row's own, though it sits outside the row (see templates/issues.ts). */
const EXPLANATION = '#explanation'

/**
 * Marks the row that holds keyboard focus with `data-reading`, so its styles
 * can show whole what they cut at rest (a long name, a schedule, why a code
 * cannot be converted): a cut text's `title` is read by hovering only, which
 * a keyboard cannot (WCAG 2.1.1). CSS alone does not do it:
 * `:has(:focus-visible)` is not invalidated in WebKit when focus leaves (the
 * row stayed open), and `:focus-within` also opens a row a mouse clicks
 * into, under the pointer.
 *
 * A row keeps the mark while focus is in the explanation of one of its
 * chips. After each render the marks are checked again: Firefox and WebKit
 * send no `focusout` when the focused element is removed or moved (a delete
 * that swaps its cell, rows sorted anew), and a row stayed marked.
 */
export class ReadingFocus implements ReactiveController {
  readonly #host: ReactiveElement

  constructor(host: ReactiveElement) {
    this.#host = host
    host.addController(this)
  }

  hostConnected(): void {
    this.#host.renderRoot.addEventListener('focusin', this.#in)
    this.#host.renderRoot.addEventListener('focusout', this.#out)
  }

  hostDisconnected(): void {
    this.#host.renderRoot.removeEventListener('focusin', this.#in)
    this.#host.renderRoot.removeEventListener('focusout', this.#out)
  }

  hostUpdated(): void {
    const root = this.#host.renderRoot as ShadowRoot
    for (const row of root.querySelectorAll(`${ROW}[data-reading]`)) if (!this.#holdsFocus(row, root.activeElement)) row.removeAttribute('data-reading')
  }

  readonly #in = (e: Event): void => {
    const target = e.target as Element
    const row = target.closest?.(ROW)
    if (row && target.matches(':focus-visible')) row.setAttribute('data-reading', '')
  }

  readonly #out = (e: Event): void => {
    const row = (e.target as Element).closest?.(ROW)
    if (row && !this.#holdsFocus(row, (e as FocusEvent).relatedTarget as Element | null)) row.removeAttribute('data-reading')
  }

  /** Focus (now, or about to be) on `focused` is the row's: inside it, or in the explanation of a chip in it. */
  #holdsFocus(row: Element, focused: Element | null): boolean {
    if (!focused) return false
    if (row.contains(focused)) return true
    return focused.closest?.(EXPLANATION) != null && row.querySelector('[aria-describedby~="explanation"]') != null
  }
}

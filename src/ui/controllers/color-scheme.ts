import type { ReactiveController, ReactiveElement } from 'lit'

/** The custom state that makes the tokens wear the scheme the page declared (tokens.ts). */
export const PAGE_SCHEME = 'page-scheme'

/**
 * Whose colour scheme an element wears (CONTRACT: the dark scheme follows
 * `color-scheme` / `prefers-color-scheme` and can be forced by the page).
 * The tokens' `:host { color-scheme: light dark }` follows the system; yet a
 * host's own rule beats what it would inherit, so a page that declared
 * `:root { color-scheme: dark }` (or light) would be ignored. Where an
 * ancestor declares a scheme, the element takes that one instead: a custom
 * state, set on connecting, switches the tokens to `inherit`. A rule on the
 * element itself wins either way, being the page's.
 *
 * Read once a connection, a style read without layout: a page that declares
 * a scheme only after the elements connected has them follow the system, as
 * before. Browsers without custom states (Safari < 17.4) follow the system.
 */
export class ColorSchemeController implements ReactiveController {
  readonly #host: ReactiveElement
  readonly #states: { add(state: string): void; delete(state: string): void } | undefined
  /**
   * The host's ElementInternals, which an element may attach only once: the
   * host hands this same object to a subclass of the page's that asks for it
   * (SeamElement.attachInternals), so both can use it.
   */
  readonly internals: ElementInternals | undefined

  constructor(host: ReactiveElement, attach: () => ElementInternals) {
    this.#host = host
    let internals: ElementInternals | undefined
    try {
      internals = attach()
    } catch {
      // No ElementInternals here: leave the scheme to the system.
    }
    this.internals = internals
    this.#states = internals?.states
    host.addController(this)
  }

  hostConnected(): void {
    const states = this.#states
    if (!states) return
    const root = this.#host.getRootNode()
    // Where it inherits from: a slotted element from its slot (the flat tree), else its parent.
    const parent = this.#host.assignedSlot ?? this.#host.parentElement ?? (root instanceof ShadowRoot ? root.host : document.documentElement)
    const declared = getComputedStyle(parent).colorScheme
    try {
      if (declared && declared !== 'normal') states.add(PAGE_SCHEME)
      else states.delete(PAGE_SCHEME)
    } catch {
      // Chromium before 125 took only --dashed states: there the system decides.
    }
  }
}

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
 * Read on connecting, a style read without layout, and again in the next
 * frame after an attribute of an ancestor changes or the page's <head> gains
 * or loses a style (a page's dark-mode toggle sets a class, a style or a
 * data attribute on <html> or <body>, or swaps a stylesheet): one observer
 * for every element of the kit, one read each per frame. A scheme changed
 * another way (CSSOM on an existing sheet) is seen at the next connection.
 * Browsers without custom states (Safari < 17.4) follow the system.
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
    if (!this.#states) return
    this.#read()
    watch(this)
  }

  hostDisconnected(): void {
    watching.delete(this)
  }

  /** Where the host inherits from, up to the document: the elements whose attributes can change its scheme. */
  ancestors(): Element[] {
    const chain: Element[] = []
    for (let node: Element | null = this.#parent(); node; node = this.#parentOf(node)) chain.push(node)
    return chain
  }

  #parentOf(node: Element): Element | null {
    if (node.assignedSlot) return node.assignedSlot
    if (node.parentElement) return node.parentElement
    const root = node.getRootNode()
    return root instanceof ShadowRoot ? root.host : null
  }

  #parent(): Element {
    return this.#parentOf(this.#host) ?? document.documentElement
  }

  /** @internal Re-reads the scheme the host inherits. */
  read(): void {
    if (this.#host.isConnected) this.#read()
  }

  #read(): void {
    const states = this.#states!
    // Where it inherits from: a slotted element from its slot (the flat tree), else its parent.
    const declared = getComputedStyle(this.#parent()).colorScheme
    try {
      if (declared && declared !== 'normal') states.add(PAGE_SCHEME)
      else states.delete(PAGE_SCHEME)
    } catch {
      // Chromium before 125 took only --dashed states: there the system decides.
    }
  }
}

const watching = new Set<ColorSchemeController>()
let observer: MutationObserver | undefined
let queued = false

function watch(controller: ColorSchemeController): void {
  watching.add(controller)
  observer ??= new MutationObserver(() => {
    if (queued) return
    queued = true
    // In the next frame, before its style: the new scheme shows in the frame the page's own change does.
    requestAnimationFrame(() => {
      queued = false
      for (const c of watching) c.read()
    })
  })
  // Observing a node again only renews its options: ancestors shared by many elements cost one registration.
  for (const node of controller.ancestors()) observer.observe(node, { attributes: true })
  if (document.head) observer.observe(document.head, { childList: true, subtree: true, characterData: true })
}

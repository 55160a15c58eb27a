import type { ReactiveController, ReactiveControllerHost } from 'lit'
import { wordsArriving } from '../i18n/load.js'

export type LocaleHost = ReactiveControllerHost & HTMLElement & { locale?: string | undefined }

// One observer for every element of this copy of the kit. It watches each
// document and shadow root that holds one of them: a shadow root's
// attributes are not seen from the document.
const watchers = new Map<LocaleController, () => void>()
const observed = new WeakSet<Node>()
let observer: MutationObserver | undefined

function watch(controller: LocaleController, host: Element, changed: () => void): void {
  observer ??= new MutationObserver(() => {
    for (const w of [...watchers.values()]) w()
  })
  watchers.set(controller, changed)
  for (let root: Node = host.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    if (!observed.has(root)) {
      observed.add(root)
      observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true })
    }
    if (!(root instanceof ShadowRoot)) break
  }
}

/**
 * The nearest `lang` above `el`, crossing shadow roots up to the document.
 * An empty one is there, and says the language is unknown (HTML): '' then,
 * not the `lang` of an ancestor further up.
 */
function nearestLang(el: Element): string | undefined {
  const up = (node: Element): Element | null => node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)
  for (let node = up(el); node; node = up(node)) {
    const lang = node.getAttribute('lang')
    if (lang !== null) return lang.trim()
  }
  return undefined
}

/**
 * The locale of an element's text, dates and numbers: its `locale`
 * property, else its own `lang`, else the nearest ancestor's `lang`
 * (across shadow roots), else the browser's. The walk up the tree runs
 * once, and again only when the element is connected anew or a `lang`
 * changes above it; then the element re-renders in place. So it does when
 * the words of a locale the kit loads on demand arrive.
 */
export class LocaleController implements ReactiveController {
  readonly #host: LocaleHost
  #inherited: string | undefined
  #walked = false
  /** The value last handed out: what the host rendered with. */
  #given: string | undefined
  /** The locale whose words were last asked for. */
  #asked: string | undefined

  constructor(host: LocaleHost) {
    this.#host = host
    host.addController(this)
  }

  get value(): string {
    const locale = (this.#given = this.#resolve())
    if (locale !== this.#asked) this.#ask(locale)
    return locale
  }

  /** English until a loaded-on-demand locale's words arrive, then those. */
  #ask(locale: string): void {
    this.#asked = locale
    wordsArriving(locale)?.then(
      () => this.#given === locale && this.#host.requestUpdate(),
      () => {},
    )
  }

  #resolve(): string {
    const host = this.#host
    if (host.locale) return host.locale
    const browser = (): string => globalThis.navigator?.language || 'en'
    // Its own lang, even an empty one (unknown: the browser's), before any above it.
    if (host.hasAttribute('lang')) return host.lang.trim() || browser()
    if (!this.#walked) {
      this.#inherited = nearestLang(host)
      // A disconnected element has no ancestors worth keeping: walk again once connected.
      this.#walked = host.isConnected
    }
    return this.#inherited || browser()
  }

  hostConnected(): void {
    watch(this, this.#host, () => this.#changed())
    this.#changed()
  }

  hostDisconnected(): void {
    watchers.delete(this)
  }

  /** Connected anew, or a `lang` changed somewhere above: walk again, and re-render if the locale changed. */
  #changed(): void {
    this.#walked = false
    if (this.#given !== undefined && this.#resolve() !== this.#given) this.#host.requestUpdate()
  }
}

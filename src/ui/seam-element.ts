import { consume } from '@lit/context'
import { LitElement, type PropertyValues } from 'lit'
import { property, state } from 'lit/decorators.js'
import type { SeamClient } from '../api/client.js'
import type { SeamError } from '../api/errors.js'
import { sessionContext, type SessionValue } from '../context/session.js'
import { emit } from '../events.js'
import { StoreHold, sessionFor } from '../state/index.js'
import type { SessionStore } from '../state/store.js'

const CREDENTIALS = ['publishableKey', 'userIdentifierKey', 'clientSessionToken', 'endpoint', 'client'] as const

/**
 * What every data element shares: the four credential attributes, the
 * session from the nearest provider (its own credentials win), locale and
 * time zone, and `seam-error` reporting. Not registered as a tag.
 *
 * Every element reads the same design tokens; set them on any ancestor.
 * @cssprop [--seam-color-text=light-dark(#1d2433, #e8ecf3)] - Text colour.
 * @cssprop [--seam-color-text-muted=light-dark(#5b6477, #a3acbd)] - Secondary text.
 * @cssprop [--seam-color-surface=light-dark(#ffffff, #161b26)] - Background.
 * @cssprop [--seam-color-surface-alt=light-dark(#f5f7fa, #1f2533)] - Header and button background.
 * @cssprop [--seam-color-border=light-dark(#d6dbe4, #364054)] - Borders.
 * @cssprop [--seam-color-accent=light-dark(#1f5fd1, #8fb3ff)] - Focus, links, primary buttons.
 * @cssprop [--seam-color-danger=light-dark(#b42318, #ff8f85)] - Errors.
 * @cssprop [--seam-color-warning=light-dark(#8a5300, #f5c26b)] - Warnings.
 * @cssprop [--seam-color-success=light-dark(#17733f, #74d39b)] - The "set" status.
 * @cssprop [--seam-font-body=14px/1.45 system-ui] - Font.
 * @cssprop [--seam-font-mono=ui-monospace] - Font of PINs.
 * @cssprop [--seam-radius=8px] - Corner radius.
 * @cssprop [--seam-space=8px] - Base spacing.
 * @cssprop [--seam-density=1] - Row padding factor (0.5 compact, 1.5 roomy).
 */
export class SeamElement extends LitElement {
  /** Publishable key; lets the element work without a provider. */
  @property({ attribute: 'publishable-key' }) publishableKey?: string
  /** User identifier key, with `publishable-key`. */
  @property({ attribute: 'user-identifier-key' }) userIdentifierKey?: string
  /** A client session token minted by your server. */
  @property({ attribute: 'client-session-token' }) clientSessionToken?: string
  /** API base URL; default `https://connect.getseam.com`. */
  @property() endpoint?: string
  /** A `SeamClient` to use instead of the built-in fetch client. */
  @property({ attribute: false }) client?: SeamClient
  /** BCP 47 tag for text, dates and numbers; default the nearest `lang`, else the browser's. */
  @property() locale?: string
  /** IANA time zone for schedules; default the browser's. */
  @property({ attribute: 'time-zone' }) timeZone?: string

  @consume({ context: sessionContext, subscribe: true })
  @state()
  protected inheritedSession?: SessionValue

  @state() protected ownSession?: SessionValue
  #reported = new WeakSet<object>()
  readonly #hold = new StoreHold()
  #watching: SessionStore | undefined
  #stopWatching: (() => void) | undefined

  // One object per element, so "no session" is reported once, not per render.
  readonly #missing: SessionValue = sessionFor({}, true)!

  /** The session in use, or why there is none. */
  protected get session(): SessionValue {
    return this.ownSession ?? this.inheritedSession ?? this.#missing
  }

  protected get store(): SessionStore | undefined {
    return this.session.store
  }

  /** The session store in use: lets the page, tests and other elements share it. */
  get sessionStore(): SessionStore | undefined {
    return this.session.store
  }

  /** The locale for text and dates. */
  protected get lang_(): string {
    if (this.locale) return this.locale
    if (this.lang) return this.lang
    // The nearest lang, crossing shadow roots up to the document.
    let node: Element | null = this.parentElement ?? ((this.getRootNode() as ShadowRoot).host ?? null)
    while (node) {
      const lang = node.getAttribute('lang')
      if (lang) return lang
      node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)
    }
    return globalThis.navigator?.language ?? 'en'
  }

  override connectedCallback(): void {
    super.connectedCallback()
    this.#hold.connect()
    this.requestUpdate()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.#hold.disconnect()
    this.#stopWatching?.()
    this.#watching = this.#stopWatching = undefined
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (CREDENTIALS.some((k) => changed.has(k))) {
      this.ownSession = sessionFor(this, false)
      this.#hold.set(this.ownSession?.store)
    }
    // Re-render when any element of the session starts or ends deleting or
    // converting a code, so every view shows it at once.
    if (this.store !== this.#watching) {
      this.#stopWatching?.()
      this.#watching = this.store
      this.#stopWatching = this.store?.onActivity(() => this.requestUpdate())
    }
    const error = this.session.error
    if (error && !this.needsNoSession && !this.#reported.has(error)) {
      this.#reported.add(error)
      // Wait a task: the page may still be wiring its listeners, and a
      // provider upgraded after this element may still hand a session down.
      setTimeout(() => this.session.error === error && this.isConnected && this.reportError(error))
    }
  }

  /** True when the element can do its work without a session (data given directly). */
  protected get needsNoSession(): boolean {
    return false
  }

  /** Reports each failure once, however often the element renders it. */
  protected reportOnce(error: SeamError | undefined): void {
    if (!error || this.#reported.has(error)) return
    this.#reported.add(error)
    this.reportError(error)
  }

  /** Tells the page about a failure; the element shows it too. */
  protected reportError(error: SeamError): void {
    emit(this, 'seam-error', { error })
  }
}

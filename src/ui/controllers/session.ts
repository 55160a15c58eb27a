import { ContextConsumer } from '@lit/context'
import type { ReactiveController } from 'lit'
import { sessionFor, type SeamError } from '../../state/index.js'
import { OwnSession, SessionErrorReport, type CredentialHost } from '../../context/own-session.js'
import { sessionContext, type SessionValue } from '../../context/session.js'
import type { SessionStore } from '../../state/store.js'

export type SessionHost = CredentialHost & HTMLElement

export interface SessionOptions {
  /** Tells the page about a failure (the element's `reportError`). */
  report: (error: SeamError) => void
  /** True while the host can do its work without a session (data given directly): a missing one is then no error to report. */
  optional?: () => boolean
}

/**
 * The session a data element works in: a store handed to it by another
 * element, else its own credentials, else the nearest provider's (consumed
 * through the context, across shadow roots and from providers upgraded
 * later), else why there is none. It holds its own store while connected,
 * re-renders the host when anyone in the session starts or ends deleting or
 * converting a code, and reports each failure once as `seam-error`.
 */
export class SessionController implements ReactiveController {
  readonly #host: SessionHost
  readonly #options: SessionOptions
  readonly #own: OwnSession
  readonly #inherited: ContextConsumer<typeof sessionContext, SessionHost>
  readonly #configReport: SessionErrorReport
  readonly #reported = new WeakSet<object>()
  #handed: SessionValue | undefined
  #watching: SessionStore | undefined
  #stopWatching: (() => void) | undefined
  // One object per host, so "no session" is one problem, not one per render.
  readonly #missing: SessionValue = sessionFor({}, true)!

  constructor(host: SessionHost, options: SessionOptions) {
    this.#host = host
    this.#options = options
    this.#own = new OwnSession(host, { required: false })
    this.#inherited = new ContextConsumer(host, { context: sessionContext, subscribe: true })
    this.#configReport = new SessionErrorReport(host, (error) => this.#options.report(error))
    host.addController(this)
  }

  /** The session in use, or why there is none. */
  get value(): SessionValue {
    return this.#handed ?? this.#own.value ?? this.#inherited.value ?? this.#missing
  }

  get store(): SessionStore | undefined {
    return this.value.store
  }

  /** Whether another element handed this one its store (see `hand`). */
  get handed(): boolean {
    return this.#handed != null
  }

  /**
   * Uses this store whatever the credentials say, until handed another (or
   * none): for an element that renders another one inside it, such as the
   * list's own convert dialog.
   */
  hand(store: SessionStore | undefined): void {
    if (store === this.#handed?.store) return
    this.#handed = store ? { store } : undefined
    this.#host.requestUpdate()
  }

  /** Reports a failure once, however often the host renders it. */
  reportOnce(error: SeamError | undefined): void {
    if (!error || this.#reported.has(error)) return
    this.#reported.add(error)
    this.#options.report(error)
  }

  hostConnected(): void {
    // Reconnected: watch the session's activity again (hostDisconnected stopped it).
    this.#host.requestUpdate()
  }

  hostUpdate(): void {
    const store = this.store
    if (store !== this.#watching) {
      this.#stopWatching?.()
      this.#watching = store
      this.#stopWatching = store?.onActivity(() => this.#host.requestUpdate())
    }
    const optional = this.#options.optional?.() ?? false
    this.#configReport.check(optional ? undefined : this.value.error, () => (this.#options.optional?.() ? undefined : this.value.error))
  }

  hostDisconnected(): void {
    this.#stopWatching?.()
    this.#watching = this.#stopWatching = undefined
  }
}

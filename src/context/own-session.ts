import type { ReactiveController, ReactiveControllerHost } from 'lit'
import type { SeamConfigError } from '../state/index.js'
import { StoreClaim } from '../state/index.js'
import { sessionFor, type SessionSource } from '../state/index.js'
import type { SessionValue } from './session.js'

/** The properties that name a session, on the provider and on every data element. */
export const CREDENTIAL_PROPERTIES = ['publishableKey', 'userIdentifierKey', 'clientSessionToken', 'endpoint', 'client'] as const

export type CredentialHost = ReactiveControllerHost & SessionSource

/**
 * The session a host's own credential properties name. Resolved when first
 * asked after one of them changed (so `willUpdate` already sees the new
 * one), and held while the host is connected, so the registry keeps it open
 * and closes it once nobody holds it.
 */
export class OwnSession implements ReactiveController {
  readonly #host: CredentialHost
  readonly #required: boolean
  readonly #claim = new StoreClaim()
  #seen: readonly unknown[] | undefined
  #value: SessionValue | undefined

  /** `required`: no credentials at all is a configuration error (a provider), not "use the provider's" (an element). */
  constructor(host: CredentialHost, options: { required: boolean }) {
    this.#host = host
    this.#required = options.required
    host.addController(this)
  }

  get value(): SessionValue | undefined {
    const now = CREDENTIAL_PROPERTIES.map((k) => this.#host[k])
    if (!this.#seen || now.some((v, i) => v !== this.#seen![i])) {
      this.#seen = now
      this.#value = sessionFor(this.#host, this.#required)
      this.#claim.set(this.#value?.store)
    }
    return this.#value
  }

  hostConnected(): void {
    // Away longer than the registry's grace, its store was closed (its
    // cross-tab channel too: every write would fail): look the credentials
    // up again, which opens the session anew or finds the one open now.
    if (this.#value?.store?.disposed) {
      this.#claim.set(undefined)
      this.#seen = undefined
      this.#host.requestUpdate()
    }
    this.#claim.connect()
  }

  hostDisconnected(): void {
    this.#claim.disconnect()
  }
}

const sameProblem = (a: SeamConfigError | undefined, b: SeamConfigError | undefined): boolean =>
  a != null && b != null && a.reason === b.reason && a.message === b.message

/**
 * Reports the configuration error of the session in use once while it
 * lasts, however often the host renders: again only after a session without
 * one, or for another problem.
 */
export class SessionErrorReport {
  readonly #host: ReactiveControllerHost & EventTarget & { readonly isConnected: boolean }
  readonly #report: (error: SeamConfigError) => void
  #last: SeamConfigError | undefined

  constructor(host: ReactiveControllerHost & EventTarget & { readonly isConnected: boolean }, report: (error: SeamConfigError) => void) {
    this.#host = host
    this.#report = report
  }

  /** `current` is asked again when the report is due: only a problem still there is reported. */
  check(error: SeamConfigError | undefined, current: () => SeamConfigError | undefined): void {
    if (!error) {
      this.#last = undefined
      return
    }
    if (sameProblem(error, this.#last)) return
    this.#last = error
    // Wait a task: the page may still be wiring its listeners, and a
    // provider upgraded after this element may still hand a session down.
    setTimeout(() => {
      const still = current()
      if (this.#host.isConnected && sameProblem(still, error)) this.#report(still!)
    })
  }
}

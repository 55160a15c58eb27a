import type { ReactiveController, ReactiveControllerHost } from 'lit'
import type { SeamError } from '../../state/index.js'
import { describeError } from '../../catalog/index.js'
import { t, type StringKey } from '../../i18n/index.js'

/** What went wrong with a code: a sentence of the catalog, with the error's reason when there is one. */
export interface CodeFailure {
  /** A sentence that takes `{reason}` when `error` is given. */
  say: StringKey
  error?: SeamError | undefined
}

/**
 * The last failure of an action on each code (a delete, a conversion),
 * kept until the next attempt on that code. Put into words when shown, so
 * they follow the locale.
 */
export class CodeFailures implements ReactiveController {
  readonly #host: ReactiveControllerHost
  #failures = new Map<string, CodeFailure>()

  constructor(host: ReactiveControllerHost) {
    this.#host = host
    host.addController(this)
  }

  set(id: string, failure: CodeFailure): void {
    this.#failures = new Map(this.#failures).set(id, failure)
    this.#host.requestUpdate()
  }

  clear(id: string): void {
    if (!this.#failures.has(id)) return
    this.#failures = new Map(this.#failures)
    this.#failures.delete(id)
    this.#host.requestUpdate()
  }

  has(id: string): boolean {
    return this.#failures.has(id)
  }

  /** The failure of this code in words, or undefined. */
  words(id: string, locale: string): string | undefined {
    const failure = this.#failures.get(id)
    return failure && describeFailure(failure, locale)
  }

  hostConnected(): void {}
}

export function describeFailure(failure: CodeFailure, locale: string): string {
  return t(locale, failure.say, failure.error ? { reason: describeError(locale, failure.error) } : {})
}

import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit'
import type { SeamError } from '../../state/index.js'
import { t } from '../../i18n/index.js'
import type { SessionStore } from '../../state/store.js'
import type { Announcer } from './announcer.js'
import { InlineConfirm } from './confirm.js'
import { CodeFailures, describeFailure } from './failures.js'

type Code = { access_code_id: string }

export interface DeleteFlowOptions<C extends Code> {
  store: () => SessionStore | undefined
  locale: () => string
  /** The code's name as the question and the announcement say it. */
  name: (code: C, locale: string) => string
  /** The store mutation; resolves once the code is gone from the lock. */
  remove: (store: SessionStore, code: C) => Promise<void>
  /** The code is gone: tell the page (the element's event). */
  removed: (code: C) => void
  /** Tells the page about a failure (the element's `reportError`). */
  report: (error: SeamError) => void
  announcer: Announcer
  /** Where failures are kept, when the host keeps other failures of its codes there too. */
  failures?: CodeFailures
}

/**
 * Deleting a code, the same in every element: ask inline ("Delete X from
 * the lock?"), run the store's mutation, then say it was deleted and fire
 * the element's event; on failure keep the reason beside the code, say it,
 * and report it as `seam-error`. The element shows the deletion under way
 * from the store's activity (`store.activity(id) === 'deleting'`).
 */
export class DeleteFlow<C extends Code> implements ReactiveController {
  readonly confirm: InlineConfirm
  readonly failures: CodeFailures
  readonly #options: DeleteFlowOptions<C>

  constructor(host: ReactiveControllerHost, options: DeleteFlowOptions<C>) {
    this.#options = options
    this.confirm = new InlineConfirm(host)
    this.failures = options.failures ?? new CodeFailures(host)
    host.addController(this)
  }

  /** Whether the question for this code is open. */
  asking(id: string): boolean {
    return this.confirm.current === id
  }

  /** Opens the question for this code. */
  ask(id: string): void {
    this.confirm.open(id)
  }

  /** The question, in place of the code's delete button. */
  question(code: C, locale: string): TemplateResult {
    return this.confirm.render(this.#options.name(code, locale), locale, () => void this.delete(code))
  }

  /** The last failed delete (or other action) of this code, in words. */
  failure(id: string, locale: string): string | undefined {
    return this.failures.words(id, locale)
  }

  /** The failure line under a code, or nothing. */
  failureNote(id: string, locale: string): TemplateResult | typeof nothing {
    const words = this.failure(id, locale)
    return words ? html`<span class="failure">${words}</span>` : nothing
  }

  async delete(code: C): Promise<void> {
    const o = this.#options
    const store = o.store()
    if (!store) return
    const id = code.access_code_id
    this.failures.clear(id)
    try {
      await o.remove(store, code)
      const locale = o.locale()
      o.announcer.announce(t(locale, 'codeRemoved', { name: o.name(code, locale) }))
      o.removed(code)
    } catch (error) {
      const failure = { say: 'deleteFailed', error: error as SeamError } as const
      this.failures.set(id, failure)
      o.announcer.announce(describeFailure(failure, o.locale()))
      o.report(error as SeamError)
    }
  }

  hostConnected(): void {}
}

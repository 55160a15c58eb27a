import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit'
import type { AccessCode, UnmanagedAccessCode } from '@seamapi/types/connect'
import { SeamNetworkError, asSeamError, awaitsOutcome, type SeamError } from '../../state/index.js'
import { t } from '../../i18n/index.js'
import { displayName } from '../format.js'
import type { SessionStore } from '../../state/store.js'
import type { Activity } from '../../state/types.js'
import type { Announcer } from './announcer.js'
import { InlineConfirm } from './confirm.js'
import { deepActiveElement, focusIsLost } from './modal.js'
import { CodeFailures, describeFailure } from './failures.js'

type Code = { access_code_id: string }

export interface DeleteFlowOptions<C extends Code> {
  store: () => SessionStore | undefined
  locale: () => string
  /** The code's name as the question and the announcement say it. */
  name: (code: C, locale: string) => string
  /** The store mutation; resolves once the code is gone from the lock. */
  remove: (store: SessionStore, code: C) => Promise<void>
  /** The store's "Check again" after `remove` rejected with OutcomeUnknownError (`lost`); never deletes. */
  recheck?: (store: SessionStore, code: C, lost: SeamError) => Promise<void>
  /** Called when the question opens: start loading what `remove` needs, while the person reads it. */
  prepare?: () => void
  /** The code is gone: tell the page (the element's event). */
  removed: (code: C) => void
  /**
   * Where focus goes when it was in the code's row, gone with the code: the
   * row of `nextId` (the one after it, else before it) when still there, else
   * a heading or the like; never the page's body.
   */
  focusFallback?: (nextId: string | undefined) => void
  /** Tells the page about a failure (the element's `reportError`). */
  report: (error: SeamError) => void
  announcer: Announcer
  /** Where failures are kept, when the host keeps other failures of its codes there too. */
  failures?: CodeFailures
}

type Routes<C extends Code> = Pick<DeleteFlowOptions<C>, 'name' | 'remove' | 'recheck' | 'prepare'>
type Mutations = typeof import('../../state/mutations.js')
/**
 * The store's deletes, loaded when a delete's question first opens: a table
 * that is only read never needs them (the script-tag module's first screen
 * is smaller by them), and the question covers the wait. Once here they run
 * in the same task as the click, as before they were lazy.
 */
let mutations: Mutations | undefined
let loading: Promise<Mutations> | undefined
const load = (): Promise<Mutations> =>
  (loading ??= import('../../state/mutations.js').then(
    (m) => (mutations = m),
    (error: unknown) => {
      // Offline, or the chunk is not beside the entry: nothing was sent, the
      // delete fails as a network failure would (a SeamError, as seam-error
      // promises), and the next one tries again.
      loading = undefined
      throw new SeamNetworkError(error)
    },
  ))
const withMutations = <T>(run: (m: Mutations) => Promise<T>): Promise<T> => (mutations ? run(mutations) : load().then(run))
const prepare = (): void => void load().catch(() => {})
/** What deleting a managed code sends and checks, the same from the table and the details. */
export const managedDeletes: Routes<AccessCode> = {
  name: displayName,
  remove: (store, code) => withMutations((m) => m.deleteManaged(store, code)),
  recheck: (store, code, lost) => withMutations((m) => m.checkManagedDeletion(store, code, lost)),
  prepare,
}
/** The same for a code Seam does not manage. */
export const unmanagedDeletes: Routes<UnmanagedAccessCode> = {
  name: displayName,
  remove: (store, code) => withMutations((m) => m.deleteUnmanaged(store, code)),
  recheck: (store, code, lost) => withMutations((m) => m.checkUnmanagedDeletion(store, code, lost)),
  prepare,
}

/**
 * Deleting a code, the same in every element: ask inline ("Delete X from
 * the lock?"), run the store's mutation, then say it was deleted and fire
 * the element's event; on failure keep the reason beside the code, say it,
 * and report it as `seam-error`. The element shows the deletion under way
 * from `activity(id)` (`'deleting'`, or `'checking'` while a lost answer is
 * checked): the store's activity, or this flow's before the store has it. When checking could not tell
 * whether the code was deleted, the element offers "Check again"
 * (`unconfirmed(id)`, `checkAgainButton`) instead of Delete: nothing is sent
 * twice until the check shows the delete did not happen.
 */
/** The id of the row after this one, else before it (rows carry `data-id`; spacers do not). */
function neighbourId(row: HTMLElement): string | undefined {
  for (const step of ['nextElementSibling', 'previousElementSibling'] as const) {
    for (let el = row[step] as HTMLElement | null; el; el = el[step] as HTMLElement | null) if (el.dataset['id']) return el.dataset['id']
  }
  return undefined
}

export class DeleteFlow<C extends Code> implements ReactiveController {
  readonly confirm: InlineConfirm
  readonly failures: CodeFailures
  readonly #options: DeleteFlowOptions<C>
  /** Codes whose delete (or its check) runs here, until its outcome is kept: what each is doing. */
  readonly #running = new Map<string, Activity>()
  readonly #host: ReactiveControllerHost

  constructor(host: ReactiveControllerHost, options: DeleteFlowOptions<C>) {
    this.#options = options
    this.#host = host
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
    this.#options.prepare?.()
    this.confirm.open(id)
  }

  /**
   * What the element shows this code doing: the store's activity, or, in the
   * moment before the store has it (a delete whose code is still loading),
   * the delete or check this flow has started. Read this, not the store.
   */
  activity(id: string): Activity | undefined {
    return this.#options.store()?.activity(id) ?? this.#running.get(id)
  }

  /** The question, in place of the code's delete button. */
  question(code: C, locale: string): TemplateResult {
    return this.confirm.render(this.#options.name(code, locale), locale, () => void this.delete(code))
  }

  /**
   * The last failed delete (or other action) of this code, in words. That a
   * delete is unconfirmed comes from the session (it may have been sent, and
   * checked since, by another element), so it never outlives the fact.
   */
  failure(id: string, locale: string): string | undefined {
    return this.unconfirmed(id) && !this.activity(id) ? describeFailure({ say: 'deleteUnconfirmed' }, locale) : this.failures.words(id, locale)
  }

  /** The failure line under a code, or nothing. */
  failureNote(id: string, locale: string): TemplateResult | typeof nothing {
    const words = this.failure(id, locale)
    return words ? html`<span class="failure">${words}</span>` : nothing
  }

  /**
   * Whether Seam may still delete this code (checking could not tell, or it
   * had not said by the deadline); then offer `checkAgainButton`, not Delete.
   * The session keeps it, whichever element sent the delete (the details in
   * a dialog since closed, another list of the lock).
   */
  unconfirmed(id: string): boolean {
    return this.#lost(id) !== undefined
  }

  #lost(id: string): SeamError | undefined {
    return this.#options.recheck ? this.#options.store()?.unsettled('delete', id) : undefined
  }

  /**
   * Whether a delete of this code runs here, or checking could not tell how
   * it went: a list keeps the code on screen meanwhile (HeldRows), even in
   * the moment between the store clearing its activity and this keeping
   * the outcome.
   */
  holds(id: string): boolean {
    return this.#running.has(id) || this.unconfirmed(id)
  }

  /**
   * Nothing this flow or the session holds on screen: no delete runs here,
   * and no write of the session runs or awaits its outcome (SessionStore.quiet,
   * which keeps the unconfirmed deletes). A list then asks no code whether
   * it is held (HeldRows).
   */
  get idle(): boolean {
    return this.#running.size === 0 && (this.#options.store()?.quiet ?? true)
  }

  /** "Check again", in place of the delete button of a code whose deletion is unconfirmed. */
  checkAgainButton(code: C, locale: string): TemplateResult {
    const stop = (e: Event): void => e.stopPropagation()
    return html`<button
      type="button"
      class="check-again"
      aria-label=${t(locale, 'checkAgainCode', { name: this.#options.name(code, locale) })}
      @click=${(e: Event) => (stop(e), void this.checkAgain(code))}
      @keydown=${stop}
    >
      ${t(locale, 'checkAgain')}
    </button>`
  }

  delete(code: C): Promise<void> {
    return this.#run(code, 'deleting', (store) => this.#options.remove(store, code))
  }

  /** Asks the server whether an unconfirmed deletion happened; never deletes. */
  checkAgain(code: C): Promise<void> {
    const lost = this.#lost(code.access_code_id)
    const recheck = this.#options.recheck
    return lost && recheck ? this.#run(code, 'checking', (store) => recheck(store, code, lost)) : Promise.resolve()
  }

  async #run(code: C, doing: Activity, run: (store: SessionStore) => Promise<void>): Promise<void> {
    const o = this.#options
    const store = o.store()
    if (!store) return
    const id = code.access_code_id
    // One request per code: until the store shows the delete under way (its
    // chunk may still be loading), a second question answered is ignored here.
    if (this.#running.has(id)) return
    this.failures.clear(id)
    // "Check again" gives way to "Checking…" (or busy actions): focus on it goes to the code's row, not to the page.
    if (doing === 'checking' && deepActiveElement()?.classList.contains('check-again')) this.confirm.focusRow(id)
    this.#running.set(id, doing)
    this.#host.requestUpdate()
    let gone = false
    try {
      await run(store)
      gone = true
      const locale = o.locale()
      o.announcer.announce(t(locale, 'codeRemoved', { name: o.name(code, locale) }))
      o.removed(code)
    } catch (thrown) {
      // Whether Seam may still apply it, the store keeps (unconfirmed).
      const error = asSeamError(thrown)
      const unknown = awaitsOutcome(error)
      const failure = { say: unknown ? 'deleteUnconfirmed' : 'deleteFailed', error } as const
      if (!unknown) this.failures.set(id, failure)
      o.announcer.announce(describeFailure(failure, o.locale()))
      o.report(error)
    } finally {
      // The row leaves with the next render: focus in it must not fall to the page (and focus elsewhere stays put).
      const row = gone ? this.confirm.rowOf(id) : undefined
      const hadFocus = row?.matches(':focus-within') === true
      const nextId = hadFocus ? neighbourId(row!) : undefined
      this.#running.delete(id)
      this.#host.requestUpdate()
      if (hadFocus && o.focusFallback) {
        await this.#host.updateComplete
        if (focusIsLost()) o.focusFallback(nextId)
      }
    }
  }

  hostConnected(): void {}
}

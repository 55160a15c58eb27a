import type { SeamEvent } from '@seamapi/types/connect'
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit'
import { repeat } from 'lit/directives/repeat.js'
import { describeError } from '../../catalog/index.js'
import { describeEvent } from '../../catalog/events.js'
import { t } from '../../i18n/index.js'
import '../../i18n/strings.more.en.js'
import { asSeamError, eventTime, historyQuery, newestFirst, olderHistory, type HistoryPage, type SeamError, type SessionStore } from '../../state/index.js'
import { QueryController } from '../../ui/controllers/query.js'
import { formatDate, relativeTime, type FormatContext } from '../../ui/format.js'
import { loadFailedBlock, loadingBlock, staleNotice } from '../../ui/templates/states.js'

export interface HistoryOptions {
  store: () => SessionStore | undefined
  accessCodeId: () => string | undefined
  /** Poll interval for the newest page (the house's rule: faster while the code is setting or removing). */
  interval: () => number
  report: (error: SeamError) => void
}

interface Older {
  loading: boolean
  error: SeamError | undefined
  /** undefined until an older page came: then whether the API holds more. */
  more: boolean | undefined
  oldest: string | undefined
}

const freshOlder = (): Older => ({ loading: false, error: undefined, more: undefined, oldest: undefined })

/**
 * A code's history: the newest page as a polled store query, and older
 * pages on request. Every event seen is kept (by id), so a poll that brings
 * new events never opens a gap between the newest page and the older ones
 * already shown, and a failed load keeps what is on screen.
 */
export class HistoryFeed implements ReactiveController {
  readonly #host: ReactiveControllerHost
  readonly #o: HistoryOptions
  readonly #newest: QueryController<HistoryPage>
  #forId: string | undefined
  #merged: HistoryPage | undefined
  #seen = new Map<string, SeamEvent>()
  #sorted: SeamEvent[] = []
  #older: Older = freshOlder()
  #abort: AbortController | undefined
  /** The first event of the last older page, for focus to land on. */
  firstOlder: string | undefined

  constructor(host: ReactiveControllerHost, options: HistoryOptions) {
    this.#host = host
    this.#o = options
    this.#newest = new QueryController<HistoryPage>(
      host,
      () => {
        const id = options.accessCodeId()
        const store = options.store()
        return id && store ? historyQuery(store, id) : undefined
      },
      () => options.interval(),
    )
    host.addController(this)
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#abort?.abort()
    this.#older = { ...this.#older, loading: false }
  }

  get state() {
    return this.#newest.state
  }

  /** Everything seen for this code, newest first. */
  get events(): SeamEvent[] {
    this.#sync()
    return this.#sorted
  }

  get more(): boolean {
    this.#sync()
    return this.#older.more ?? this.#newest.state?.data?.more ?? false
  }

  get older(): Readonly<Older> {
    return this.#older
  }

  refresh(): Promise<void> {
    return this.#newest.refresh()
  }

  /** The code changed: its newest events are asked for again, and an answer already on its way (which may predate the change) is dropped. */
  invalidate(): Promise<void> {
    return this.#newest.query?.invalidate() ?? Promise.resolve()
  }

  #sync(): void {
    const id = this.#o.accessCodeId()
    if (id !== this.#forId) {
      // Another code: nothing of the last one's history may show.
      this.#abort?.abort()
      this.#forId = id
      this.#seen = new Map()
      this.#sorted = []
      this.#merged = undefined
      this.#older = freshOlder()
      this.firstOlder = undefined
    }
    const page = this.#newest.state?.data
    if (page && page !== this.#merged) {
      this.#merged = page
      this.#add(page.events)
    }
  }

  #add(events: readonly SeamEvent[]): number {
    let added = 0
    for (const e of events) {
      if (!this.#seen.has(e.event_id)) added++
      this.#seen.set(e.event_id, e)
    }
    if (added > 0) this.#sorted = newestFirst([...this.#seen.values()])
    return added
  }

  /**
   * "Show older": the page before the oldest shown. A second press while it
   * loads sends nothing. Resolves true when this press brought events no
   * one had seen (then `firstOlder` is the first of them).
   */
  async loadOlder(): Promise<boolean> {
    this.#sync()
    const store = this.#o.store()
    const id = this.#forId
    const oldest = this.#older.oldest ?? this.#newest.state?.data?.oldest
    if (!store || !id || !oldest || this.#older.loading) return false
    const abort = new AbortController()
    this.#abort = abort
    this.#older = { ...this.#older, loading: true, error: undefined }
    this.#host.requestUpdate()
    try {
      const page = await olderHistory(store, id, oldest, { signal: abort.signal, known: [...this.#seen.values()] })
      if (abort.signal.aborted) return false
      const before = new Set(this.#seen.keys())
      const added = this.#add(page.events)
      this.firstOlder = this.#sorted.find((e) => !before.has(e.event_id))?.event_id
      // A page of nothing new (every event of one millisecond) must not offer the same page again.
      const moved = page.oldest !== undefined && page.oldest !== oldest
      this.#older = { loading: false, error: undefined, more: page.more && (added > 0 || moved), oldest: page.oldest ?? oldest }
      this.#host.requestUpdate()
      return added > 0
    } catch (thrown) {
      if (abort.signal.aborted) return false
      const error = asSeamError(thrown)
      this.#older = { ...this.#older, loading: false, error }
      this.#o.report(error)
      this.#host.requestUpdate()
      return false
    }
  }
}

/** One event in words, with its time in the lock's zone and relatively. */
function eventPart(e: SeamEvent, ctx: FormatContext): TemplateResult {
  const said = describeEvent(e.event_type, ctx.locale)
  const at = eventTime(e)
  return html`<li part="event" class="event tone-${said.tone}" data-event-id=${e.event_id} data-type=${said.known ? e.event_type : 'unknown'} tabindex="-1">
    <span class="event-text">${said.text}</span>
    ${at === undefined
      ? nothing
      : html`<span class="event-time muted"
          ><time datetime=${new Date(at).toISOString()}>${formatDate(at, ctx)}</time> · <span class="relative">${relativeTime(at, ctx)}</span></span
        >`}
  </li>`
}

/** The history section: its events, newest first, and "Show older". */
export function historyPart(feed: HistoryFeed, ctx: FormatContext, retry: () => void, showOlder: () => void): TemplateResult {
  const { locale } = ctx
  const state = feed.state
  const events = feed.events
  const older = feed.older
  let body: TemplateResult
  if (state?.data === undefined && events.length === 0) {
    body = state?.error ? loadFailedBlock(locale, state.error, retry, 'historyFailed') : loadingBlock(locale, 2, 'historyLoading')
  } else {
    body = html`${staleNotice(locale, state, retry)}
      ${events.length === 0
        ? html`<p class="muted">${t(locale, 'historyEmpty')}</p>`
        : html`<ol class="events">
            ${repeat(events, (e) => e.event_id, (e) => eventPart(e, ctx))}
          </ol>`}
      ${older.error ? html`<p class="failure" role="alert">${t(locale, 'olderFailed', { reason: describeError(locale, older.error) })}</p>` : nothing}
      ${feed.more
        ? html`<button type="button" class="older" aria-disabled=${older.loading ? 'true' : 'false'} @click=${showOlder}>
            ${older.loading ? t(locale, 'loadingOlder') : t(locale, 'showOlder')}
          </button>`
        : older.more === false
          ? html`<p class="muted end">${t(locale, 'historyEnd')}</p>`
          : nothing}`
  }
  return html`<section part="history" aria-labelledby="history-title">
    <h3 id="history-title">${t(locale, 'historyHeading')}</h3>
    ${body}
  </section>`
}

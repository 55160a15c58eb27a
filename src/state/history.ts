import type { SeamEvent } from '@seamapi/types/connect'
import { SeamUnreadableAnswerError } from '../api/errors.js'
import type { Query } from './query.js'
import type { SessionStore } from './store.js'

// The history of one access code, from /events/list. The API has no page
// cursor for events: it takes `since` or `between` (an exclusive interval),
// `limit`, and answers the newest events of the window. So the first page is
// the newest `limit` since the epoch, and each older page is the window that
// ends where the oldest event shown begins.

/** Events per page; one more is asked for, to know whether older ones exist. */
export const HISTORY_PAGE_SIZE = 20
/** Every event the API keeps: the history has no start of its own. */
export const HISTORY_SINCE = new Date(0).toISOString()

export interface HistoryPage {
  /** This code's events of the page, newest first by the time shown (`eventTime`). */
  events: SeamEvent[]
  /** The API holds events older than this page. */
  more: boolean
  /** Where the next older page ends: `created_at` of the oldest event of this page. */
  oldest: string | undefined
}

const ms = (value: unknown): number | undefined => {
  const t = typeof value === 'string' ? Date.parse(value) : Number.NaN
  return Number.isNaN(t) ? undefined : t
}
const created = (e: SeamEvent): number => ms(e.created_at) ?? Number.NEGATIVE_INFINITY

/** When an event happened, as a history shows it: `occurred_at`, else when Seam recorded it. */
export const eventTime = (e: SeamEvent): number | undefined => ms((e as { occurred_at?: unknown }).occurred_at) ?? ms(e.created_at)

/**
 * Newest first by the time shown, whatever order the server sent. Seam may
 * record an event later than it happened (a lock that was offline), so its
 * `created_at`, by which the API pages, is not the order a reader sees.
 */
export function newestFirst(events: readonly SeamEvent[]): SeamEvent[] {
  return [...events].sort((a, b) => (eventTime(b) ?? Number.NEGATIVE_INFINITY) - (eventTime(a) ?? Number.NEGATIVE_INFINITY) || created(b) - created(a))
}

/** Newest recorded first: the API's order, by which pages end. */
const newestRecordedFirst = (events: readonly SeamEvent[]): SeamEvent[] => [...events].sort((a, b) => created(b) - created(a))

function pageOf(answer: unknown, accessCodeId: string, size: number, known: ReadonlySet<string> = new Set()): HistoryPage {
  if (!Array.isArray(answer)) throw new SeamUnreadableAnswerError({ route: '/events/list', reason: answer == null ? 'missing' : 'wrong-type', field: 'events' })
  const all = newestRecordedFirst(
    answer.filter((e): e is SeamEvent => e != null && typeof e === 'object' && typeof e.event_id === 'string' && !known.has(e.event_id)),
  )
  const page = all.slice(0, size)
  // Filtered again here: some backends ignore access_code_id.
  const events = newestFirst(page.filter((e) => (e as { access_code_id?: unknown }).access_code_id === accessCodeId))
  return { events, more: all.length > size, oldest: page.at(-1)?.created_at }
}

/** The newest page of a code's history, shared and polled like any query. */
export function historyQuery(store: SessionStore, accessCodeId: string, size = HISTORY_PAGE_SIZE): Query<HistoryPage> {
  const params = { access_code_id: accessCodeId, since: HISTORY_SINCE, limit: size + 1 }
  return store.query('/events/list', params, async (signal) => pageOf(await store.client.events.list(params, { signal }), accessCodeId, size))
}

export interface OlderOptions {
  signal?: AbortSignal | undefined
  size?: number | undefined
  /** The events shown already: the window overlaps them by the millisecond of `oldest`. */
  known?: readonly SeamEvent[] | undefined
}

/**
 * The page before `oldest` (a `created_at` of the page shown last). The
 * window ends a millisecond after it, so events of that same millisecond
 * that did not fit the last page are not skipped; the ones shown already
 * are asked for on top of the page and dropped.
 */
export async function olderHistory(store: SessionStore, accessCodeId: string, oldest: string, options: OlderOptions = {}): Promise<HistoryPage> {
  const size = options.size ?? HISTORY_PAGE_SIZE
  const at = Date.parse(oldest)
  const overlap = (options.known ?? []).filter((e) => Date.parse(e.created_at) === at)
  const end = new Date(at + 1).toISOString()
  const answer = await store.client.events.list(
    { access_code_id: accessCodeId, between: [HISTORY_SINCE, end], limit: size + overlap.length + 1 },
    { signal: options.signal },
  )
  return pageOf(answer, accessCodeId, size, new Set(overlap.map((e) => e.event_id)))
}

import { pageClock, sleep, type Clock } from '../api/abortable.js'
import { SeamUnreadableAnswerError, isAbort, isOutcomeUnknown } from '../api/errors.js'
import { OutcomeUnknownError, TabClosedError } from './errors.js'

/**
 * A write whose answer may be lost, checked against the server instead of
 * guessed, and never sent twice by the kit.
 *
 * Wrap the one send of a write and say how the server shows it took effect:
 *
 * ```ts
 * const code = await checkWrite({
 *   // Sent once; its answer, when it comes, is the outcome and no check runs.
 *   send: () => store.client.accessCodes.update(params, { signal }),
 *   // What the server shows now: the outcome when the write took effect,
 *   // NO_TRACE when it shows no sign of it, undefined when it cannot tell yet.
 *   check: async () => {
 *     const now = await store.client.accessCodes.get({ access_code_id: id }, { signal })
 *     return carriesTheNewValues(now) ? now : NO_TRACE
 *   },
 *   // Seam applies an update before it answers: no trace means not applied at once.
 *   settleMs: 0,
 *   onChecking: () => store.setActivity(id, 'checking'),
 *   clock: store.clock,
 *   signal,
 * })
 * ```
 *
 * - Seam refused (any error but a lost answer): rejects with it at once; the
 *   page offers "Try again".
 * - The answer was lost (`isOutcomeUnknown`), or `recheck` says the error
 *   may come from a write applied already (a delete the network resent,
 *   answering 404): `onChecking`, then `check` until it decides:
 *   - a value: the write was applied; resolves with it, as if it had answered;
 *   - NO_TRACE once `settleMs` have passed since the send (and
 *     `unfinishedMs` since a send that gave up waiting): it was not
 *     applied; rejects with the send's error, so "Try again" is safe;
 *   - undefined, or a failing check: cannot tell yet; asks again, backing off.
 * - Still undecided after `deadlineMs`: rejects with OutcomeUnknownError,
 *   whose `cause` is the send's error. The page says so and offers "Check
 *   again": `confirmWrite` runs the same check alone.
 *
 * Create (a code of the device with that name and PIN created since the
 * request), update (the code carries the new values) and pull-backup (the
 * code's `pulled_backup_access_code_id`) plug in the same way, with
 * `settleMs: 0` and `unfinishedMs`; conversions and unmanaged deletions show later, so they
 * wait `settleMs` before reading "no trace" as "not applied".
 */
export interface WriteCheck<T> {
  send: () => Promise<T>
  check: () => Promise<T | typeof NO_TRACE | undefined>
  /** Errors of the send that may come from the write applied already: checked, not reported. */
  recheck?: ((error: unknown) => boolean) | undefined
  /** How long after the send the server may still show no sign of an applied write (default 0). */
  settleMs?: number | undefined
  /**
   * When the send gave up before the server answered (a timeout, a dropped
   * connection, a gateway's 502/503/504), how long after that the server
   * may still be applying it: "no trace" means "not applied" only then
   * (default 0). A write Seam applies before it answers needs it all the
   * same: it had not answered yet.
   */
  unfinishedMs?: number | undefined
  /** How long to check before rejecting with OutcomeUnknownError (default 30 s). */
  deadlineMs?: number | undefined
  firstDelayMs?: number | undefined
  maxDelayMs?: number | undefined
  /** The check starts: the page says it could not confirm the outcome and is checking. */
  onChecking?: (() => void) | undefined
  clock?: Clock | undefined
  signal?: AbortSignal | undefined
}

/** What `check` returns when the server shows no sign of the write. */
export const NO_TRACE: unique symbol = Symbol('no trace of the write')

export const CHECK_DEADLINE_MS = 30_000

/** How long a write Seam had not answered when the send gave up may still take (see WriteCheck.unfinishedMs). */
export const UNFINISHED_MS = 5_000

/** The send gave up waiting, rather than the server answering with what could not be read: it may still be at work. */
const mayBeUnfinished = (error: unknown): boolean => isOutcomeUnknown(error) && !(error instanceof SeamUnreadableAnswerError)

/** Sends the write once; when its answer is lost, finds out from the server what happened. */
export async function checkWrite<T>(w: WriteCheck<T>): Promise<T> {
  const clock = w.clock ?? pageClock
  const sentAt = clock.now()
  try {
    return await w.send()
  } catch (error) {
    if (isAbort(error) || !(isOutcomeUnknown(error) || w.recheck?.(error))) throw error
    const unfinished = mayBeUnfinished(error) ? clock.now() + (w.unfinishedMs ?? 0) : -Infinity
    return check(w, error, Math.max(sentAt + (w.settleMs ?? 0), unfinished))
  }
}

/**
 * "Check again" after an OutcomeUnknownError: runs `check` alone (`send` is
 * not called), long after the send, so no trace means not applied. Rejects
 * with the lost answer's error when it was not. After a TabClosedError the
 * closed tab may have sent it a moment ago: no trace means not applied only
 * once `settleMs` have passed from now.
 */
export function confirmWrite<T>(w: Omit<WriteCheck<T>, 'send' | 'recheck'>, lost: unknown): Promise<T> {
  // The closed tab's send may still be on its way, or at work on the server.
  const settled = lost instanceof TabClosedError ? (w.clock ?? pageClock).now() + Math.max(w.settleMs ?? 0, w.unfinishedMs ?? 0) : -Infinity
  return check(w, lost instanceof OutcomeUnknownError && lost.cause !== undefined ? lost.cause : lost, settled)
}

/** Asks `check` until it decides; "no trace" reads as "not applied" from `settled` on. */
async function check<T>(w: Omit<WriteCheck<T>, 'send'>, lost: unknown, settled: number): Promise<T> {
  const clock = w.clock ?? pageClock
  const deadline = Math.max(clock.now() + (w.deadlineMs ?? CHECK_DEADLINE_MS), settled)
  let delay = w.firstDelayMs ?? 300
  w.onChecking?.()
  for (;;) {
    let seen: T | typeof NO_TRACE | undefined
    try {
      seen = await w.check()
    } catch (error) {
      if (isAbort(error)) throw error
      // The check's own request failed: that tells nothing about the write.
      seen = undefined
    }
    const now = clock.now()
    if (seen === NO_TRACE) {
      if (now >= settled) throw lost
    } else if (seen !== undefined) {
      return seen
    }
    if (now >= deadline) throw new OutcomeUnknownError(lost)
    // Wake when the settling time ends, to say "not applied" no later than that.
    const wait = seen === NO_TRACE && settled > now ? Math.min(delay, settled - now) : delay
    await sleep(Math.min(wait, Math.max(0, deadline - now)), w.signal, clock)
    delay = Math.min(w.maxDelayMs ?? 1_000, Math.round(delay * 1.6))
  }
}

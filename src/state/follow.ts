import type { ActionAttempt } from '@seamapi/types/connect'
import type { SeamClient } from '../api/client.js'
import { pageClock, sleep, type Clock } from '../api/abortable.js'
import { SeamApiError, isAbort } from '../api/errors.js'
import { FollowDeadlineError } from './errors.js'

export interface FollowOptions {
  signal?: AbortSignal | undefined
  /** Give up after this long; the caller decides what "still pending" means. */
  deadlineMs?: number
  firstDelayMs?: number
  maxDelayMs?: number
  /** Time for the deadline and the waits; the session store's by default. */
  clock?: Clock | undefined
}

/**
 * Asks `check` until it returns a value, backing off between tries, until the
 * deadline. A failing check (the network dropped) is just another "not yet":
 * the outcome is still on the server and we keep asking.
 */
export async function poll<T>(check: () => Promise<T | undefined>, o: FollowOptions = {}): Promise<T> {
  const clock = o.clock ?? pageClock
  const deadline = clock.now() + (o.deadlineMs ?? 120_000)
  let delay = o.firstDelayMs ?? 400
  for (;;) {
    try {
      const value = await check()
      if (value !== undefined) return value
    } catch (error) {
      if (isAbort(error)) throw error
      // A 4xx other than 404/429 will not get better by asking again.
      if (error instanceof SeamApiError && error.status >= 400 && error.status < 500 && ![404, 408, 429].includes(error.status)) throw error
    }
    if (clock.now() + delay > deadline) throw new FollowDeadlineError()
    await sleep(delay, o.signal, clock)
    delay = Math.min(o.maxDelayMs ?? 4_000, Math.round(delay * 1.6))
  }
}

/** Follows an action attempt until it is `success` or `error`. */
export function followActionAttempt(client: SeamClient, attempt: ActionAttempt, o: FollowOptions = {}): Promise<ActionAttempt> {
  if (attempt.status !== 'pending') return Promise.resolve(attempt)
  return poll(async () => {
    const current = await client.actionAttempts.get({ action_attempt_id: attempt.action_attempt_id }, { signal: o.signal })
    return current.status === 'pending' ? undefined : current
  }, o)
}

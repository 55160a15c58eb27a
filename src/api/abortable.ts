import { abortError } from './errors.js'

/**
 * The time a wait, a timeout or a poll runs on. The page's by default;
 * tests hand in a clock they move by hand instead of sleeping.
 */
export interface Clock {
  now(): number
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

// Looked up at each call, not captured at import, so fake timers a test
// installs on the page are honoured too.
export const pageClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
}

/** Resolves after `ms`; rejects with an aborted SeamError as soon as `signal` aborts, and stops the timer. */
export function sleep(ms: number, signal?: AbortSignal, clock: Clock = pageClock): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortError())
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clock.clearTimeout(handle)
      reject(abortError())
    }
    const handle = clock.setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/**
 * `promise`, or a rejection as soon as `signal` aborts. The work behind the
 * promise goes on (others may share it); only this caller stops waiting.
 */
export function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise
  if (signal.aborted) return Promise.reject(abortError())
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortError())
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

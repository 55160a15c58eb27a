import type { Clock } from '../../src/api/abortable.js'

/** One real task: lets fetch stubs, lock managers and promise chains move on. */
export const nextTask = (): Promise<void> => new Promise((r) => setTimeout(r))

/**
 * A clock that moves only when the test says so, for the store, the
 * transport and `sleep` (their `clock` option). It starts at the real time,
 * so timestamps look like timestamps.
 */
export function manualClock(start = Date.now()) {
  let now = start
  let last = 0
  const due = new Map<number, { at: number; callback: () => void }>()
  const earliest = () => [...due].sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0]
  const clock: Clock = {
    now: () => now,
    setTimeout: (callback, ms) => (due.set(++last, { at: now + Math.max(0, ms), callback }), last),
    clearTimeout: (handle) => void due.delete(handle as number),
  }
  /** Fires the earliest timer, jumping to its time; false when none is set. */
  const step = (): boolean => {
    const first = earliest()
    if (first == null) return false
    due.delete(first[0])
    now = Math.max(now, first[1].at)
    first[1].callback()
    return true
  }
  return {
    clock,
    now: () => now,
    /** Timers set and not yet fired, by delay from now. */
    pending: () => [...due.values()].map((t) => t.at - now).sort((a, b) => a - b),
    /** Moves time on by `ms`, firing every timer that falls due, in order. */
    advance(ms: number): void {
      const until = now + ms
      for (let first = earliest(); first != null && first[1].at <= until; first = earliest()) step()
      now = until
    },
    /**
     * Lets `promise` run to its end, jumping from timer to timer while it
     * waits on one, so minutes of backoff take milliseconds. Settles as
     * `promise` does.
     */
    async run<T>(promise: Promise<T>, maxSteps = 10_000): Promise<T> {
      let settled = false
      const mark = () => (settled = true)
      promise.then(mark, mark)
      for (let i = 0, idle = 0; i < maxSteps; i++) {
        await nextTask()
        if (settled) return promise
        if (step()) idle = 0
        else if (++idle > 20) throw new Error('manual clock: the promise waits on something other than a timer')
      }
      throw new Error('manual clock: too many timers')
    },
  }
}

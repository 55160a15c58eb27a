import sinon from 'sinon'

// Taken before any test fakes the timers: waiting for an answer that travels
// (the fake backend over HTTP, the lock manager) must keep real time.
const realSetTimeout = globalThis.setTimeout.bind(globalThis)

export type FakeClock = sinon.SinonFakeTimers

/**
 * Fakes the page's timers and `Date` from now on, so a test moves time
 * instead of sleeping. Frames (`requestAnimationFrame`), `performance` and
 * microtasks stay real: Lit, the row window and floating-ui run on them.
 * axe runs on timers: restore the clock before `to.be.accessible()`.
 * Undo it with `clock.restore()` in `afterEach`.
 */
export const fakeTimers = (): FakeClock =>
  sinon.useFakeTimers({
    now: Date.now(),
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    // A timer set before the clock was faked can still be cleared.
    shouldClearNativeTimers: true,
  })

/**
 * Waits in real time until `condition` holds, for the fake backend's answers
 * while the page's timers are fake (open-wc's `waitUntil` polls with
 * `setTimeout`, which a fake clock holds still). Timers due now (zero
 * delay) run as it waits; time itself moves only when the test ticks.
 */
export async function untilReal(
  clock: FakeClock,
  condition: () => unknown | Promise<unknown>,
  message: string,
  { timeout = 10_000 } = {},
): Promise<void> {
  const start = performance.now()
  for (;;) {
    clock.tick(0)
    if (await condition()) return
    if (performance.now() - start > timeout) throw new Error(`Timed out (real time) waiting for: ${message}`)
    await new Promise((r) => realSetTimeout(r, 10))
  }
}

/**
 * Moves the fake clock on by `step` ms at each real task until `condition`
 * holds: for waits where the kit's own timers (backoff, Retry-After, request
 * timeouts, polls) take turns with the fake backend's answers. A request in
 * flight sees that time pass too, so a client that must not time out
 * meanwhile needs a timeout well above a few steps.
 */
export async function passTime(
  clock: FakeClock,
  condition: () => unknown | Promise<unknown>,
  message: string,
  { step = 50, timeout = 10_000 } = {},
): Promise<void> {
  const start = performance.now()
  for (;;) {
    if (await condition()) return
    if (performance.now() - start > timeout) throw new Error(`Timed out (real time) waiting for: ${message}`)
    clock.tick(step)
    await new Promise((r) => realSetTimeout(r, 10))
  }
}

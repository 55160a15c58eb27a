// The lost-answer suite every writing element runs (issue 13): the real
// client, with a short timeout, against the fake backend behind the fault
// proxy. Each element brings a driver that knows its buttons and its words.
import { expect, waitUntil } from '@open-wc/testing'
import { FetchSeamClient, resolveCredentials, type Clock } from '../../src/api/index.js'
import { SessionStore } from '../../src/state/store.js'
import { resetSessions } from '../../src/state/registry.js'
import { DEMO, backendRequests, configureBackend, injectFaults, resetBackend, type FaultRule } from './backend.js'

export const TIMEOUT_MS = 400

/** The real client, with a timeout short enough for an answer slower than it. */
export const lostClient = (): FetchSeamClient =>
  new FetchSeamClient({
    credentials: resolveCredentials({ clientSessionToken: DEMO.clientSessionToken, endpoint: '/api' }),
    timeoutMs: TIMEOUT_MS,
    baseDelayMs: 20,
    maxDelayMs: 60,
  })

export const count = async (route: string): Promise<number> => (await backendRequests()).filter((r) => r === route).length
export const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

/** The three ways the answer of a write the backend carried out never arrives. */
export const LOST_KINDS: { kind: string; rule: (path: string) => FaultRule }[] = [
  { kind: '504 after acting', rule: (path) => ({ path, status: 504, after: true, times: 1 }) },
  { kind: 'the connection dropped after acting', rule: (path) => ({ path, drop: 'after', times: 1 }) },
  { kind: 'an answer slower than the timeout', rule: (path) => ({ path, after: true, delayMs: TIMEOUT_MS * 4, times: 1 }) },
]

/**
 * A clock twenty times the page's, for a store whose 30 s check deadline
 * should pass in 1.5 s. Only for checks that cannot decide: events are
 * asked for since its "now", which runs ahead of the backend's.
 */
export function fastClock(factor = 20): Clock {
  const start = Date.now()
  return {
    now: () => start + (Date.now() - start) * factor,
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms / factor),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  }
}

export const fastStore = (): SessionStore => new SessionStore(lostClient(), undefined, { clock: fastClock() })

/** What the suite needs to know of an element that writes. */
export interface WriteDriver {
  /** The write's route. */
  route: string
  /** Routes its check reads; made to fail for "cannot decide". */
  checkRoutes: string[]
  /** The list the element shows, refreshed after an unknown outcome; none for the dialog. */
  listRoute?: string
  /** Renders the element with `lostClient()`, or with `store`, and waits until the write can start. */
  mount(store?: SessionStore): Promise<void>
  /** Starts the write as a person would (click, confirm). */
  start(): Promise<void>
  /** The element shows that the write happened. */
  succeeded(): boolean
  /** How many times the element fired its "done" event. */
  events(): number
  /** The element says it could not confirm the outcome and is checking. */
  checking(): boolean
  /** The words of a failed write. */
  failed(): boolean
  /** The "Try again" of a write that did not happen, when offered. */
  tryAgain(): HTMLButtonElement | null
  /** Runs the write again through `tryAgain()` (and its confirmation). */
  retry(): Promise<void>
  /** "Check again", when the outcome is unknown. */
  checkAgain(): HTMLButtonElement | null
  /** The element's text, for the words of an unknown outcome. */
  text(): string
}

const within = { timeout: 10_000 }

/** The lost-answer cases of issue 13, for one element's write. */
export function lostAnswerSuite(name: string, driver: () => WriteDriver): void {
  describe(`${name}: a write whose answer is lost`, () => {
    let d: WriteDriver
    beforeEach(async () => {
      resetSessions()
      await resetBackend()
      await configureBackend({ delayMs: 100 })
      d = driver()
    })
    afterEach(() => injectFaults([]))

    for (const { kind, rule } of LOST_KINDS) {
      it(`${kind}: sent once, the true outcome shown, its event fired once, never "failed" or "Try again"`, async () => {
        await d.mount()
        await injectFaults([rule(d.route)])
        await d.start()
        await waitUntil(() => d.succeeded(), 'the outcome shown', within)
        await pause(300)
        expect(d.events()).to.equal(1)
        expect(await count(d.route)).to.equal(1)
        expect(d.failed(), d.text()).to.equal(false)
        expect(d.tryAgain()).to.equal(null)
        expect(d.checkAgain()).to.equal(null)
      })
    }

    it('says it could not confirm the outcome and is checking, while it checks', async () => {
      await d.mount()
      // A slow first check keeps the checking state on screen long enough to see.
      await injectFaults([{ path: d.route, status: 504, after: true, times: 1 }, ...d.checkRoutes.map((path) => ({ path, delayMs: 700, times: 1 }))])
      await d.start()
      await waitUntil(() => d.checking(), 'checking shown', within)
      expect(d.failed()).to.equal(false)
      expect(d.tryAgain()).to.equal(null)
      await waitUntil(() => d.succeeded(), 'the outcome shown', within)
      expect(d.checking()).to.equal(false)
      expect(d.events()).to.equal(1)
    })

    it('504 before acting: the check finds nothing happened, so it failed, with "Try again", which works', async () => {
      await d.mount()
      await injectFaults([{ path: d.route, status: 504, times: 1 }])
      await d.start()
      await waitUntil(() => d.tryAgain(), '"Try again"', within)
      expect(d.failed(), d.text()).to.equal(true)
      expect(d.events()).to.equal(0)
      expect(d.checkAgain()).to.equal(null)
      expect(await count(d.route)).to.equal(1)
      await d.retry()
      await waitUntil(() => d.succeeded(), 'done on the second try', within)
      expect(d.events()).to.equal(1)
      expect(await count(d.route)).to.equal(2)
    })

    // 250 ms: after the fake acts (100 ms), before the client gives up (400 ms), so the second answer is its 404 or the like.
    for (const gap of [0, 250]) {
      it(`applied twice by the network${gap ? ', the second after the first took effect' : ''}: one outcome, no error`, async () => {
        await d.mount()
        await injectFaults([{ path: d.route, duplicate: true, duplicateAfterMs: gap, times: 1 }])
        await d.start()
        await waitUntil(() => d.succeeded(), 'the outcome shown', within)
        await pause(300)
        expect(d.events()).to.equal(1)
        expect(await count(d.route)).to.equal(1)
        expect(d.failed(), d.text()).to.equal(false)
        expect(d.tryAgain()).to.equal(null)
      })
    }

    it('when checking cannot decide by its deadline, says so and offers "Check again", never "Try again"; checking again finds the outcome', async () => {
      await d.mount(fastStore())
      const listBefore = d.listRoute ? await count(d.listRoute) : 0
      // The list fails too, so the row stays on screen (marked stale) beside its "Check again".
      const down = [...d.checkRoutes, ...(d.listRoute ? [d.listRoute] : [])].map((path) => ({ path, status: 500 }))
      await injectFaults([{ path: d.route, status: 504, after: true, times: 1 }, ...down])
      await d.start()
      await waitUntil(() => d.checkAgain(), '"Check again"', within)
      expect(d.text()).to.match(/could not confirm|could not be confirmed/i)
      expect(d.tryAgain()).to.equal(null)
      expect(d.failed()).to.equal(false)
      expect(d.events()).to.equal(0)
      if (d.listRoute) await waitUntil(async () => (await count(d.listRoute!)) > listBefore, 'the list refreshed', within)
      await injectFaults([])
      d.checkAgain()!.click()
      await waitUntil(() => d.succeeded(), 'the outcome found on checking again', within)
      expect(d.events()).to.equal(1)
      expect(await count(d.route)).to.equal(1)
    })
  })
}

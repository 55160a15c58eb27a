// The lost-answer suite every writing element runs (issue 13): the real
// client, with a short timeout, against the fake backend behind the fault
// proxy. Each element brings a driver that knows its buttons and its words.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing'
import fc from 'fast-check'
import { FetchSeamClient, resolveCredentials, type Clock } from '../../src/api/index.js'
import { SessionStore } from '../../src/state/store.js'
import { resetSessions } from '../../src/state/registry.js'
import { DEMO, backendRequests, configureBackend, injectFaults, resetBackend, type FaultRule } from './backend.js'
import { badBodies, badBody, goodAnswers, routedClient } from './bad-answers.js'

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
  /** Requests of the route one run sends when all goes well (default 1: "Convert all" sends one a code). */
  sends?: number
  /** The code written to is on screen (a list's row). */
  shown?(): boolean
  /** What was typed is still there (a form). */
  kept?(): boolean
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
        expect(await count(d.route)).to.equal(d.sends ?? 1)
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
      expect(await count(d.route)).to.equal(1 + (d.sends ?? 1))
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
        expect(await count(d.route)).to.equal(d.sends ?? 1)
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
      if (d.kept) expect(d.kept(), 'what was typed').to.equal(true)
      await injectFaults([])
      d.checkAgain()!.click()
      await waitUntil(() => d.succeeded(), 'the outcome found on checking again', within)
      expect(d.events()).to.equal(1)
      expect(await count(d.route)).to.equal(1)
      expect(d.failed(), d.text()).to.equal(false)
    })

    it('"Check again" that finds the write did not happen: failed, with "Try again", which works', async () => {
      await d.mount(fastStore())
      await injectFaults([{ path: d.route, status: 504, times: 1 }, ...d.checkRoutes.map((path) => ({ path, status: 500 }))])
      await d.start()
      await waitUntil(() => d.checkAgain(), '"Check again"', within)
      expect(d.tryAgain()).to.equal(null)
      await injectFaults([])
      d.checkAgain()!.click()
      await waitUntil(() => d.tryAgain(), '"Try again"', within)
      expect(d.failed(), d.text()).to.equal(true)
      expect(d.checkAgain()).to.equal(null)
      expect(d.events()).to.equal(0)
      expect(await count(d.route)).to.equal(1)
      if (d.kept) expect(d.kept(), 'what was typed').to.equal(true)
      await d.retry()
      await waitUntil(() => d.succeeded(), 'done on the second try', within)
      expect(d.events()).to.equal(1)
      expect(await count(d.route)).to.equal(1 + (d.sends ?? 1))
    })

    it('"Check again" that still cannot tell: says so again and keeps "Check again", never "Try again", sends nothing', async () => {
      await d.mount(fastStore())
      await injectFaults([{ path: d.route, status: 504, after: true, times: 1 }, ...d.checkRoutes.map((path) => ({ path, status: 500 }))])
      await d.start()
      await waitUntil(() => d.checkAgain(), '"Check again"', within)
      const checksBefore = await count(d.checkRoutes[0]!)
      d.checkAgain()!.click()
      // The check asked the server again, and gave up again by its deadline.
      await waitUntil(async () => (await count(d.checkRoutes[0]!)) > checksBefore, 'checked again', within)
      await waitUntil(() => d.checkAgain() && !d.checking(), '"Check again" back', within)
      expect(d.text()).to.match(/could not confirm|could not be confirmed/i)
      expect(d.tryAgain()).to.equal(null)
      expect(d.failed(), d.text()).to.equal(false)
      expect(d.events()).to.equal(0)
      expect(await count(d.route)).to.equal(1)
      if (d.kept) expect(d.kept(), 'what was typed').to.equal(true)
    })

    // Only for an element that lists the code (its route and rows are known before any test runs).
    const lists = driver()
    if (lists.listRoute && lists.shown) it('a code whose outcome is unknown stays on screen, marked, while a fresh list leaves it out; "Check again" settles it', async () => {
      await d.mount(fastStore())
      // The list answers (without the code, which the write took); only the check cannot.
      await injectFaults([{ path: d.route, status: 504, after: true, times: 1 }, ...d.checkRoutes.map((path) => ({ path, status: 500 }))])
      const listBefore = await count(d.listRoute!)
      await d.start()
      await waitUntil(() => d.checkAgain(), '"Check again"', within)
      await waitUntil(async () => (await count(d.listRoute!)) > listBefore, 'the list refreshed', within)
      await pause(300)
      expect(d.shown!(), 'the row').to.equal(true)
      expect(d.checkAgain()).not.to.equal(null)
      expect(d.text()).to.match(/could not confirm/i)
      expect(d.events()).to.equal(0)
      await injectFaults([])
      d.checkAgain()!.click()
      await waitUntil(() => d.succeeded(), 'the outcome found on checking again', within)
      expect(d.events()).to.equal(1)
      expect(await count(d.route)).to.equal(1)
    })
  })
}

/** A list element of the kit: its rows, its parts, and the store behind it. */
export type ListElement = HTMLElement & { sessionStore?: SessionStore; updateComplete: Promise<boolean> }

export const rowsOf = (el: HTMLElement) => el.shadowRoot!.querySelectorAll('[part~=row]')
export const partOf = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector(`[part=${name}]`)

/**
 * Renders `<tag>` with these attributes: on `store`, or inside a
 * seam-provider whose client is `lostClient()`.
 */
export async function mountWith<E extends HTMLElement>(tag: string, attrs: Record<string, string>, store?: SessionStore): Promise<E> {
  const el = document.createElement(tag) as E & { sessionStore?: SessionStore }
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value)
  if (store) {
    el.sessionStore = store
    return fixture<E>(html`${el}`)
  }
  const provider = document.createElement('seam-provider') as HTMLElement & { client?: unknown }
  provider.client = lostClient()
  provider.append(el)
  await fixture(html`${provider}`)
  return el
}

/** A list of a device's codes, mounted as mountWith does, once its rows are there. */
export async function mountList<E extends ListElement>(tag: string, deviceId: string, store?: SessionStore): Promise<E> {
  const el = await mountWith<E>(tag, { 'device-id': deviceId, 'poll-interval': '0' }, store)
  await waitUntil(() => rowsOf(el).length > 0, 'rows', { timeout: 10_000 })
  return el
}

/** Where a list deletes a code, for rowDeleteDriver. */
export interface RowDelete {
  tag: string
  deviceId: string
  codeId: string
  route: string
  checkRoutes: string[]
  listRoute: string
  /** The element's event once the code is gone. */
  event: string
  /** The row's delete button. */
  deleteButton: string
}

/** The driver of a list's inline delete (ask, confirm), for lostAnswerSuite. */
export function rowDeleteDriver(o: RowDelete): () => WriteDriver {
  return () => {
    let el!: ListElement
    let deleted = 0
    const row = () => el.shadowRoot!.querySelector<HTMLElement>(`[part~=row][data-id="${o.codeId}"]`)
    const deleteButton = () => row()?.querySelector<HTMLButtonElement>(o.deleteButton) ?? null
    const run = async () => {
      deleteButton()!.click()
      await el.updateComplete
      row()!.querySelector<HTMLButtonElement>('.confirm button.danger')!.click()
      await el.updateComplete
    }
    const failed = () => /Could not delete/.test(row()?.textContent ?? '')
    return {
      route: o.route,
      checkRoutes: o.checkRoutes,
      listRoute: o.listRoute,
      async mount(store) {
        el = await mountList(o.tag, o.deviceId, store)
        el.addEventListener(o.event, () => deleted++)
      },
      start: run,
      retry: run,
      succeeded: () => row() == null && deleted > 0,
      events: () => deleted,
      checking: () => /checking with Seam/.test(row()?.textContent ?? ''),
      failed,
      tryAgain: () => (failed() ? deleteButton() : null),
      checkAgain: () => row()?.querySelector<HTMLButtonElement>('button.check-again') ?? null,
      text: () => el.shadowRoot!.textContent ?? '',
      shown: () => row() != null,
    }
  }
}

/** Runs `body`, then expects that nothing was thrown on the page meanwhile (errors, unhandled rejections). */
export async function withoutUncaught(body: (uncaught: unknown[]) => Promise<void>): Promise<void> {
  const uncaught: unknown[] = []
  const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message)
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason)
  window.addEventListener('error', onError)
  window.addEventListener('unhandledrejection', onRejection)
  try {
    await body(uncaught)
  } finally {
    window.removeEventListener('error', onError)
    window.removeEventListener('unhandledrejection', onRejection)
  }
}

/** A list element reading one list route, for badListSuite. */
export interface ListRead {
  tag: string
  /** The route of the list, e.g. `/access_codes/list`. */
  route: string
  /** The store's query of a device's list. */
  query: (store: SessionStore, deviceId: string) => { refresh(): Promise<unknown> }
  /** Words that would claim the lock has no codes, beyond the empty part. */
  noCodes?: RegExp
}

/** The malformed answers of a list route (issue 13): said, rows kept, never "no codes"; and a property test over any such body. */
export function badListSuite(name: string, o: ListRead): void {
  describe(`${name} with answers it cannot read`, () => {
    beforeEach(async () => {
      resetSessions()
      await resetBackend()
    })
    afterEach(() => injectFaults([]))

    for (const { what, body } of badBodies('access_codes', 'list')) {
      it(`${o.route.slice(1)} answering ${what}: says so, keeps the rows on a refresh, never "no codes"`, async () => {
        const el = await mountList<ListElement>(o.tag, DEMO.devices.august)
        const shown = rowsOf(el).length
        await injectFaults([{ path: o.route, body }])
        await o.query(el.sessionStore!, DEMO.devices.august).refresh()
        await el.updateComplete
        expect(rowsOf(el).length).to.equal(shown)
        expect(el.shadowRoot!.querySelector('.stale')!.textContent).to.match(/could not read/)
        expect(partOf(el, 'empty')).to.equal(null)

        // A first load with that answer shows the failure with "Try again", which works once Seam is right again.
        resetSessions()
        const first = await mountWith<ListElement>(o.tag, { 'device-id': DEMO.devices.august, 'poll-interval': '0' })
        await waitUntil(() => partOf(first, 'error'), 'error block', { timeout: 5000 })
        expect(partOf(first, 'error')!.textContent).to.match(/Seam sent an answer the kit could not read/)
        expect(partOf(first, 'empty')).to.equal(null)
        if (o.noCodes) expect(first.shadowRoot!.textContent).not.to.match(o.noCodes)
        await injectFaults([])
        partOf(first, 'error')!.querySelector('button')!.click()
        await waitUntil(() => rowsOf(first).length > 0, 'rows after Try again', { timeout: 5000 })
      })
    }

    it('any malformed list answer (fast-check): never the empty state, always an error part, nothing thrown', () =>
      withoutUncaught((uncaught) =>
        fc.assert(
          fc.asyncProperty(badBody('access_codes', 'list'), async (bad) => {
            resetSessions()
            const { client, answers } = routedClient()
            answers[o.route] = bad
            const el = document.createElement(o.tag) as ListElement & { client?: unknown }
            el.setAttribute('device-id', 'd1')
            el.setAttribute('poll-interval', '0')
            el.client = client
            await fixture(html`${el}`)
            await waitUntil(() => partOf(el, 'error') || partOf(el, 'empty') || rowsOf(el).length > 0, 'settled', { timeout: 3000 })
            expect(partOf(el, 'empty'), JSON.stringify(bad)).to.equal(null)
            expect(partOf(el, 'error')!.textContent).to.match(/could not read/)
            // Rows loaded, then the same answer on a refresh: rows kept, the failure said.
            answers[o.route] = goodAnswers()[o.route]!
            partOf(el, 'error')!.querySelector('button')!.click()
            await waitUntil(() => rowsOf(el).length === 2, 'rows', { timeout: 3000 })
            answers[o.route] = bad
            await o.query(el.sessionStore!, 'd1').refresh()
            await el.updateComplete
            expect(rowsOf(el).length).to.equal(2)
            expect(el.shadowRoot!.querySelector('.stale')!.textContent).to.match(/could not read/)
            expect(partOf(el, 'empty')).to.equal(null)
            expect(uncaught.map(String)).to.deep.equal([])
            fixtureCleanup()
          }),
          { numRuns: 60 },
        ),
      ))
  })
}

import { expect } from '@open-wc/testing'
import { FetchSeamClient, SeamUnreadableAnswerError, isOutcomeUnknown, resolveCredentials, type SeamClient } from '../../src/api/index.js'
import { AnswerShapeError, answers } from '../../src/api/answers.js'
import { describeError } from '../../src/catalog/index.js'
import { CODES, DEMO, backendRequests, injectFaults, resetBackend } from '../helpers/backend.js'
import { badBodies } from '../helpers/bad-answers.js'

const client = (publishable = false) =>
  new FetchSeamClient({
    credentials: resolveCredentials(
      publishable
        ? { publishableKey: DEMO.publishableKey, userIdentifierKey: DEMO.userIdentifierKey, endpoint: '/api' }
        : { clientSessionToken: DEMO.clientSessionToken, endpoint: '/api' },
    ),
    baseDelayMs: 10,
    maxDelayMs: 20,
  })

interface Route {
  route: string
  key: string
  shape: 'list' | 'object'
  /** The id its items are keyed by. */
  id?: string
  call: (c: SeamClient) => Promise<unknown>
  publishable?: boolean
}

// Every route the kit reads, with what it promises.
const READS: Route[] = [
  { route: '/devices/get', key: 'device', shape: 'object', id: 'device_id', call: (c) => c.devices.get({ device_id: DEMO.devices.august }) },
  { route: '/devices/list', key: 'devices', shape: 'list', id: 'device_id', call: (c) => c.devices.list() },
  { route: '/access_codes/list', key: 'access_codes', shape: 'list', call: (c) => c.accessCodes.list({ device_id: DEMO.devices.august }) },
  { route: '/access_codes/get', key: 'access_code', shape: 'object', call: (c) => c.accessCodes.get({ access_code_id: CODES['presentSet']! }) },
  {
    route: '/access_codes/unmanaged/list',
    key: 'access_codes',
    shape: 'list',
    call: (c) => c.accessCodes.unmanaged.list({ device_id: DEMO.devices.august }),
  },
  {
    route: '/access_codes/unmanaged/get',
    key: 'access_code',
    shape: 'object',
    call: (c) => c.accessCodes.unmanaged.get({ access_code_id: CODES['unmanagedFront1']! }),
  },
  { route: '/action_attempts/get', key: 'action_attempt', shape: 'object', id: 'action_attempt_id', call: (c) => c.actionAttempts.get({ action_attempt_id: 'aa_1' }) },
  { route: '/events/list', key: 'events', shape: 'list', id: 'event_id', call: (c) => c.events.list({ since: new Date(0).toISOString() }) },
  { route: '/client_sessions/get_or_create', key: 'client_session', shape: 'object', id: 'token', call: (c) => c.devices.list(), publishable: true },
]

// Every write the kit sends: an action attempt or `{ ok: true }`.
const WRITES: Omit<Route, 'key' | 'shape'>[] = [
  { route: '/access_codes/delete', call: (c) => c.accessCodes.delete({ access_code_id: CODES['presentSet']! }) },
  { route: '/access_codes/unmanaged/delete', call: (c) => c.accessCodes.unmanaged.delete({ access_code_id: CODES['unmanagedFront1']! }) },
  {
    route: '/access_codes/unmanaged/convert_to_managed',
    call: (c) => c.accessCodes.unmanaged.convertToManaged({ access_code_id: CODES['unmanagedFront1']! }),
  },
]

const BAD_WRITE_ANSWERS = [
  { what: '200 with ok: false', body: { ok: false, error: { type: 'internal_error' } } },
  { what: 'null', body: null },
  { what: 'a string', body: 'accepted' },
  { what: 'an attempt without a string id', body: { ok: true, action_attempt: { action_attempt_id: 5, status: 'pending' } } },
  { what: 'an attempt of no known status', body: { ok: true, action_attempt: { action_attempt_id: 'aa', status: 'done' } } },
]

const sent = async (route: string) => (await backendRequests()).filter((r) => r === route).length
const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e)

describe('answers checked at the edge, over HTTP through the fault proxy', () => {
  beforeEach(() => resetBackend())
  afterEach(() => injectFaults([]))

  for (const r of READS) {
    for (const { what, body } of badBodies(r.key, r.shape, r.id)) {
      it(`${r.route} answering ${what} is an unreadable answer of that route, asked once`, async () => {
        await injectFaults([{ path: r.route, body }])
        const error = (await failure(r.call(client(r.publishable)))) as SeamUnreadableAnswerError
        expect(error, String(error)).to.be.instanceOf(SeamUnreadableAnswerError)
        expect([error.kind, error.route]).to.deep.equal(['unreadable', r.route])
        expect(error.requestId).to.match(/^shim_req_/)
        // Not retried: asking again would get the same answer.
        expect(await sent(r.route)).to.equal(1)
        expect(describeError(undefined, error)).to.match(/^Seam sent an answer the kit could not read\. .*request id shim_req_/)
      })
    }
  }

  it('an answer that is not JSON at all is unreadable too, not a network failure', async () => {
    await injectFaults([{ path: '/access_codes/list', raw: '<html><body>Welcome to the captive portal</body></html>' }])
    const error = (await failure(client().accessCodes.list({ device_id: DEMO.devices.august }))) as SeamUnreadableAnswerError
    expect(error).to.be.instanceOf(SeamUnreadableAnswerError)
    expect(error.reason).to.equal('not-json')
  })

  for (const w of WRITES) {
    for (const { what, body } of BAD_WRITE_ANSWERS) {
      it(`${w.route} answering ${what}: unreadable, and its outcome unknown (to be checked, not reported failed)`, async () => {
        await injectFaults([{ path: w.route, body }])
        const error = await failure(w.call(client()))
        expect(error).to.be.instanceOf(SeamUnreadableAnswerError)
        expect((error as SeamUnreadableAnswerError).route).to.equal(w.route)
        expect(isOutcomeUnknown(error)).to.equal(true)
        expect(await sent(w.route)).to.equal(1)
      })
    }
  }

  it('a write refused by Seam is a definite failure; one whose answer was lost after acting is not', async () => {
    await injectFaults([{ path: '/access_codes/unmanaged/delete', status: 400, times: 1 }])
    expect(isOutcomeUnknown(await failure(WRITES[1]!.call(client())))).to.equal(false)
    for (const rule of [{ status: 504, after: true }, { status: 502, after: true }, { status: 503, after: true }, { drop: 'after' as const }]) {
      await resetBackend()
      await injectFaults([{ path: '/access_codes/unmanaged/delete', times: 1, ...rule }])
      const error = await failure(WRITES[1]!.call(client()))
      expect(isOutcomeUnknown(error), JSON.stringify(rule)).to.equal(true)
      expect(await sent('/access_codes/unmanaged/delete')).to.equal(1)
    }
  })
})

describe('the answer guards', () => {
  const code = (i: number) => ({ access_code_id: `ac_${i}`, device_id: 'd1', is_managed: true, name: `Code ${i}`, code: '1234', errors: [], warnings: [] })

  it('pass a good page through as it is, with its cursor', () => {
    const list = [code(1), code(2)]
    const page = answers.accessCodes({ ok: true, access_codes: list, pagination: { has_next_page: true, next_page_cursor: 'p2' } })
    expect(page.items).to.equal(list)
    expect(page.next).to.equal('p2')
    expect(answers.accessCodes({ access_codes: [], pagination: { has_next_page: false, next_page_cursor: 'p2' } }).next).to.equal(null)
    expect(answers.attemptOrOk({ ok: true })).to.equal(null)
  })

  it('name the first thing wrong, by field, never by value', () => {
    const shape = (run: () => unknown) => {
      try {
        run()
      } catch (e) {
        return [(e as AnswerShapeError).reason, (e as AnswerShapeError).field]
      }
      return undefined
    }
    expect(shape(() => answers.accessCodes({ access_codes: [code(1), { ...code(2), access_code_id: 9 }] }))).to.deep.equal(['wrong-type', 'access_codes[1].access_code_id'])
    expect(shape(() => answers.accessCodes({ access_codes: [{ ...code(1), is_managed: 'yes' }] }))).to.deep.equal(['wrong-type', 'access_codes[0].is_managed'])
    expect(shape(() => answers.accessCodes({ access_codes: [], pagination: { next_page_cursor: 5 } }))).to.deep.equal(['wrong-type', 'pagination.next_page_cursor'])
    expect(shape(() => answers.unmanagedCode({ access_code: { device_id: 'd1' } }))).to.deep.equal(['missing', 'access_code.access_code_id'])
    expect(shape(() => answers.events({ ok: false }))).to.deep.equal(['not-ok', 'ok'])
    expect(shape(() => answers.device([]))).to.deep.equal(['not-an-object', undefined])
  })

  it('check 10,000 codes in a few milliseconds', () => {
    const list = Array.from({ length: 10_000 }, (_, i) => code(i))
    answers.accessCodes({ access_codes: list })
    // The best of a few runs: the machine may be busy with other work (a fraction of a millisecond when idle).
    let best = Infinity
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now()
      answers.accessCodes({ access_codes: list })
      best = Math.min(best, performance.now() - t0)
    }
    expect(best).to.be.below(20)
  })
})

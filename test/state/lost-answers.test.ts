import { expect } from '@open-wc/testing'
import type { AccessCode } from '@seamapi/types/connect'
import { sleep } from '../../src/api/abortable.js'
import type { SeamClient } from '../../src/api/client.js'
import { SeamApiError, SeamError, SeamNetworkError, SeamTimeoutError, SeamUnreadableAnswerError, abortError } from '../../src/api/errors.js'
import { describeError, errorTextEn } from '../../src/catalog/index.js'
import { decodeError, encodeError } from '../../src/state/error-codec.js'
import { OutcomeUnknownError } from '../../src/state/errors.js'
import {
  CONVERTED as CONVERTED_EVENT,
  FAILED_TO_CONVERT,
  SETTLE_MS,
  checkConversion,
  checkUnmanagedDeletion,
  convertUnmanaged,
  deleteManaged,
  deleteUnmanaged,
} from '../../src/state/mutations.js'
import { Query } from '../../src/state/query.js'
import { SessionStore } from '../../src/state/store.js'
import { CHECK_DEADLINE_MS, NO_TRACE, checkWrite, confirmWrite } from '../../src/state/writes.js'
import { manualClock } from '../helpers/manual-clock.js'
import { managedCode, stubClient, unmanagedCode } from '../helpers/stub-client.js'

const lost = () => new SeamNetworkError(new Error('connection reset'))
const gateway = () => new SeamApiError({ status: 504, type: 'http_504', statusText: 'Gateway Timeout' })

function storeFor(client: SeamClient) {
  const clock = manualClock()
  const store = new SessionStore(client, undefined, { clock: clock.clock })
  const seen: (string | undefined)[] = []
  store.onActivity(() => seen.push(store.activity('u1') ?? store.activity('m1')))
  return { store, clock, seen }
}

describe('checkWrite', () => {
  it('takes the answer when it comes, and never checks', async () => {
    const clock = manualClock()
    let checks = 0
    const result = await checkWrite({ send: async () => 'answered', check: async () => (checks++, 'checked'), clock: clock.clock })
    expect([result, checks]).to.deep.equal(['answered', 0])
  })

  it('passes on at once what Seam refused, and what the caller aborted, without checking', async () => {
    const clock = manualClock()
    let checks = 0
    for (const refusal of [new SeamApiError({ status: 400, type: 'invalid_input' }), abortError()]) {
      const error = await checkWrite({ send: () => Promise.reject(refusal), check: async () => (checks++, 'x'), clock: clock.clock }).catch((e: unknown) => e)
      expect(error).to.equal(refusal)
    }
    expect(checks).to.equal(0)
  })

  it('after a lost answer, checks until the server shows the write applied, and resolves with it, sent once', async () => {
    const clock = manualClock()
    let sends = 0
    let checks = 0
    let checking = 0
    for (const error of [lost(), new SeamTimeoutError(400), gateway(), new SeamUnreadableAnswerError({ route: '/x', reason: 'not-json' })]) {
      checks = 0
      const result = await clock.run(
        checkWrite({
          send: () => (sends++, Promise.reject(error)),
          check: async () => (++checks < 3 ? undefined : 'applied'),
          onChecking: () => checking++,
          clock: clock.clock,
        }),
      )
      expect(result, error.name).to.equal('applied')
    }
    expect([sends, checking]).to.deep.equal([4, 4])
  })

  it('reads "no trace" as "not applied" only once settleMs have passed, then rejects with the send\'s error', async () => {
    const clock = manualClock()
    const error = gateway()
    const t0 = clock.now()
    let last = 0
    const result = await clock.run(
      checkWrite({ send: () => Promise.reject(error), check: async () => ((last = clock.now()), NO_TRACE), settleMs: 3_000, clock: clock.clock }).catch((e: unknown) => e),
    )
    expect(result).to.equal(error)
    expect(last - t0).to.be.at.least(3_000).and.below(4_000)
  })

  it('a send that gave up waiting (15 s timeout) is looked for unfinishedMs after it gave up, not read as "not applied" at once', async () => {
    const clock = manualClock()
    let appliedAt = Infinity
    // Seam had not answered when the client gave up; it finishes 2 s later.
    const send = async () => {
      await sleep(15_000, undefined, clock.clock)
      appliedAt = clock.now() + 2_000
      throw new SeamTimeoutError(15_000)
    }
    const check = async () => (clock.now() >= appliedAt ? 'applied' : NO_TRACE)
    expect(await clock.run(checkWrite({ send, check, settleMs: 0, unfinishedMs: 5_000, clock: clock.clock }))).to.equal('applied')
    // A 200 whose body could not be read was answered: Seam was done, no trace means not applied at once.
    const unreadable = new SeamUnreadableAnswerError({ route: '/access_codes/create', reason: 'not-json' })
    let checks = 0
    const at = clock.now()
    const result = await clock.run(
      checkWrite({ send: () => Promise.reject(unreadable), check: async () => (checks++, NO_TRACE), settleMs: 0, unfinishedMs: 5_000, clock: clock.clock }).catch((e: unknown) => e),
    )
    expect([result, checks, clock.now() - at]).to.deep.equal([unreadable, 1, 0])
  })

  it('says the outcome is unknown when the check cannot decide by its deadline, with the lost answer\'s error as cause', async () => {
    const clock = manualClock()
    const error = lost()
    const t0 = clock.now()
    const result = (await clock.run(
      checkWrite({ send: () => Promise.reject(error), check: () => Promise.reject(lost()), clock: clock.clock }).catch((e: unknown) => e),
    )) as OutcomeUnknownError
    expect(result).to.be.instanceOf(OutcomeUnknownError)
    expect(result.kind).to.equal('outcome-unknown')
    expect(result.cause).to.equal(error)
    expect(clock.now() - t0).to.be.at.least(CHECK_DEADLINE_MS)
  })

  it('checks instead of failing when `recheck` says the error may come from the write applied already', async () => {
    const clock = manualClock()
    const notFound = new SeamApiError({ status: 404, type: 'access_code_not_found' })
    const result = await clock.run(checkWrite({ send: () => Promise.reject(notFound), check: async () => 'gone', recheck: (e) => e === notFound, clock: clock.clock }))
    expect(result).to.equal('gone')
  })

  it('"Check again" (confirmWrite) never sends; no trace rejects at once with the original error', async () => {
    const clock = manualClock()
    const original = gateway()
    const result = await clock.run(confirmWrite({ check: async () => NO_TRACE, settleMs: 60_000, clock: clock.clock }, new OutcomeUnknownError(original)).catch((e: unknown) => e))
    expect(result).to.equal(original)
  })
})

describe('mutations whose answer is lost', () => {
  it('a managed delete that went through is reported done, shown as checking meanwhile, and the code leaves the list', async () => {
    const code = managedCode({ access_code_id: 'm1' })
    const { client, calls } = stubClient({ managed: [code] })
    const real = client.accessCodes.delete
    client.accessCodes.delete = async (p, o) => (await real(p, o), Promise.reject(gateway()))
    const { store, clock, seen } = storeFor(client)
    await store.accessCodes('d1').refresh()
    await clock.run(deleteManaged(store, code))
    expect(calls['accessCodes.delete']).to.equal(1)
    expect(seen).to.include('checking')
    expect(seen.at(-1)).to.equal(undefined)
    expect(store.accessCodes('d1').state.data).to.deep.equal([])
  })

  it('a managed code still removing shows the delete was taken: it is followed until gone', async () => {
    const code = managedCode({ access_code_id: 'm1' })
    const { client, db } = stubClient({ managed: [code] })
    client.accessCodes.delete = async () => {
      db.managed = [{ ...code, status: 'removing' } as AccessCode]
      clock.clock.setTimeout(() => (db.managed = []), 10_000)
      throw lost()
    }
    const { store, clock } = storeFor(client)
    const t0 = clock.now()
    await clock.run(deleteManaged(store, code))
    expect(clock.now() - t0).to.be.at.least(10_000)
  })

  it('a delete the network sent twice, answering 404, is done, not failed', async () => {
    const code = unmanagedCode({ access_code_id: 'u1' })
    const { client, db } = stubClient({ unmanaged: [code] })
    client.accessCodes.unmanaged.delete = async () => {
      db.unmanaged = []
      throw new SeamApiError({ status: 404, type: 'access_code_not_found' })
    }
    const { store, clock } = storeFor(client)
    await clock.run(deleteUnmanaged(store, code))
  })

  it('a convert the network sent twice, refused because the code is managed already, is converted', async () => {
    const code = unmanagedCode({ access_code_id: 'u1' })
    const { client, calls } = stubClient({ unmanaged: [code] })
    const real = client.accessCodes.unmanaged.convertToManaged
    client.accessCodes.unmanaged.convertToManaged = async (p, o) => {
      await real(p, o)
      throw new SeamApiError({ status: 404, type: 'access_code_not_found' })
    }
    const { store, clock } = storeFor(client)
    const outcome = await clock.run(convertUnmanaged(store, code))
    expect(outcome.status).to.equal('converted')
    expect(calls['unmanaged.convertToManaged']).to.equal(1)
  })

  it('a convert that never reached Seam fails with its own error once SETTLE_MS passed without a trace', async () => {
    const code = unmanagedCode({ access_code_id: 'u1' })
    const { client, calls } = stubClient({ unmanaged: [code] })
    const error = gateway()
    client.accessCodes.unmanaged.convertToManaged = () => Promise.reject(error)
    const { store, clock } = storeFor(client)
    const t0 = clock.now()
    expect(await clock.run(convertUnmanaged(store, code).catch((e: unknown) => e))).to.equal(error)
    expect(clock.now() - t0).to.be.at.least(SETTLE_MS)
    expect(calls['unmanaged.convertToManaged']).to.equal(undefined)
    expect(store.activity('u1')).to.equal(undefined)
  })

  it('a convert whose check cannot decide is unknown; "Check again" finds it converted, and nothing is sent twice', async () => {
    const code = unmanagedCode({ access_code_id: 'u1' })
    const { client, calls, fail } = stubClient({ unmanaged: [code] })
    const real = client.accessCodes.unmanaged.convertToManaged
    client.accessCodes.unmanaged.convertToManaged = async (p, o) => (await real(p, o), Promise.reject(lost()))
    // The check's reads fail for as long as the deadline.
    const down = () => Array.from({ length: 200 }, () => lost())
    fail('events.list', ...down())
    const { store, clock } = storeFor(client)
    const unknown = await clock.run(convertUnmanaged(store, code).catch((e: unknown) => e))
    expect(unknown).to.be.instanceOf(OutcomeUnknownError)
    expect((unknown as OutcomeUnknownError).cause).to.be.instanceOf(SeamNetworkError)
    // The session keeps it, for every element's "Check again" (a dialog since closed, "Convert all").
    expect(store.unsettled('convert', 'u1')).to.equal(unknown)
    const failures = calls['events.list']
    ;(client.events.list as unknown) = async () => []
    const outcome = await clock.run(checkConversion(store, code, unknown))
    expect(outcome.status).to.equal('converted')
    expect(store.unsettled('convert', 'u1'), 'settled').to.equal(undefined)
    expect(failures).to.be.greaterThan(0)
    expect(calls['unmanaged.convertToManaged']).to.equal(1)
  })

  it('"Check again" on a conversion reads events from when it was sent: an earlier try\'s failure is not its outcome', async () => {
    const code = unmanagedCode({ access_code_id: 'u1' })
    const { client, calls, fail } = stubClient({ unmanaged: [code] })
    // Lost before Seam took it; the check cannot tell by its deadline.
    client.accessCodes.unmanaged.convertToManaged = () => Promise.reject(lost())
    fail('events.list', ...Array.from({ length: 200 }, () => lost()))
    const { store, clock } = storeFor(client)
    const unknown = await clock.run(convertUnmanaged(store, code).catch((e: unknown) => e))
    expect(unknown).to.be.instanceOf(OutcomeUnknownError)
    // An hour before, another try failed (its event listed whatever `since` says, as some backends do).
    const earlier = { event_id: 'e0', event_type: FAILED_TO_CONVERT, access_code_id: 'u1', created_at: new Date(clock.now() - 3_600_000).toISOString() }
    ;(client.events.list as unknown) = async () => [earlier]
    const outcome = await clock.run(checkConversion(store, code, unknown).catch((e: unknown) => e))
    // No trace of this conversion: not made, so Convert may be offered again; not "failed" with the old reasons.
    expect(outcome).to.be.instanceOf(SeamNetworkError)
    expect(calls['unmanaged.convertToManaged'] ?? 0).to.equal(0)
  })

  it('a code managed now is converted, whatever failure event an earlier try left', async () => {
    const code = unmanagedCode({ access_code_id: 'u1' })
    const { client, db } = stubClient({ unmanaged: [code] })
    const { store, clock } = storeFor(client)
    const unknown = new OutcomeUnknownError(lost())
    // Converted meanwhile; the newest event, listed first, is the failure of a try before.
    db.unmanaged = []
    db.managed.push(managedCode({ access_code_id: 'u1' }))
    const at = (ms: number) => new Date(clock.now() - ms).toISOString()
    ;(client.events.list as unknown) = async () => [
      { event_id: 'e2', event_type: CONVERTED_EVENT, access_code_id: 'u1', created_at: at(1_000) },
      { event_id: 'e1', event_type: FAILED_TO_CONVERT, access_code_id: 'u1', created_at: at(60_000) },
    ]
    const outcome = await clock.run(checkConversion(store, code, unknown))
    expect(outcome.status).to.equal('converted')
  })

  it('"Check again" on a delete that did not happen rejects with the lost answer\'s error: Delete may be offered again', async () => {
    const code = unmanagedCode({ access_code_id: 'u1' })
    const { client, calls } = stubClient({ unmanaged: [code] })
    const { store, clock } = storeFor(client)
    const original = gateway()
    store.setUnsettled('delete', 'u1', new OutcomeUnknownError(original))
    expect(await clock.run(checkUnmanagedDeletion(store, code, new OutcomeUnknownError(original)).catch((e: unknown) => e))).to.equal(original)
    expect(calls['unmanaged.delete']).to.equal(undefined)
    // Not applied: the session forgets it, and Delete is offered again everywhere.
    expect(store.unsettled('delete', 'u1')).to.equal(undefined)
  })
})

describe('the errors of lost and unreadable answers', () => {
  it('cross tabs as themselves, the lost answer\'s error included', () => {
    const unreadable = new SeamUnreadableAnswerError({ route: '/access_codes/list', reason: 'wrong-type', field: 'access_codes[2]', requestId: 'req_9' })
    const back = decodeError(structuredClone(encodeError(unreadable))) as SeamUnreadableAnswerError
    expect(back).to.be.instanceOf(SeamUnreadableAnswerError)
    expect([back.kind, back.route, back.reason, back.field, back.requestId, back.message]).to.deep.equal([
      'unreadable',
      '/access_codes/list',
      'wrong-type',
      'access_codes[2]',
      'req_9',
      unreadable.message,
    ])
    const unknown = decodeError(structuredClone(encodeError(new OutcomeUnknownError(gateway())))) as OutcomeUnknownError
    expect(unknown).to.be.instanceOf(OutcomeUnknownError)
    expect(unknown.cause).to.be.instanceOf(SeamApiError)
    expect((unknown.cause as SeamApiError).status).to.equal(504)
  })

  it('are put in words by the catalog, with the request id for support', () => {
    expect(describeError(undefined, new SeamUnreadableAnswerError({ route: '/x', reason: 'not-ok' }))).to.equal(errorTextEn.unreadable)
    expect(describeError(undefined, new SeamUnreadableAnswerError({ route: '/x', reason: 'not-ok', requestId: 'r1' }))).to.equal(
      `${errorTextEn.unreadable} (request id r1, for Seam support)`,
    )
    expect(errorTextEn.unreadable).to.match(/^Seam sent an answer the kit could not read/)
    expect(describeError(undefined, new OutcomeUnknownError(lost()))).to.equal(errorTextEn.outcomeUnknown)
  })
})

describe('a first load that fails after its first pages', () => {
  it('shows the failure, not the part that came (an empty first page is not "no codes")', async () => {
    const visibility = { hidden: false, onChange: () => () => {} }
    const q = new Query<string[]>('k', async (_signal, partial) => {
      partial([])
      throw new SeamUnreadableAnswerError({ route: '/access_codes/list', reason: 'missing', field: 'access_codes' })
    }, visibility)
    await q.refresh()
    expect(q.state.data).to.equal(undefined)
    expect(q.state.error).to.be.instanceOf(SeamError)
    expect([q.state.partial, q.state.stale]).to.deep.equal([false, false])
  })

  it('while a refresh that fails keeps the whole list it had, marked stale', async () => {
    const visibility = { hidden: false, onChange: () => () => {} }
    let fail = false
    const q = new Query<string[]>('k', async () => {
      if (fail) throw new SeamUnreadableAnswerError({ route: '/access_codes/list', reason: 'not-ok' })
      return ['a']
    }, visibility)
    await q.refresh()
    fail = true
    await q.refresh()
    expect(q.state.data).to.deep.equal(['a'])
    expect(q.state.stale).to.equal(true)
  })
})

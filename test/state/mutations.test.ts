import { expect } from '@open-wc/testing'
import type { SeamEvent } from '@seamapi/types/connect'
import { SeamActionError, SeamApiError, SeamNetworkError } from '../../src/api/errors.js'
import { FAILED_TO_CONVERT, convertUnmanaged, deleteManaged, deleteUnmanaged } from '../../src/state/mutations.js'
import type { SeamClient } from '../../src/api/client.js'
import { SessionStore } from '../../src/state/store.js'
import { manualClock } from '../helpers/manual-clock.js'
import { managedCode, stubClient, unmanagedCode } from '../helpers/stub-client.js'

/** A store on a manual clock: following a mutation for minutes takes milliseconds. */
function storeFor(client: SeamClient) {
  const clock = manualClock()
  return { store: new SessionStore(client, undefined, { clock: clock.clock }), clock }
}

describe('following mutations to their end', () => {
  it('a conversion answered with ok settles when the code reads as managed; a double call sends one request', async () => {
    const code = unmanagedCode({ access_code_id: 'u1' })
    const { client, calls } = stubClient({ unmanaged: [code] })
    const { store, clock } = storeFor(client)
    const [a, b] = await clock.run(Promise.all([convertUnmanaged(store, code), convertUnmanaged(store, code)]))
    expect(a).to.equal(b)
    expect(a.status).to.equal('converted')
    expect(calls['unmanaged.convertToManaged']).to.equal(1)
  })

  it('a failure event of this code settles as failed with its reasons; other codes\' events are ignored', async () => {
    const code = unmanagedCode({ access_code_id: 'u1' })
    const failure = (id: string, event_id: string) =>
      ({ event_id, event_type: FAILED_TO_CONVERT, access_code_id: id, created_at: new Date().toISOString(), access_code_errors: [{ error_code: 'duplicate_code_on_device', message: 'dup' }] }) as unknown as SeamEvent
    const { client, db } = stubClient({ unmanaged: [code] })
    client.accessCodes.unmanaged.convertToManaged = async () => null
    db.events.push(failure('someone_else', 'e0'))
    const { store, clock } = storeFor(client)
    clock.clock.setTimeout(() => db.events.push(failure('u1', 'e1')), 3000)
    const outcome = await clock.run(convertUnmanaged(store, code))
    expect(outcome.status).to.equal('failed')
    expect(outcome.status === 'failed' && outcome.problems.access_code_errors[0]!.error_code).to.equal('duplicate_code_on_device')
  })

  it('an HTTP error on the convert call itself rejects at once, without a second send', async () => {
    const code = unmanagedCode({ access_code_id: 'u1' })
    const { client, calls, fail } = stubClient({ unmanaged: [code] })
    fail('unmanaged.convertToManaged', new SeamApiError({ status: 400, type: 'bad', message: 'no' }))
    const { store, clock } = storeFor(client)
    const error = await clock.run(convertUnmanaged(store, code).catch((e: unknown) => e))
    expect(error).to.be.instanceOf(SeamApiError)
    expect(calls['unmanaged.convertToManaged']).to.equal(1)
  })

  it('a dropped connection on convert still finds the outcome on the server', async () => {
    const code = unmanagedCode({ access_code_id: 'u1' })
    const { client, calls, db } = stubClient({ unmanaged: [code] })
    const real = client.accessCodes.unmanaged.convertToManaged
    client.accessCodes.unmanaged.convertToManaged = async (p, o) => {
      await real(p, o) // the server acted...
      throw new SeamNetworkError(new Error('reset')) // ...but the answer was lost
    }
    const { store, clock } = storeFor(client)
    const outcome = await clock.run(convertUnmanaged(store, code))
    expect(outcome.status).to.equal('converted')
    expect(db.managed.map((c) => c.access_code_id)).to.include('u1')
    expect(calls['unmanaged.convertToManaged']).to.equal(1)
  })

  it('an unmanaged delete whose action attempt errors keeps the code and says why', async () => {
    const code = unmanagedCode({ access_code_id: 'u1' })
    const { client } = stubClient({ unmanaged: [code] })
    client.accessCodes.unmanaged.delete = async () => ({ action_attempt_id: 'aa1', status: 'pending' }) as never
    client.actionAttempts.get = async () => ({ action_attempt_id: 'aa1', status: 'error', error: { type: 'x', message: 'Lock did not answer' } }) as never
    const { store, clock } = storeFor(client)
    await store.unmanagedCodes('d1').refresh()
    const error = (await clock.run(deleteUnmanaged(store, code).catch((e: unknown) => e))) as SeamActionError
    expect(error.message).to.equal('Lock did not answer')
    // A failed attempt is an error of its own, not an API error with a made-up status.
    expect(error).to.be.instanceOf(SeamActionError)
    expect(error).not.to.be.instanceOf(SeamApiError)
    expect([error.kind, error.type, error.seamMessage, error.actionAttemptId]).to.deep.equal(['action', 'x', 'Lock did not answer', 'aa1'])
    expect(store.activity('u1')).to.equal(undefined)
    expect(store.unmanagedCodes('d1').state.data!.map((c) => c.access_code_id)).to.deep.equal(['u1'])
  })

  it('a conversion answered with an action attempt follows it, then reads the managed code', async () => {
    const code = unmanagedCode({ access_code_id: 'u1' })
    const { client, calls } = stubClient({ unmanaged: [code] })
    const real = client.accessCodes.unmanaged.convertToManaged
    client.accessCodes.unmanaged.convertToManaged = async (p, o) => (await real(p, o), { action_attempt_id: 'aa1', status: 'pending' }) as never
    let polls = 0
    client.actionAttempts.get = async () => ({ action_attempt_id: 'aa1', status: ++polls < 3 ? 'pending' : 'success', result: {} }) as never
    const { store, clock } = storeFor(client)
    const outcome = await clock.run(convertUnmanaged(store, code))
    expect(outcome.status).to.equal('converted')
    expect(polls).to.equal(3)
    // Its failure event could still have come: it was asked for.
    expect(calls['events.list']).to.be.at.least(1)
  })

  it('a conversion whose action attempt succeeds but whose failure event follows is a failure with the event\'s reasons', async () => {
    const code = unmanagedCode({ access_code_id: 'u1' })
    const { client } = stubClient({ unmanaged: [code] })
    client.accessCodes.unmanaged.convertToManaged = async () => ({ action_attempt_id: 'aa1', status: 'success', result: {}, error: null }) as never
    client.events.list = async () =>
      [
        {
          event_id: 'e1',
          event_type: 'access_code.unmanaged.failed_to_convert_to_managed',
          access_code_id: 'u1',
          created_at: new Date().toISOString(),
          access_code_errors: [{ error_code: 'duplicate_code_on_device', message: 'Duplicate.' }],
        },
      ] as never
    const { store, clock } = storeFor(client)
    const outcome = await clock.run(convertUnmanaged(store, code))
    expect(outcome.status).to.equal('failed')
    expect(outcome.status === 'failed' && outcome.problems.access_code_errors[0]!.error_code).to.equal('duplicate_code_on_device')
  })

  it('a conversion whose action attempt errors is a failure with the attempt\'s reason', async () => {
    const code = unmanagedCode({ access_code_id: 'u1' })
    const { client } = stubClient({ unmanaged: [code] })
    client.accessCodes.unmanaged.convertToManaged = async () => ({ action_attempt_id: 'aa1', status: 'error', error: { type: 'x', message: 'Lock refused' } }) as never
    const { store, clock } = storeFor(client)
    const outcome = await clock.run(convertUnmanaged(store, code))
    expect(outcome.status === 'failed' && outcome.problems.access_code_errors[0]!.message).to.equal('Lock refused')
    expect(outcome.status === 'failed' && outcome.error).to.be.instanceOf(SeamActionError)
    expect(outcome.status === 'failed' && outcome.error?.actionAttemptId).to.equal('aa1')
  })

  it('a failed conversion attempt without a message of Seam\'s still lists one issue, and no words of ours', async () => {
    const code = unmanagedCode({ access_code_id: 'u1' })
    const { client } = stubClient({ unmanaged: [code] })
    client.accessCodes.unmanaged.convertToManaged = async () => ({ action_attempt_id: 'aa2', status: 'error', error: { type: 'uncategorized_error' } }) as never
    const { store, clock } = storeFor(client)
    const outcome = await clock.run(convertUnmanaged(store, code))
    expect(outcome.status).to.equal('failed')
    expect(outcome.status === 'failed' && outcome.problems.access_code_errors).to.deep.equal([{}])
    expect(outcome.status === 'failed' && outcome.error?.type).to.equal('uncategorized_error')
  })

  it('a managed delete whose action attempt errors rejects with that attempt\'s error', async () => {
    const code = managedCode({ access_code_id: 'm1' })
    const { client } = stubClient({ managed: [code] })
    client.accessCodes.delete = async () => ({ action_attempt_id: 'aa3', status: 'error', error: { type: 'lock_offline', message: 'Offline' } }) as never
    const { store, clock } = storeFor(client)
    const error = (await clock.run(deleteManaged(store, code).catch((e: unknown) => e))) as SeamActionError
    expect(error).to.be.instanceOf(SeamActionError)
    expect([error.type, error.seamMessage, error.actionAttemptId]).to.deep.equal(['lock_offline', 'Offline', 'aa3'])
    expect(store.activity('m1')).to.equal(undefined)
  })

  it('a delete survives the network dropping while it is followed', async () => {
    const code = unmanagedCode({ access_code_id: 'u1' })
    const { client, fail, calls } = stubClient({ unmanaged: [code] })
    client.accessCodes.unmanaged.delete = async () => ({ action_attempt_id: 'aa1', status: 'pending' }) as never
    fail('actionAttempts.get', new SeamNetworkError(new Error('drop')), new SeamNetworkError(new Error('drop')))
    const { store, clock } = storeFor(client)
    await store.unmanagedCodes('d1').refresh()
    await clock.run(deleteUnmanaged(store, code))
    expect(calls['actionAttempts.get']).to.equal(3)
    expect(store.unmanagedCodes('d1').state.data).to.deep.equal([])
  })
})

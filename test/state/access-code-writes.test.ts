import { expect } from '@open-wc/testing'
import type { ActionAttempt } from '@seamapi/types/connect'
import { SeamActionError, SeamApiError } from '../../src/api/errors.js'
import { accessCodeQuery, createAccessCode, generateAccessCode, pullBackupCode, updateAccessCode } from '../../src/state/access-code-writes.js'
import { SessionStore } from '../../src/state/store.js'
import { managedCode, stubClient } from '../helpers/stub-client.js'

const visible = { hidden: false, onChange: () => () => {} }

/** A store over a stub, with the device's list loaded and watched, as a table would. */
async function setup(codes = [managedCode({ access_code_id: 'a', code: '1111' })]) {
  const stub = stubClient({ managed: codes })
  const store = new SessionStore(stub.client, visible)
  const list = store.accessCodes('d1')
  const seen: number[] = []
  list.subscribe((s) => seen.push(s.data?.length ?? -1))
  await list.refresh()
  return { stub, store, list }
}

describe('access code writes', () => {
  it('create: the new code is in the device\'s list at once, for every subscriber, then the list reloads', async () => {
    const { stub, store, list } = await setup()
    const created = await createAccessCode(store, { device_id: 'd1', name: 'Guest', code: '2222' })
    expect(created).to.include({ name: 'Guest', code: '2222', status: 'setting' })
    expect(list.state.data!.map((c) => c.access_code_id)).to.include(created.access_code_id)
    expect(accessCodeQuery(store, created.access_code_id).state.data).to.equal(created)
    await list.refresh()
    expect(stub.calls['accessCodes.list']).to.be.at.least(2)
  })

  it('create: the same request twice while it runs is sent once; another one is not held back', async () => {
    const { stub, store } = await setup()
    const [a, b] = await Promise.all([
      createAccessCode(store, { device_id: 'd1', code: '2222', name: 'x' }),
      createAccessCode(store, { name: 'x', code: '2222', device_id: 'd1' }),
    ])
    expect(a).to.equal(b)
    expect(stub.calls['accessCodes.create']).to.equal(1)
    await createAccessCode(store, { device_id: 'd1', code: '3333' })
    expect(stub.calls['accessCodes.create']).to.equal(2)
  })

  it('create: a refusal reaches the caller as the API\'s typed error, and the list is left as it was', async () => {
    const { store, list } = await setup()
    const error = await createAccessCode(store, { device_id: 'd1', code: '1111' }).catch((e: unknown) => e)
    expect(error).to.be.instanceOf(SeamApiError)
    expect(error).to.include({ status: 409, type: 'duplicate_access_code' })
    expect(list.state.data).to.have.length(1)
  })

  it('update: follows the attempt, reads the code back, replaces it in the list (the right entry)', async () => {
    const { stub, store, list } = await setup([managedCode({ access_code_id: 'a', code: '1111' }), managedCode({ access_code_id: 'b', code: '5555' })])
    const code = list.state.data![0]!
    const updated = await updateAccessCode(store, code, { name: 'Renamed', code: '1112' })
    expect(updated).to.include({ access_code_id: 'a', name: 'Renamed', code: '1112' })
    expect(list.state.data!.map((c) => [c.access_code_id, c.name])).to.deep.equal([
      ['a', 'Renamed'],
      ['b', 'b'],
    ])
    expect(stub.calls['accessCodes.get']).to.equal(1)
  })

  it('update: a failed action attempt is a SeamActionError', async () => {
    const { stub, store, list } = await setup()
    stub.client.accessCodes.update = async () =>
      ({ action_attempt_id: 'aa1', action_type: 'UPDATE_ACCESS_CODE', status: 'error', result: null, error: { type: 'failed', message: 'Lock said no' } }) as unknown as ActionAttempt
    const error = await updateAccessCode(store, list.state.data![0]!, { name: 'x' }).catch((e: unknown) => e)
    expect(error).to.be.instanceOf(SeamActionError)
    expect((error as SeamActionError).seamMessage).to.equal('Lock said no')
  })

  it('update: when only reading the code back fails, what was asked shows until the list reloads', async () => {
    const { stub, store, list } = await setup()
    stub.fail('accessCodes.get', new SeamApiError({ status: 503, type: 'unavailable' }))
    const updated = await updateAccessCode(store, list.state.data![0]!, { name: 'Asked for' })
    expect(updated.name).to.equal('Asked for')
  })

  it('update: one at a time per code', async () => {
    const { stub, store, list } = await setup()
    const code = list.state.data![0]!
    await Promise.all([updateAccessCode(store, code, { name: 'x' }), updateAccessCode(store, code, { name: 'x' })])
    expect(stub.calls['accessCodes.update']).to.equal(1)
  })

  it('generate and pull a backup', async () => {
    const { stub, store, list } = await setup([managedCode({ access_code_id: 'a', type: 'time_bound', is_backup_access_code_available: true })])
    expect(await generateAccessCode(store, 'd1')).to.match(/^\d+$/)
    const backup = await pullBackupCode(store, list.state.data![0]!)
    expect(backup.code).to.equal('9753')
    expect(list.state.data![0]!.pulled_backup_access_code_id).to.equal(backup.access_code_id)
    expect(stub.calls['accessCodes.pullBackupAccessCode']).to.equal(1)
  })
})

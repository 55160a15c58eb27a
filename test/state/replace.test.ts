import { expect } from '@open-wc/testing'
import type { UnmanagedAccessCode } from '@seamapi/types/connect'
import { FetchSeamClient } from '../../src/api/client.js'
import { SeamApiError } from '../../src/api/errors.js'
import { FollowDeadlineError } from '../../src/state/errors.js'
import { Replacement, replacementPin, type ReplaceHooks } from '../../src/state/replace.js'
import { SessionStore } from '../../src/state/store.js'
import { CODES, DEMO, backendRequests, configureBackend, injectFaults, resetBackend } from '../helpers/backend.js'

// The replacement's steps against the fake backend (dev/shim.mjs), whose
// locks refuse a second code with a PIN one of their codes has.

const client = () =>
  new FetchSeamClient({ credentials: { mode: 'token', endpoint: '/api', clientSessionToken: DEMO.clientSessionToken }, retries: 0 })

async function setup(deviceId: string, oldId: string) {
  const store = new SessionStore(client())
  const unmanaged = store.unmanagedCodes(deviceId)
  const managed = store.accessCodes(deviceId)
  await Promise.all([unmanaged.refresh(), managed.refresh()])
  const old = unmanaged.state.data!.find((c) => c.access_code_id === oldId)!
  expect(old, oldId).to.not.equal(undefined)
  const seen: string[] = []
  const hooks: ReplaceHooks = {
    onStep: (step) => seen.push(`step:${step}`),
    onCreated: (code) => seen.push(`created:${code.code ?? ''}`),
    onOldDeleted: (id) => seen.push(`deleted:${id}`),
    firstDelayMs: 50,
    maxDelayMs: 200,
    settleMs: 300,
  }
  return { store, old, unmanaged, managed, seen, hooks }
}

const paramsOf = (old: UnmanagedAccessCode, code: string | undefined) => ({
  device_id: old.device_id,
  name: old.name ?? undefined,
  ...(code === undefined ? {} : { code }),
  ...(old.type === 'time_bound' ? { starts_at: old.starts_at!, ends_at: old.ends_at! } : {}),
})

const count = (requests: string[], route: string) => requests.filter((r) => r === route).length

describe('Replacement (replacing a code Seam cannot convert)', () => {
  beforeEach(async () => {
    await resetBackend()
    await configureBackend({ delayMs: 80 })
  })

  it('igloohome, a new PIN: creates and sets the new code, then deletes the old one; both lists agree', async () => {
    const { store, old, unmanaged, managed, seen, hooks } = await setup(DEMO.devices.igloohome, CODES['unmanagedCabinGuest']!)
    const pin = await replacementPin(store, old.device_id)
    expect(pin).to.match(/^\d+$/).and.not.equal(old.code)
    const r = new Replacement(store, old, paramsOf(old, pin))
    expect([r.keepsPin, r.steps]).to.deep.equal([false, ['create', 'set', 'delete']])
    const outcome = await r.run(hooks)
    expect(outcome.status).to.equal('replaced')
    if (outcome.status !== 'replaced') return
    expect(outcome.accessCode).to.include({ code: pin, name: old.name, type: 'time_bound', status: 'set' })
    expect(Date.parse(outcome.accessCode.ends_at!)).to.equal(Date.parse(old.ends_at!))
    expect(outcome.oldDeleted).to.equal(true)
    expect(seen).to.deep.equal(['step:create', `created:${pin}`, 'step:set', 'step:delete', `deleted:${old.access_code_id}`])
    expect(unmanaged.state.data!.map((c) => c.access_code_id)).to.not.include(old.access_code_id)
    await managed.refresh()
    expect(managed.state.data!.map((c) => c.access_code_id)).to.include(outcome.accessCode.access_code_id)
  })

  it('igloohome, keeping the PIN: deletes the old code first (the lock refuses a second code with its PIN), then creates and sets it', async () => {
    const { store, old, seen, hooks } = await setup(DEMO.devices.igloohome, CODES['unmanagedCabin']!)
    // Why the order: with the old code still there, the lock refuses its PIN.
    const refused = await store.client.accessCodes.create({ device_id: old.device_id, code: old.code! }).catch((e: unknown) => e)
    expect(refused).to.be.instanceOf(SeamApiError).and.include({ status: 409 })
    const r = new Replacement(store, old, paramsOf(old, old.code!))
    expect([r.keepsPin, r.steps]).to.deep.equal([true, ['delete', 'create', 'set']])
    const outcome = await r.run(hooks)
    expect(outcome).to.include({ status: 'replaced', oldDeleted: true })
    expect(seen).to.deep.equal(['step:delete', `deleted:${old.access_code_id}`, 'step:create', `created:${old.code}`, 'step:set'])
  })

  it('SmartThings (PIN hidden), a new PIN: the same steps, and the PIN cannot be kept as it is unknown', async () => {
    const { store, old, seen, hooks } = await setup(DEMO.devices.smartthings, CODES['unmanagedGarage']!)
    expect(old.code ?? null).to.equal(null)
    const pin = await replacementPin(store, old.device_id)
    const r = new Replacement(store, old, paramsOf(old, pin))
    expect(r.keepsPin).to.equal(false)
    expect(await r.run(hooks)).to.include({ status: 'replaced', oldDeleted: true })
    expect(seen.filter((s) => s.startsWith('step:'))).to.deep.equal(['step:create', 'step:set', 'step:delete'])
  })

  it('SmartThings, a scheduled code starting later: the new code is on the lock once it is scheduled there', async () => {
    const { store, old, hooks } = await setup(DEMO.devices.smartthings, CODES['unmanagedGarageCleaner']!)
    const r = new Replacement(store, old, paramsOf(old, await replacementPin(store, old.device_id)))
    const outcome = await r.run(hooks)
    expect(outcome.status).to.equal('replaced')
    if (outcome.status === 'replaced') expect(outcome.accessCode).to.include({ status: 'unset', is_scheduled_on_device: true })
  })

  it('a code the API cannot delete: the new code is created and set, the old one stays (and its PIN cannot be kept)', async () => {
    const { store, old, unmanaged, hooks } = await setup(DEMO.devices.august, CODES['unmanagedFrontBlocked']!)
    const keep = await new Replacement(store, old, paramsOf(old, old.code!)).run(hooks)
    expect(keep).to.include({ status: 'failed', step: 'delete', refused: 'keep-needs-delete' })
    const r = new Replacement(store, old, paramsOf(old, '4862'))
    expect(r.steps).to.deep.equal(['create', 'set'])
    expect(await r.run(hooks)).to.include({ status: 'replaced', oldDeleted: false })
    expect(count(await backendRequests(), '/access_codes/unmanaged/delete')).to.equal(0)
    await unmanaged.refresh()
    expect(unmanaged.state.data!.map((c) => c.access_code_id)).to.include(old.access_code_id)
  })

  it('generate fails: nothing else is asked, nothing changes', async () => {
    const { store, old } = await setup(DEMO.devices.igloohome, CODES['unmanagedCabin']!)
    await injectFaults([{ path: '/access_codes/generate_code', status: 400 }])
    const error = await replacementPin(store, old.device_id).catch((e: unknown) => e)
    expect(error).to.be.instanceOf(SeamApiError)
    const requests = await backendRequests()
    expect(count(requests, '/access_codes/create') + count(requests, '/access_codes/unmanaged/delete')).to.equal(0)
  })

  it('create refused: stops at create, the old code is untouched; trying again creates it once and goes on', async () => {
    const { store, old, unmanaged, seen, hooks } = await setup(DEMO.devices.igloohome, CODES['unmanagedCabin']!)
    await injectFaults([{ path: '/access_codes/create', status: 400, times: 1 }])
    const r = new Replacement(store, old, paramsOf(old, '24680'))
    const failed = await r.run(hooks)
    expect(failed).to.include({ status: 'failed', step: 'create' })
    expect(failed.status === 'failed' && failed.error).to.be.instanceOf(SeamApiError)
    expect([r.created, r.oldDeleted]).to.deep.equal([undefined, false])
    expect(count(await backendRequests(), '/access_codes/unmanaged/delete')).to.equal(0)
    expect(unmanaged.state.data!.map((c) => c.access_code_id)).to.include(old.access_code_id)
    expect(await r.run(hooks)).to.include({ status: 'replaced' })
    expect(seen.filter((s) => s.startsWith('created:'))).to.deep.equal(['created:24680'])
  })

  it('the new code fails to set: stops at set with the code\'s errors, the old code stays; nothing is deleted', async () => {
    const { store, old, unmanaged, hooks } = await setup(DEMO.devices.igloohome, CODES['unmanagedCabin']!)
    await configureBackend({ failSets: true })
    const r = new Replacement(store, old, paramsOf(old, '24680'))
    const failed = await r.run(hooks)
    expect(failed).to.include({ status: 'failed', step: 'set', notSet: 'failed' })
    expect(r.created!.errors.map((e) => (e as { error_code: string }).error_code)).to.include('failed_to_set_on_device')
    expect(count(await backendRequests(), '/access_codes/unmanaged/delete')).to.equal(0)
    expect(unmanaged.state.data!.map((c) => c.access_code_id)).to.include(old.access_code_id)
    // Checking again follows the same code; nothing is created twice.
    expect(await r.run(hooks)).to.include({ status: 'failed', step: 'set' })
    expect(count(await backendRequests(), '/access_codes/create')).to.equal(1)
  })

  it('the new code still setting when following gives up: stops at set, nothing deleted; checking again goes on following it', async () => {
    const { store, old, unmanaged, hooks } = await setup(DEMO.devices.igloohome, CODES['unmanagedCabin']!)
    // The lock takes longer than the follow is given.
    await configureBackend({ delayMs: 1_500 })
    const r = new Replacement(store, old, paramsOf(old, '24680'))
    expect(await r.run({ ...hooks, setDeadlineMs: 300 })).to.include({ status: 'failed', step: 'set', notSet: 'still-setting' })
    expect(r.created).to.include({ status: 'setting' })
    expect(count(await backendRequests(), '/access_codes/unmanaged/delete')).to.equal(0)
    expect(unmanaged.state.data!.map((c) => c.access_code_id)).to.include(old.access_code_id)
    expect(await r.run(hooks)).to.include({ status: 'replaced', oldDeleted: true })
    expect(count(await backendRequests(), '/access_codes/create')).to.equal(1)
  })

  it('the delete fails: stops at delete with both codes on the lock; trying again deletes only the old code', async () => {
    const { store, old, unmanaged, seen, hooks } = await setup(DEMO.devices.igloohome, CODES['unmanagedCabin']!)
    await configureBackend({ failDeletes: true })
    const r = new Replacement(store, old, paramsOf(old, '24680'))
    const failed = await r.run(hooks)
    expect(failed).to.include({ status: 'failed', step: 'delete' })
    expect([r.isSet, r.oldDeleted]).to.deep.equal([true, false])
    expect(unmanaged.state.data!.map((c) => c.access_code_id)).to.include(old.access_code_id)
    await configureBackend({ failDeletes: false })
    expect(await r.run(hooks)).to.include({ status: 'replaced', oldDeleted: true })
    const requests = await backendRequests()
    expect([count(requests, '/access_codes/create'), count(requests, '/access_codes/unmanaged/delete')]).to.deep.equal([1, 2])
    expect(seen.filter((s) => s.startsWith('created:') || s.startsWith('deleted:'))).to.have.length(2)
  })

  it('a delete Seam had not finished by the deadline is checked on the next run, never sent again', async () => {
    const { store, old, hooks } = await setup(DEMO.devices.igloohome, CODES['unmanagedCabin']!)
    await configureBackend({ failDeletes: true })
    const r = new Replacement(store, old, paramsOf(old, '24680'))
    expect(await r.run(hooks)).to.include({ status: 'failed', step: 'delete' })
    // As when Seam took the delete and had not told its outcome by the deadline.
    r.failure = { step: 'delete', error: new FollowDeadlineError() }
    await configureBackend({ failDeletes: false })
    const again = await r.run(hooks)
    expect(again).to.include({ status: 'failed', step: 'delete' })
    expect((again as { error: unknown }).error, 'still waiting for Seam').to.be.instanceOf(FollowDeadlineError)
    expect(count(await backendRequests(), '/access_codes/unmanaged/delete'), 'sent once').to.equal(1)
  })

  it('a lost answer at create is checked, found, and the replacement goes on; the create is sent once', async () => {
    const { store, old, hooks } = await setup(DEMO.devices.igloohome, CODES['unmanagedCabin']!)
    await injectFaults([{ path: '/access_codes/create', drop: 'after', times: 1 }])
    let checking = 0
    const r = new Replacement(store, old, paramsOf(old, '24680'))
    const outcome = await r.run({ ...hooks, onChecking: () => checking++ })
    expect(outcome).to.include({ status: 'replaced', oldDeleted: true })
    expect(checking).to.equal(1)
    expect(count(await backendRequests(), '/access_codes/create')).to.equal(1)
  })

  it('a lost answer at create that did not reach Seam: stops at create, checked and not found, the old code stays', async () => {
    const { store, old, hooks } = await setup(DEMO.devices.igloohome, CODES['unmanagedCabin']!)
    // A gateway's 504 before the route ran: the answer is lost, and Seam never saw the create.
    await injectFaults([{ path: '/access_codes/create', status: 504, times: 1 }])
    let checking = 0
    const r = new Replacement(store, old, paramsOf(old, '24680'))
    expect(await r.run({ ...hooks, onChecking: () => checking++ })).to.include({ status: 'failed', step: 'create' })
    expect(checking).to.equal(1)
    expect([r.created, r.oldDeleted]).to.deep.equal([undefined, false])
    expect(count(await backendRequests(), '/access_codes/unmanaged/delete')).to.equal(0)
  })

  it('run twice at once (a double click) is one run: one create, one delete', async () => {
    const { store, old, hooks } = await setup(DEMO.devices.igloohome, CODES['unmanagedCabin']!)
    const r = new Replacement(store, old, paramsOf(old, '24680'))
    const [a, b] = await Promise.all([r.run(hooks), r.run(hooks)])
    expect(a).to.equal(b)
    const requests = await backendRequests()
    expect([count(requests, '/access_codes/create'), count(requests, '/access_codes/unmanaged/delete')]).to.deep.equal([1, 1])
  })
})

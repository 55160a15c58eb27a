import { expect } from '@open-wc/testing'
import { resolveCredentials } from '../../src/api/credentials.js'
import { StoreClaim, openSessionCount, registryOptions, resetSessions, storeForClient, storeForCredentials } from '../../src/state/registry.js'
import { fakeTimers, type FakeClock } from '../helpers/fake-timers.js'
import { stubClient } from '../helpers/stub-client.js'

const credentials = (token: string) => resolveCredentials({ clientSessionToken: token, endpoint: '/api' })

describe('the session registry', () => {
  // The registry's own delay, on a fake clock.
  const delay = registryOptions.releaseDelayMs
  let clock: FakeClock
  beforeEach(() => {
    resetSessions()
    clock = fakeTimers()
  })
  afterEach(() => {
    clock.restore()
    resetSessions()
  })

  it('keeps one store per credentials and one per host client', () => {
    const a = storeForCredentials(credentials('seam_cst1_a'))
    expect(storeForCredentials(credentials('seam_cst1_a'))).to.equal(a)
    expect(storeForCredentials(credentials('seam_cst1_b'))).not.to.equal(a)
    expect(openSessionCount()).to.equal(2)
    const { client } = stubClient()
    expect(storeForClient(client)).to.equal(storeForClient(client))
    expect(storeForClient(client).client).to.equal(client)
    expect(openSessionCount(), 'a host client is not a session of ours').to.equal(2)
  })

  it('closes a credentials store once nothing holds it, after the release delay', () => {
    const store = storeForCredentials(credentials('seam_cst1_a'))
    const [one, two] = [new StoreClaim(), new StoreClaim()]
    one.set(store)
    two.set(store)
    one.connect()
    two.connect()
    one.disconnect()
    clock.tick(delay)
    expect(openSessionCount(), 'still held by the other').to.equal(1)
    two.disconnect()
    clock.tick(delay - 1)
    expect(openSessionCount(), 'lingers until the delay ends').to.equal(1)
    clock.tick(1)
    expect(openSessionCount()).to.equal(0)
    expect(storeForCredentials(credentials('seam_cst1_a'))).not.to.equal(store)
  })

  it('keeps a store that is held again before the delay ends (a quick move in the page)', () => {
    const store = storeForCredentials(credentials('seam_cst1_a'))
    const hold = new StoreClaim()
    hold.set(store)
    hold.connect()
    hold.disconnect()
    clock.tick(delay - 1)
    hold.connect()
    clock.tick(delay)
    expect(storeForCredentials(credentials('seam_cst1_a'))).to.equal(store)
  })

  it('lets go of the old store when a hold switches to a new one, never of a host client\'s', () => {
    const old = storeForCredentials(credentials('seam_cst1_old'))
    const hold = new StoreClaim()
    hold.connect()
    hold.set(old)
    hold.set(storeForCredentials(credentials('seam_cst1_new')))
    clock.tick(delay)
    expect(openSessionCount()).to.equal(1)
    expect(storeForCredentials(credentials('seam_cst1_old'))).not.to.equal(old)
    const { client } = stubClient()
    const host = storeForClient(client)
    hold.set(host)
    hold.disconnect()
    clock.tick(delay)
    expect(storeForClient(client)).to.equal(host)
  })
})

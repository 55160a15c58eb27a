import { expect } from '@open-wc/testing'
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import { SeamConfigError } from '../../src/api/errors.js'
import { OwnSession, SessionErrorReport, type CredentialHost } from '../../src/context/own-session.js'
import { openSessionCount, registryOptions, resetSessions } from '../../src/state/registry.js'
import { fakeTimers, type FakeClock } from '../helpers/fake-timers.js'

/** A plain host: credential fields, its controllers, connected or not. */
function host(fields: Partial<CredentialHost> = {}) {
  const controllers: ReactiveController[] = []
  const h = Object.assign(new EventTarget(), {
    isConnected: true,
    addController: (c: ReactiveController) => void controllers.push(c),
    removeController: () => {},
    requestUpdate: () => {},
    updateComplete: Promise.resolve(true),
    ...fields,
  }) as EventTarget & ReactiveControllerHost & CredentialHost & { isConnected: boolean }
  return { h, connect: () => controllers.forEach((c) => c.hostConnected?.()), disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()) }
}

describe('OwnSession', () => {
  let clock: FakeClock
  beforeEach(() => {
    resetSessions()
    clock = fakeTimers()
  })
  afterEach(() => {
    clock.restore()
    resetSessions()
  })

  it('resolves the session its host\'s credentials name, again only when one of them changes', () => {
    const { h } = host({ clientSessionToken: 'seam_cst1_a', endpoint: '/api' })
    const own = new OwnSession(h, { required: false })
    const first = own.value
    expect(first?.store).to.exist
    expect(own.value, 'the same until a credential changes').to.equal(first)
    h.clientSessionToken = 'seam_cst1_b'
    expect(own.value?.store).to.exist.and.not.equal(first!.store)
  })

  it('is nothing without credentials for an element, and a configuration error for a provider', () => {
    expect(new OwnSession(host().h, { required: false }).value).to.equal(undefined)
    const required = new OwnSession(host().h, { required: true }).value
    expect(required?.error).to.be.instanceOf(SeamConfigError)
    expect(required?.error?.reason).to.equal('missing')
  })

  it('holds its session while the host is connected, so the registry closes it only after the host left', () => {
    const { h, connect, disconnect } = host({ clientSessionToken: 'seam_cst1_a', endpoint: '/api' })
    const own = new OwnSession(h, { required: false })
    void own.value
    connect()
    clock.tick(registryOptions.releaseDelayMs)
    expect(openSessionCount()).to.equal(1)
    disconnect()
    clock.tick(registryOptions.releaseDelayMs)
    expect(openSessionCount()).to.equal(0)
  })

  it('back after its session was closed, looks it up again instead of using the closed one', () => {
    let updates = 0
    const { h, connect, disconnect } = host({ clientSessionToken: 'seam_cst1_a', endpoint: '/api', requestUpdate: () => void updates++ })
    const own = new OwnSession(h, { required: false })
    const first = own.value!.store!
    connect()
    disconnect()
    clock.tick(registryOptions.releaseDelayMs)
    expect(first.disposed, 'closed while nobody held it').to.equal(true)
    connect()
    expect(updates, 'the host renders with the new one').to.equal(1)
    const again = own.value!.store!
    expect(again).to.not.equal(first)
    expect(again.disposed).to.equal(false)
    clock.tick(registryOptions.releaseDelayMs)
    expect(openSessionCount(), 'and holds it').to.equal(1)
  })
})

describe('SessionErrorReport', () => {
  let clock: FakeClock
  beforeEach(() => (clock = fakeTimers()))
  afterEach(() => clock.restore())

  it('reports a problem a task later, once while it lasts, and again after a session without one', () => {
    const { h } = host()
    const reported: SeamConfigError[] = []
    const report = new SessionErrorReport(h, (e) => reported.push(e))
    const problem = new SeamConfigError('conflict')
    report.check(problem, () => problem)
    expect(reported, 'not before the page had a task to listen').to.deep.equal([])
    clock.tick(0)
    expect(reported).to.deep.equal([problem])
    report.check(new SeamConfigError('conflict'), () => problem)
    clock.tick(0)
    expect(reported, 'the same problem again is not news').to.have.length(1)
    report.check(undefined, () => undefined)
    report.check(problem, () => problem)
    clock.tick(0)
    expect(reported).to.have.length(2)
  })

  it('reports nothing when the problem is gone by then, or the host has left', () => {
    const { h } = host()
    const reported: SeamConfigError[] = []
    const report = new SessionErrorReport(h, (e) => reported.push(e))
    report.check(new SeamConfigError('missing'), () => undefined)
    clock.tick(0)
    report.check(new SeamConfigError('malformed-token'), () => new SeamConfigError('malformed-token'))
    h.isConnected = false
    clock.tick(0)
    expect(reported).to.deep.equal([])
  })
})

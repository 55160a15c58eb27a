import { expect } from '@open-wc/testing'
import {
  SeamActionError,
  SeamApiError,
  SeamConfigError,
  SeamError,
  SeamNetworkError,
  SeamTimeoutError,
  abortError,
} from '../../src/api/errors.js'
import { decodeError, encodeError } from '../../src/state/error-codec.js'
import { FollowDeadlineError, TabClosedError } from '../../src/state/errors.js'
import { TabLink } from '../../src/state/tabs.js'
import type { MutationMeta } from '../../src/state/types.js'
import { untilLockAwaited } from '../helpers/locks.js'

/** One of every error class the kit throws, with every field set. */
const samples = (): SeamError[] => [
  new SeamApiError({ status: 409, type: 'conflict', message: 'The lock is busy.', statusText: 'Conflict', requestId: 'req_1', retryAfter: 2 }),
  new SeamApiError({ status: 401, type: 'unauthorized', requestId: 'req_2', reason: 'token-refused' }),
  new SeamApiError({ status: 401, type: 'unauthorized', message: 'Unauthorized', reason: 'session-refused' }),
  new SeamApiError({ status: 502, type: 'http_502', statusText: 'Bad Gateway' }),
  new SeamApiError({ status: 400, type: 'invalid_input', message: 'Bad PIN', invalidFields: ['code', 'ends_at'] }),
  new SeamActionError({ actionAttemptId: 'aa1', type: 'lock_offline', message: 'Lock did not answer' }),
  new SeamActionError({ actionAttemptId: 'aa2' }),
  ...(['missing', 'conflict', 'malformed-token', 'missing-publishable-key', 'missing-user-identifier-key', 'malformed-key'] as const).map(
    (reason) => new SeamConfigError(reason),
  ),
  new SeamTimeoutError(15_000),
  new SeamNetworkError(new Error('reset')),
  new FollowDeadlineError(),
  new TabClosedError(),
  abortError(),
  new SeamError('unexpected', 'seam answer: expected a list of access codes, got object'),
]

/** What another tab can tell about an error: its class and every field but the stack and cause. */
const fields = (e: Error) => {
  const own = Object.entries(e).filter(([key]) => key !== 'stack' && key !== 'cause')
  return { class: e.constructor, name: e.name, message: e.message, ...Object.fromEntries(own) }
}

describe('errors across tabs', () => {
  it('rebuild every error class with the same kind, reason, type and fields', () => {
    for (const error of samples()) {
      // A BroadcastChannel message is a structured clone of the encoding.
      const decoded = decodeError(structuredClone(encodeError(error)))
      expect(fields(decoded), error.message).to.deep.equal(fields(error))
      expect(decoded).to.be.instanceOf(error.constructor)
    }
  })

  it('turn anything else that was thrown into an "unexpected" error with its message', () => {
    const decoded = decodeError(encodeError(new TypeError('x is undefined')))
    expect([decoded.constructor, decoded.kind, decoded.message]).to.deep.equal([SeamError, 'unexpected', 'x is undefined'])
    expect(decodeError(encodeError('a string')).message).to.equal('a string')
  })

  it('read what an older copy of the kit in another tab sends', () => {
    const api = decodeError({ kind: 'api', message: 'Busy.', status: 409, type: 'conflict', requestId: 'r' }) as SeamApiError
    expect(api).to.be.instanceOf(SeamApiError)
    expect([api.status, api.type, api.seamMessage, api.requestId]).to.deep.equal([409, 'conflict', 'Busy.', 'r'])
    expect(decodeError({ kind: 'network', message: 'down' }).kind).to.equal('network')
    expect(decodeError(undefined).kind).to.equal('unexpected')
  })

  it('reach a tab that waited for another tab\'s run, as the same class', async function () {
    if (!navigator.locks) this.skip()
    const name = `codec-test-${Math.random()}`
    const hooks = { started: () => {}, ended: () => {} }
    const [runner, waiter] = [TabLink.create(name, hooks)!, TabLink.create(name, hooks)!]
    const meta: MutationMeta = { accessCodeId: 'c1', deviceId: 'd1', activity: 'deleting' }
    try {
      for (const [i, error] of samples().entries()) {
        let fail!: () => void
        let running!: () => void
        const started = new Promise<void>((r) => (running = r))
        const start = () =>
          new Promise<never>((_, reject) => {
            fail = () => reject(error)
            running()
          })
        const ran = runner.run(`k${i}`, meta, start).catch((e: unknown) => e)
        await started
        // The runner holds the lock: the waiter must not run, only hear how it ended.
        const heard = waiter.run(`k${i}`, meta, () => Promise.reject(new Error('ran twice'))).catch((e: unknown) => e)
        // The lock manager has told the waiter the lock is taken: it waits for the ending.
        await untilLockAwaited(`${name}:k${i}`)
        fail()
        expect(await ran).to.equal(error)
        const received = (await heard) as SeamError
        expect(fields(received), error.message).to.deep.equal(fields(error))
      }
    } finally {
      runner.close()
      waiter.close()
    }
  })
})

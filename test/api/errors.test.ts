import { expect } from '@open-wc/testing'
import { SeamActionError, SeamApiError, SeamConfigError, SeamError, SeamNetworkError, SeamTimeoutError, abortError, asSeamError, isAbort } from '../../src/api/errors.js'

describe('api errors', () => {
  it('keep Seam\'s own message only when it says something, and name the reason of a refused session', () => {
    const busy = new SeamApiError({ status: 409, type: 'conflict', message: '  The lock is busy.  ', requestId: 'r1', retryAfter: 2 })
    expect([busy.kind, busy.status, busy.type, busy.seamMessage, busy.requestId, busy.retryAfter]).to.deep.equal(['api', 409, 'conflict', 'The lock is busy.', 'r1', 2])
    expect(busy.message).to.equal('The lock is busy.')
    const blank = new SeamApiError({ status: 502, type: 'http_502', message: ' ', statusText: 'Bad Gateway' })
    expect(blank.seamMessage).to.equal(undefined)
    expect(blank.message).to.equal('seam api: http 502 Bad Gateway')
    const refused = new SeamApiError({ status: 401, type: 'unauthorized', message: 'Unauthorized', reason: 'token-refused' })
    expect(refused.message).to.equal('seam api: http 401, token-refused')
    expect(refused.seamMessage).to.equal('Unauthorized')
  })

  it('asSeamError: a typed error as it is; anything else as "unexpected" (a cancellation as "aborted"), the original its cause', () => {
    const typed = new SeamNetworkError()
    expect(asSeamError(typed)).to.equal(typed)
    const plain = new Error('proxy refused')
    const wrapped = asSeamError(plain)
    expect([wrapped instanceof SeamError, wrapped.kind, wrapped.message, wrapped.cause]).to.deep.equal([true, 'unexpected', 'proxy refused', plain])
    expect(asSeamError('no').message).to.equal('no')
    const cancelled = asSeamError(new DOMException('stop', 'AbortError'))
    expect(cancelled.kind).to.equal('aborted')
    expect(isAbort(cancelled)).to.equal(true)
  })

  it('give a failed action attempt Seam\'s type and message, or a type of its own', () => {
    const failed = new SeamActionError({ actionAttemptId: 'aa1', type: 'lock_offline', message: 'Lock did not answer' })
    expect([failed.kind, failed.actionAttemptId, failed.type, failed.seamMessage, failed.message]).to.deep.equal(['action', 'aa1', 'lock_offline', 'Lock did not answer', 'Lock did not answer'])
    const bare = new SeamActionError()
    expect([bare.type, bare.seamMessage]).to.deep.equal(['action_attempt_failed', undefined])
  })

  it('say what kind of failure each is', () => {
    expect(new SeamNetworkError(new Error('reset')).kind).to.equal('network')
    expect(new SeamNetworkError(new Error('reset')).cause).to.be.instanceOf(Error)
    const timeout = new SeamTimeoutError(400)
    expect([timeout.kind, timeout.timeoutMs]).to.deep.equal(['timeout', 400])
    const config = new SeamConfigError('malformed-token')
    expect([config.kind, config.reason]).to.deep.equal(['config', 'malformed-token'])
    for (const error of [new SeamApiError({ status: 503, type: 'http_503' }), timeout, config]) expect(error).to.be.instanceOf(SeamError)
  })

  it('tell a cancellation apart, the browser\'s or the kit\'s', () => {
    expect(isAbort(new DOMException('stop', 'AbortError'))).to.equal(true)
    expect(isAbort(abortError())).to.equal(true)
    expect(abortError().kind).to.equal('aborted')
    expect(isAbort(new DOMException('x', 'NetworkError'))).to.equal(false)
    expect(isAbort(new SeamNetworkError())).to.equal(false)
    expect(isAbort('AbortError')).to.equal(false)
  })
})

import { expect } from '@open-wc/testing'
import {
  SeamActionError,
  SeamApiError,
  SeamConfigError,
  SeamError,
  SeamNetworkError,
  SeamTimeoutError,
  abortError,
  type SeamConfigReason,
} from '../../src/api/errors.js'
import { configErrorTextEn, describeError, errorTextEn, registerCatalog } from '../../src/catalog/index.js'
import { FollowDeadlineError, TabClosedError } from '../../src/state/errors.js'

const reasons: SeamConfigReason[] = ['missing', 'conflict', 'malformed-token', 'missing-publishable-key', 'missing-user-identifier-key', 'malformed-key']

describe('describeError', () => {
  it('gives Seam\'s own message for an API error, with its request id for support', () => {
    const error = new SeamApiError({ status: 409, type: 'conflict', message: 'The lock is busy.', requestId: 'req_1' })
    expect(describeError(undefined, error)).to.equal('The lock is busy. (request id req_1, for Seam support)')
    expect(describeError(undefined, new SeamApiError({ status: 409, type: 'conflict', message: 'The lock is busy.' }))).to.equal('The lock is busy.')
  })

  it('says what status came back when Seam sent no message', () => {
    expect(describeError(undefined, new SeamApiError({ status: 502, type: 'http_502', statusText: 'Bad Gateway' }))).to.equal('The Seam API answered 502 Bad Gateway')
    expect(describeError(undefined, new SeamApiError({ status: 500, type: 'http_500', message: '  ' }))).to.equal('The Seam API answered 500')
  })

  it('says the session was refused for every 401, whatever the reason, with the request id', () => {
    for (const reason of ['token-refused', 'session-refused', undefined] as const) {
      const error = new SeamApiError({ status: 401, type: 'unauthorized', message: 'Unauthorized', reason })
      expect(describeError(undefined, error), String(reason)).to.equal(errorTextEn.unauthorized)
      const withId = new SeamApiError({ status: 401, type: 'unauthorized', reason, requestId: 'req_2' })
      expect(describeError(undefined, withId)).to.equal(`${errorTextEn.unauthorized} (request id req_2, for Seam support)`)
    }
  })

  it('has words for a network failure, a timeout, a cancelled request and an unreadable answer', () => {
    expect(describeError(undefined, new SeamNetworkError(new Error('reset')))).to.equal(errorTextEn.network)
    expect(describeError(undefined, new SeamTimeoutError(15_000))).to.equal(errorTextEn.timeout)
    expect(describeError(undefined, abortError())).to.equal(errorTextEn.aborted)
    expect(describeError(undefined, new SeamError('unexpected', 'TypeError: x is undefined'))).to.equal(errorTextEn.unexpected)
  })

  it('explains every configuration reason in the catalog\'s words', () => {
    for (const reason of reasons) {
      expect(configErrorTextEn[reason], reason).to.be.a('string').and.not.equal('')
      expect(describeError(undefined, new SeamConfigError(reason)), reason).to.equal(configErrorTextEn[reason])
    }
    expect(describeError(undefined, new SeamConfigError('conflict'))).to.match(/not both/)
    expect(describeError(undefined, new SeamConfigError('missing'))).to.match(/No Seam credentials/)
  })

  it('gives a failed action attempt Seam\'s message, or the catalog\'s words without one', () => {
    expect(describeError(undefined, new SeamActionError({ actionAttemptId: 'aa1', type: 'x', message: 'Lock did not answer' }))).to.equal('Lock did not answer')
    expect(describeError(undefined, new SeamActionError({ actionAttemptId: 'aa1' }))).to.equal(errorTextEn.actionFailed)
  })

  it('says a closed tab\'s change was not made, and an outcome not reported by the deadline is a timeout', () => {
    expect(describeError(undefined, new TabClosedError())).to.equal(errorTextEn.tabClosed)
    expect(describeError(undefined, new TabClosedError())).to.match(/other tab .* closed .* not made/)
    expect(describeError(undefined, new FollowDeadlineError())).to.equal(errorTextEn.timeout)
  })

  it('never shows an error\'s developer message for a kind it does not know', () => {
    expect(describeError(undefined, new SeamError('brand-new' as never, 'seam: internals'))).to.equal(errorTextEn.unexpected)
  })

  it('takes translations through registerCatalog, English for the rest', () => {
    registerCatalog('yy', { errors: { network: 'Yy network', requestId: '{message} [yy {id}]' }, configErrors: { missing: 'Yy missing' } })
    expect(describeError('yy-QQ', new SeamNetworkError())).to.equal('Yy network')
    expect(describeError('yy', new SeamTimeoutError(1))).to.equal(errorTextEn.timeout)
    expect(describeError('yy', new SeamConfigError('missing'))).to.equal('Yy missing')
    expect(describeError('yy', new SeamConfigError('conflict'))).to.equal(configErrorTextEn.conflict)
    expect(describeError('yy', new SeamApiError({ status: 400, type: 'x', message: 'Seam says no', requestId: 'r' }))).to.equal('Seam says no [yy r]')
    expect(describeError(undefined, new SeamNetworkError())).to.equal(errorTextEn.network)
  })

  it('inserts Seam\'s message as text, not as a replacement pattern', () => {
    const error = new SeamApiError({ status: 400, type: 'x', message: '$& {id} $1', requestId: 'r9' })
    expect(describeError(undefined, error)).to.equal('$& {id} $1 (request id r9, for Seam support)')
  })
})

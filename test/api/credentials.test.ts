import { expect } from '@open-wc/testing'
import { SeamConfigError } from '../../src/api/errors.js'
import { DEFAULT_ENDPOINT, credentialsKey, resolveCredentials } from '../../src/api/credentials.js'

describe('credentials', () => {
  it('rejects malformed and conflicting credentials before any request', () => {
    const bad = [
      [{ clientSessionToken: 'abc' }, 'malformed-token'],
      [{ publishableKey: 'pk_live_x', userIdentifierKey: 'u' }, 'malformed-key'],
      [{ publishableKey: 'seam_pk_x' }, 'missing-user-identifier-key'],
      [{ userIdentifierKey: 'u' }, 'missing-publishable-key'],
      [{ clientSessionToken: 'seam_cst1', publishableKey: 'seam_pk_x', userIdentifierKey: 'u' }, 'conflict'],
      [{}, 'missing'],
    ] as const
    for (const [c, reason] of bad) {
      expect(() => resolveCredentials(c), JSON.stringify(c)).to.throw(SeamConfigError)
      const error = (() => {
        try {
          resolveCredentials(c)
        } catch (e) {
          return e as SeamConfigError
        }
      })()
      expect(error?.reason, JSON.stringify(c)).to.equal(reason)
      expect(error?.kind).to.equal('config')
    }
    const error = (() => {
      try {
        resolveCredentials({ clientSessionToken: 'secret_value_123' })
      } catch (e) {
        return e as Error
      }
    })()
    expect(error?.message).not.to.include('secret_value_123')
  })

  it('warns once when the user identifier key looks like an email address', () => {
    const warnings: string[] = []
    const warn = (m: string) => warnings.push(m)
    resolveCredentials({ publishableKey: 'seam_pk_x', userIdentifierKey: 'jane@example.com' }, warn)
    resolveCredentials({ publishableKey: 'seam_pk_x', userIdentifierKey: 'jane@example.com' }, warn)
    resolveCredentials({ publishableKey: 'seam_pk_x', userIdentifierKey: 'k_9f8e7d6c' }, warn)
    expect(warnings).to.have.length(1)
    expect(warnings[0]).to.match(/email/)
    expect(warnings[0]).not.to.include('jane@example.com')
  })

  it('sends to Seam unless told otherwise, at the endpoint given without its trailing slashes', () => {
    expect(resolveCredentials({ clientSessionToken: 'seam_cst1_x' }).endpoint).to.equal(DEFAULT_ENDPOINT)
    expect(resolveCredentials({ clientSessionToken: 'seam_cst1_x', endpoint: ' ' }).endpoint).to.equal(DEFAULT_ENDPOINT)
    expect(resolveCredentials({ clientSessionToken: 'seam_cst1_x', endpoint: 'https://api.test//' }).endpoint).to.equal('https://api.test')
  })

  it('keys one session per endpoint and credentials, whatever the whitespace around them', () => {
    const key = (c: Parameters<typeof resolveCredentials>[0]) => credentialsKey(resolveCredentials(c))
    const token = key({ clientSessionToken: 'seam_cst1_a', endpoint: '/api' })
    expect(key({ clientSessionToken: ' seam_cst1_a ', endpoint: '/api/' })).to.equal(token)
    expect(key({ clientSessionToken: 'seam_cst1_b', endpoint: '/api' })).not.to.equal(token)
    expect(key({ clientSessionToken: 'seam_cst1_a', endpoint: '/other' })).not.to.equal(token)
    const pk = key({ publishableKey: 'seam_pk_a', userIdentifierKey: 'user_1', endpoint: '/api' })
    expect(key({ publishableKey: 'seam_pk_a', userIdentifierKey: 'user_2', endpoint: '/api' })).not.to.equal(pk)
    expect(pk).not.to.equal(token)
  })
})

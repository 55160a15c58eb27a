import { expect } from '@open-wc/testing'
import { SeamConfigError } from '../../src/api/errors.js'
import { resetSessions } from '../../src/state/registry.js'
import { sessionFor } from '../../src/state/session.js'
import { stubClient } from '../helpers/stub-client.js'

const TOKEN = 'seam_cst1_session_test'

describe('sessionFor', () => {
  afterEach(() => resetSessions())

  it('uses an explicit client first, even beside credentials, and one store per client', () => {
    const { client } = stubClient()
    const a = sessionFor({ client, clientSessionToken: TOKEN }, true)
    expect(a?.store?.client).to.equal(client)
    expect(sessionFor({ client }, false)?.store).to.equal(a?.store)
    expect(sessionFor({ client: stubClient().client }, false)?.store).not.to.equal(a?.store)
  })

  it('opens one store per credentials, however often it is asked', () => {
    const a = sessionFor({ clientSessionToken: TOKEN, endpoint: '/api' }, false)
    const b = sessionFor({ clientSessionToken: ` ${TOKEN} `, endpoint: '/api/' }, true)
    expect(a?.store).to.exist.and.equal(b?.store)
    expect(sessionFor({ clientSessionToken: 'seam_cst1_other', endpoint: '/api' }, false)?.store).not.to.equal(a?.store)
  })

  it('gives nothing when nothing is given, unless a session is required', () => {
    expect(sessionFor({}, false)).to.equal(undefined)
    expect(sessionFor({ publishableKey: ' ', endpoint: '/api' }, false)).to.equal(undefined)
    const missing = sessionFor({ endpoint: '/api' }, true)
    expect(missing?.store).to.equal(undefined)
    expect(missing?.error).to.be.instanceOf(SeamConfigError)
    expect(missing?.error?.reason).to.equal('missing')
  })

  it('turns bad credentials into a configuration error, required or not', () => {
    for (const required of [false, true]) {
      expect(sessionFor({ clientSessionToken: 'abc' }, required)?.error?.reason).to.equal('malformed-token')
      expect(sessionFor({ clientSessionToken: TOKEN, publishableKey: 'seam_pk_x' }, required)?.error?.reason).to.equal('conflict')
      expect(sessionFor({ userIdentifierKey: 'u' }, required)?.error?.reason).to.equal('missing-publishable-key')
    }
  })
})

import { expect } from '@open-wc/testing'
import { FetchSeamClient, SeamApiError, resolveCredentials } from '../../src/api/index.js'
import { describeError, errorTextEn } from '../../src/catalog/index.js'
import { API, DEMO, backendRequests, configureBackend, resetBackend } from '../helpers/backend.js'

const tokenClient = () =>
  new FetchSeamClient({ credentials: resolveCredentials({ clientSessionToken: DEMO.clientSessionToken, endpoint: API }) })

describe('FetchSeamClient against the fake backend over HTTP', () => {
  beforeEach(() => resetBackend())

  it('opens a session from a publishable key once, then sends the token in headers only', async () => {
    const seen: { url: string; headers: Headers }[] = []
    const spy: typeof fetch = (input, init) => {
      seen.push({ url: String(input), headers: new Headers(init?.headers) })
      return fetch(input, init)
    }
    const client = new FetchSeamClient({
      credentials: resolveCredentials({ publishableKey: DEMO.publishableKey, userIdentifierKey: DEMO.userIdentifierKey, endpoint: API }),
      fetch: spy,
    })
    const [device, devices] = await Promise.all([client.devices.get({ device_id: DEMO.devices.august }), client.devices.list()])
    expect(device.device_id).to.equal(DEMO.devices.august)
    expect(devices.map((d) => d.device_id)).to.include.members(Object.values(DEMO.devices))
    expect(seen.filter((s) => s.url.endsWith('/client_sessions/get_or_create'))).to.have.length(1)
    const session = seen[0]!
    expect(session.headers.get('seam-publishable-key')).to.equal(DEMO.publishableKey)
    for (const call of seen.slice(1)) {
      expect(call.headers.get('client-session-token')).to.match(/^seam_cst/)
      expect(call.headers.get('authorization')).to.equal(`Bearer ${call.headers.get('client-session-token')}`)
    }
    for (const call of seen) expect(call.url).not.to.include('seam_cst')
  })

  it('whenSession settles once the token is known, sharing the one get_or_create with the calls that need it', async () => {
    const routes: string[] = []
    const spy: typeof fetch = (input, init) => {
      routes.push(new URL(String(input), location.href).pathname)
      return fetch(input, init)
    }
    const client = new FetchSeamClient({
      credentials: resolveCredentials({ publishableKey: DEMO.publishableKey, userIdentifierKey: DEMO.userIdentifierKey, endpoint: API }),
      fetch: spy,
    })
    let ready = false
    const session = client.whenSession().then(() => (ready = true))
    const device = client.devices.get({ device_id: DEMO.devices.august })
    expect(ready).to.equal(false)
    await session
    // The data request left in the same turn the token arrived.
    expect(routes.map((r) => r.replace(/^.*\/api/, ''))).to.deep.equal(['/client_sessions/get_or_create', '/devices/get'])
    expect((await device).device_id).to.equal(DEMO.devices.august)
    await tokenClient().whenSession()
  })

  it('follows pagination to the end', async () => {
    await configureBackend({ pageSize: 100 })
    const pages: number[] = []
    const codes = await tokenClient().accessCodes.list({ device_id: DEMO.devices.bulk }, { onPage: (p) => pages.push(p.length) })
    expect(codes).to.have.length(2500)
    expect(new Set(codes.map((c) => c.access_code_id)).size).to.equal(2500)
    expect(pages).to.have.length(25)
    expect((await backendRequests()).filter((r) => r === '/access_codes/list')).to.have.length(25)
  })

  it('lists unmanaged codes of one device only', async () => {
    const codes = await tokenClient().accessCodes.unmanaged.list({ device_id: DEMO.devices.august })
    expect(codes.length).to.be.greaterThan(1)
    expect(codes.every((c) => c.device_id === DEMO.devices.august && c.is_managed === false)).to.equal(true)
  })

  it('turns an API error into a typed error with status, type and request id', async () => {
    const error = await tokenClient()
      .accessCodes.get({ access_code_id: 'no_such_code' })
      .then(() => undefined, (e: unknown) => e)
    expect(error).to.be.instanceOf(SeamApiError)
    const e = error as SeamApiError
    expect(e.status).to.equal(404)
    expect(e.type).to.equal('access_code_not_found')
    expect(e.requestId).to.be.a('string').and.not.equal('')
  })

  it('says clearly when a client session token is refused, without quoting it', async () => {
    const client = new FetchSeamClient({ credentials: resolveCredentials({ clientSessionToken: 'seam_cst1_revoked_xyz', endpoint: API }) })
    const error = (await client.devices.list().catch((e: unknown) => e)) as SeamApiError
    expect(error).to.be.instanceOf(SeamApiError)
    expect(error.status).to.equal(401)
    // The reason is typed (expired or revoked: the host mints a new token); the words come from the catalog.
    expect(error.reason).to.equal('token-refused')
    expect(describeError(undefined, error)).to.include(errorTextEn.unauthorized)
    expect(error.message).not.to.include('seam_cst1_revoked_xyz')
    expect(describeError(undefined, error)).not.to.include('seam_cst1_revoked_xyz')
  })

  it('returns the action attempt of an unmanaged delete, and null for a conversion answered with ok', async () => {
    const client = tokenClient()
    const attempt = await client.accessCodes.unmanaged.delete({ access_code_id: 'uac_back_guest' })
    expect(attempt?.status).to.equal('pending')
    expect(await client.accessCodes.unmanaged.convertToManaged({ access_code_id: 'uac_front_cleaner' })).to.equal(null)
  })
})

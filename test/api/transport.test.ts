import { expect } from '@open-wc/testing'
import {
  FetchSeamClient,
  SeamApiError,
  SeamError,
  SeamNetworkError,
  SeamTimeoutError,
  resolveCredentials,
} from '../../src/api/index.js'
import { manualClock, nextTask } from '../helpers/manual-clock.js'
import { scriptedFetch, type Answer } from '../helpers/stub-fetch.js'

const TOKEN = 'seam_cst1_test_token'
const ok = (body: unknown): Answer => ({ status: 200, body })
const device = { device_id: 'd1' }

// Every client runs on a manual clock: backoffs, Retry-After and timeouts
// pass in virtual time (`clock.run`), not in real sleeps.
function client(answers: Answer[], extra: { timeoutMs?: number; publishable?: boolean } = {}) {
  const stub = scriptedFetch(answers)
  const credentials = extra.publishable
    ? resolveCredentials({ publishableKey: 'seam_pk_x', userIdentifierKey: 'user_8d1e0c', endpoint: 'https://api.test' })
    : resolveCredentials({ clientSessionToken: TOKEN, endpoint: 'https://api.test/' })
  const clock = manualClock()
  const c = new FetchSeamClient({ credentials, fetch: stub.fetch, baseDelayMs: 1, maxDelayMs: 2, timeoutMs: extra.timeoutMs ?? 2000, clock: clock.clock })
  return { c, calls: stub.calls, clock }
}

describe('transport faults (stubbed fetch)', () => {
  it('retries a read after 500 and 503, then succeeds', async () => {
    const { c, calls, clock } = client([{ status: 500 }, { status: 503 }, ok({ device })])
    expect((await clock.run(c.devices.get({ device_id: 'd1' }))).device_id).to.equal('d1')
    expect(calls).to.have.length(3)
    expect(calls[0]!.url).to.equal('https://api.test/devices/get')
  })

  it('honours Retry-After on 429', async () => {
    const { c, calls, clock } = client([{ status: 429, headers: { 'retry-after': '0.2' } }, ok({ device })])
    const t0 = clock.now()
    const got = c.devices.get({ device_id: 'd1' })
    await nextTask()
    clock.advance(190)
    await nextTask()
    expect(calls, 'not before Retry-After').to.have.length(1)
    await clock.run(got)
    expect(clock.now() - t0).to.be.at.least(200)
    expect(calls).to.have.length(2)
  })

  it('gives up after a bounded number of retries with a typed error', async () => {
    const { c, calls, clock } = client([{ status: 502 }, { status: 502 }, { status: 502 }, { status: 502 }, { status: 502 }])
    const error = await clock.run(c.devices.get({ device_id: 'd1' }).catch((e: unknown) => e))
    expect(error).to.be.instanceOf(SeamApiError)
    expect((error as SeamApiError).status).to.equal(502)
    expect(calls).to.have.length(4)
  })

  it('retries a read after a dropped connection and reports a network error when it persists', async () => {
    const recovering = client(['drop', ok({ device })])
    expect((await recovering.clock.run(recovering.c.devices.get({ device_id: 'd1' }))).device_id).to.equal('d1')
    const down = client(['drop', 'drop', 'drop', 'drop'])
    expect(await down.clock.run(down.c.devices.get({ device_id: 'd1' }).catch((e: unknown) => e))).to.be.instanceOf(SeamNetworkError)
  })

  it('times out a hanging request', async () => {
    const { c, clock } = client(['hang', 'hang', 'hang', 'hang'], { timeoutMs: 50 })
    const error = (await clock.run(c.devices.get({ device_id: 'd1' }).catch((e: unknown) => e))) as SeamTimeoutError
    expect(error).to.be.instanceOf(SeamTimeoutError)
    expect(error.timeoutMs).to.equal(50)
  })

  it('never retries a write blindly: a convert after a 500 or a drop is sent once', async () => {
    for (const failure of [{ status: 500 } as Answer, 'drop' as Answer, 'hang' as Answer]) {
      const { c, calls, clock } = client([failure, ok({})], { timeoutMs: 50 })
      await clock.run(c.accessCodes.unmanaged.convertToManaged({ access_code_id: 'a1' }).catch(() => undefined))
      expect(calls, String(failure)).to.have.length(1)
    }
  })

  it('reads which fields an invalid_input refusal is about from Seam\'s validation_errors', async () => {
    // The shape Seam (and its fake) send: zod's format(), a field whose subtree holds a message is at fault.
    const validation_errors = { _errors: [], code: { _errors: ['String must contain at least 4 character(s)'] }, name: { _errors: [] }, starts_at: { inner: { _errors: ['Invalid'] } } }
    const refused = client([{ status: 400, body: { error: { type: 'invalid_input', message: 'Two problems', validation_errors } } }])
    const error = (await refused.clock.run(refused.c.devices.get({ device_id: 'd1' }).catch((e: unknown) => e))) as SeamApiError
    expect([error.type, error.invalidFields]).to.deep.equal(['invalid_input', ['code', 'starts_at']])
    // Without them, or with something else there, none is named.
    for (const body of [{ error: { type: 'invalid_input' } }, { error: { type: 'invalid_input', validation_errors: 'code' } }, undefined]) {
      const plain = client([{ status: 400, body }])
      const e = (await plain.clock.run(plain.c.devices.get({ device_id: 'd1' }).catch((x: unknown) => x))) as SeamApiError
      expect(e.invalidFields, JSON.stringify(body)).to.deep.equal([])
    }
  })

  it('renews a publishable-key session once on 401, then fails clearly', async () => {
    const session = (token: string) => ok({ client_session: { token } })
    const renewed = client([session('seam_cst1_a'), { status: 401 }, session('seam_cst1_b'), ok({ device })], { publishable: true })
    expect((await renewed.clock.run(renewed.c.devices.get({ device_id: 'd1' }))).device_id).to.equal('d1')
    expect(renewed.calls.map((x) => x.url.replace('https://api.test', ''))).to.deep.equal([
      '/client_sessions/get_or_create',
      '/devices/get',
      '/client_sessions/get_or_create',
      '/devices/get',
    ])
    const refused = client([session('seam_cst1_a'), { status: 401 }, session('seam_cst1_b'), { status: 401 }], { publishable: true })
    const error = (await refused.clock.run(refused.c.devices.get({ device_id: 'd1' }).catch((e: unknown) => e))) as SeamApiError
    expect(error.status).to.equal(401)
    // Refused even after renewing: the reason says so.
    expect(error.reason).to.equal('session-refused')
    expect(refused.calls).to.have.length(4)
  })

  it('aborts on the caller\'s signal without retrying', async () => {
    const { c, calls } = client(['hang', ok({ device })])
    const controller = new AbortController()
    const pending = c.devices.get({ device_id: 'd1' }, { signal: controller.signal }).catch((e: unknown) => e)
    await nextTask()
    controller.abort()
    const error = (await pending) as SeamError
    expect(error.kind).to.equal('aborted')
    expect(error.message).to.match(/cancelled/)
    expect(calls).to.have.length(1)
  })

  it('follows cursors and stops on a cursor it has seen before', async () => {
    const page = (ids: string[], next: string | null) =>
      ok({ access_codes: ids.map((id) => ({ access_code_id: id })), pagination: { has_next_page: next != null, next_page_cursor: next } })
    const { c, calls, clock } = client([page(['a'], 'p2'), page(['b'], 'p2'), page(['c'], null)])
    const codes = await clock.run(c.accessCodes.list({ device_id: 'd1' }))
    expect(codes.map((x) => x.access_code_id)).to.deep.equal(['a', 'b'])
    expect(calls[1]!.body).to.deep.include({ page_cursor: 'p2' })
  })
})

// Answers that are not what a route promises (issue 13), for the edge's
// checks and for every element that reads: named cases for the fault
// proxy, and a fast-check arbitrary over such bodies for property tests.
import fc from 'fast-check'
import { FetchSeamClient, resolveCredentials } from '../../src/api/index.js'
import { device, managedCode, unmanagedCode } from './stub-client.js'

/** The named malformed bodies of a route that answers `{ [key]: [...] }` (a list) or `{ [key]: {...} }` of items keyed by `id`. */
export function badBodies(key: string, shape: 'list' | 'object', id = 'access_code_id'): { what: string; body: unknown }[] {
  return [
    { what: '200 with ok: false', body: { ok: false, error: { type: 'internal_error', message: 'Something broke' } } },
    { what: shape === 'list' ? 'a missing list' : 'a missing object', body: { ok: true } },
    { what: 'null', body: null },
    { what: 'a string', body: 'Service temporarily unavailable' },
    shape === 'list'
      ? { what: 'a list of non-objects', body: { ok: true, [key]: [1, 'two', null, true] } }
      : { what: 'a list where the object was due', body: { ok: true, [key]: [{}] } },
    { what: 'ids that are not strings', body: { ok: true, [key]: shape === 'list' ? [{ device_id: 'd1', [id]: 7 }] : { [id]: null } } },
  ]
}

/** An answer of a scripted fetch: JSON, or text that is not JSON. */
export type Body = { json: unknown } | { raw: string }

const junk = fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.boolean(), fc.double(), fc.array(fc.jsonValue(), { maxLength: 3 }))
const notAnObject = fc.oneof(junk, fc.array(fc.jsonValue(), { maxLength: 2 }))
const otherKeys = (key: string) =>
  fc.dictionary(fc.string().filter((k) => k !== key && k !== 'ok' && k !== '__proto__'), fc.jsonValue(), { maxKeys: 3 })
const badIds = fc.oneof(fc.integer(), fc.constant(null), fc.boolean(), fc.constant({}), fc.constant([]))

/** Any body a route that promises `{ [key]: list or object }` must refuse. */
export function badBody(key: string, shape: 'list' | 'object'): fc.Arbitrary<Body> {
  const item = shape === 'list' ? fc.array(fc.oneof(junk, fc.constant([])), { minLength: 1, maxLength: 4 }) : notAnObject
  const wrongIds = fc.record({ access_code_id: badIds, device_id: fc.constant('d1') })
  return fc.oneof(
    junk.map((json) => ({ json })),
    fc.record({ ok: fc.constant(false), error: fc.jsonValue() }).map((json) => ({ json })),
    otherKeys(key).map((json) => ({ json })),
    item.map((v) => ({ json: { ok: true, [key]: v } })),
    (shape === 'list' ? fc.array(wrongIds, { minLength: 1, maxLength: 3 }) : wrongIds).map((v) => ({ json: { ok: true, [key]: v } })),
    fc.constantFrom('<html><body>Bad gateway</body></html>', '', '{"ok":', 'undefined').map((raw) => ({ raw })),
  )
}

/** Good answers for the routes the elements read, of device `d1`. */
export const goodAnswers = (): Record<string, Body> => ({
  '/devices/get': { json: { ok: true, device: device({ device_id: 'd1' }) } },
  '/access_codes/list': { json: { ok: true, access_codes: [managedCode({ access_code_id: 'a1' }), managedCode({ access_code_id: 'a2' })] } },
  '/access_codes/unmanaged/list': { json: { ok: true, access_codes: [unmanagedCode({ access_code_id: 'u1' }), unmanagedCode({ access_code_id: 'u2' })] } },
  '/access_codes/unmanaged/get': { json: { ok: true, access_code: unmanagedCode({ access_code_id: 'u1' }) } },
})

/**
 * The real FetchSeamClient over a fetch that answers each route from
 * `answers` (change it between requests), so a property test runs the
 * edge's checks hundreds of times without HTTP.
 */
export function routedClient(answers: Record<string, Body> = goodAnswers()) {
  const fetchImpl: typeof fetch = async (input) => {
    const route = new URL(String(input)).pathname.replace(/^\/api/, '')
    const answer = answers[route] ?? { json: { ok: true } }
    return new Response('raw' in answer ? answer.raw : JSON.stringify(answer.json), { status: 200, headers: { 'content-type': 'application/json' } })
  }
  const client = new FetchSeamClient({
    credentials: resolveCredentials({ clientSessionToken: 'seam_cst1_property', endpoint: 'https://seam.test/api' }),
    fetch: fetchImpl,
    retries: 0,
  })
  return { client, answers }
}

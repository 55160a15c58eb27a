import { expect } from '@open-wc/testing'
import fc from 'fast-check'
import { issuesEn } from '../../src/catalog/issues.en.js'

// Payloads shaped like @seamapi/types' access codes, then bent: unknown
// enums, nulls, wrong types, huge, right-to-left, emoji and HTML strings,
// dates that do not parse, duplicate ids. Each element's suite renders them.
const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom('<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=1</script>', '"><svg onload=window.__pwned=1>', 'مرحبا بالعالم', '👩‍👩‍👧‍👦🔐🚪', '\u202Eevil', ''),
  fc.string({ minLength: 10_000, maxLength: 10_000 }).map((s) => s || 'x'.repeat(10_000)),
)
const weird = fc.oneof(hostile, fc.constant(null), fc.constant(undefined), fc.integer(), fc.boolean(), fc.constant({}), fc.constant([]))
const date = fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.constantFrom('not a date', '', '2031-13-45T99:99:99Z'), weird)
const issueCode = fc.oneof(fc.constantFrom(...Object.keys(issuesEn)), hostile, weird)
const issue = (kind: 'error_code' | 'warning_code') =>
  fc.oneof(
    fc.record({ [kind]: issueCode, message: weird, created_at: date, is_device_error: fc.oneof(fc.boolean(), weird) }),
    weird,
  )
const id = fc.constantFrom('a', 'b', 'c', 'd')

/** One code, any shape. */
export const hostileCode = fc.record(
  {
    access_code_id: fc.oneof(id, weird),
    device_id: fc.oneof(fc.constant('d1'), weird),
    name: weird,
    code: weird,
    type: fc.oneof(fc.constantFrom('ongoing', 'time_bound'), weird),
    status: fc.oneof(fc.constantFrom('setting', 'set', 'unset', 'removing', 'unknown'), weird),
    starts_at: date,
    ends_at: date,
    created_at: date,
    is_managed: fc.oneof(fc.boolean(), weird),
    errors: fc.oneof(fc.array(issue('error_code'), { maxLength: 3 }), weird),
    warnings: fc.oneof(fc.array(issue('warning_code'), { maxLength: 3 }), weird),
    is_offline_access_code: fc.oneof(fc.boolean(), weird),
    is_waiting_for_code_assignment: fc.oneof(fc.boolean(), weird),
    common_code_key: weird,
    cannot_be_managed: fc.oneof(fc.constant(true), weird),
  },
  { requiredKeys: [] },
)

/** A list of codes, or something that is not one. */
export const hostileCodes = fc.oneof(fc.array(hostileCode, { maxLength: 6 }), fc.constant(null as unknown as []), fc.array(weird, { maxLength: 3 }))

const uncaught: unknown[] = []
const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message)
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason)

/** Collects what the page throws during each test of the calling `describe`, for `assertSafe`. */
export function collectUncaught(): void {
  beforeEach(() => {
    uncaught.length = 0
    window.addEventListener('error', onError)
    window.addEventListener('unhandledrejection', onRejection)
  })
  afterEach(() => {
    window.removeEventListener('error', onError)
    window.removeEventListener('unhandledrejection', onRejection)
  })
}

/**
 * No script ran, nothing from the payload became an element, nothing threw,
 * and no 'undefined', '[object Object]' or 'NaN' reached the screen unless
 * the payload itself said so.
 */
export function assertSafe(root: ShadowRoot, payload: unknown): void {
  expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined)
  expect(root.querySelector('img, script, svg:not(.icon)')).to.equal(null)
  expect(uncaught.map(String)).to.deep.equal([])
  const text = root.textContent ?? ''
  const sent = JSON.stringify(payload) ?? ''
  for (const leak of ['undefined', '[object Object]', 'NaN']) {
    if (text.includes(leak)) expect(sent, `"${leak}" on screen`).to.include(leak)
  }
}

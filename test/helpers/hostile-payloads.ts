import { expect } from '@open-wc/testing'
import fc from 'fast-check'
import { issuesEn } from '../../src/catalog/issues.en.js'
import { PIN_RULE_ORDER } from '../../src/elements/access-code-form/rules.js'

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

// Zones a lock may name: real ones, ones no browser knows, and ones that look
// almost right (a lowercase IANA name, an offset Intl spells differently).
const timeZone = fc.oneof(
  fc.constantFrom('Europe/Paris', 'America/Chicago', 'Asia/Kathmandu', 'UTC', 'Mars/Olympus_Mons', 'europe/paris', 'GMT+25', '+05:00', 'Etc/GMT-14', ' '),
  hostile,
  weird,
)
const constraintType = fc.oneof(
  fc.constantFrom(
    // Every PIN rule the form knows ('lengths' is no constraint type), and the other constraints Seam sends.
    ...PIN_RULE_ORDER.filter((k) => k !== 'lengths'),
    'cannot_specify_pin_code',
    'start_date_in_future',
    'name_length',
    'name_must_be_unique',
  ),
  hostile,
  weird,
)
const length = fc.oneof(fc.integer({ min: -2, max: 12 }), fc.double(), weird)
const flag = fc.oneof(fc.boolean(), weird)

/**
 * One lock, any shape: its name in any field or none, HTML in names, a time
 * zone the browser does not know, code rules that make no sense. Only
 * `device_id` is what the API edge checks; pin it to the id asked for where
 * the answer must be the lock's own.
 */
export const hostileDevice = fc.record(
  {
    device_id: fc.oneof(fc.constant('d1'), weird),
    display_name: weird,
    device_type: fc.oneof(fc.constantFrom('august_lock', 'schlage_lock', 'igloohome_lock'), weird),
    properties: fc.oneof(
      fc.record(
        {
          name: weird,
          online: flag,
          code_constraints: fc.oneof(
            fc.array(fc.oneof(fc.record({ constraint_type: constraintType, min_length: length, max_length: length }, { requiredKeys: [] }), weird), { maxLength: 4 }),
            weird,
          ),
          supported_code_lengths: fc.oneof(fc.array(length, { maxLength: 4 }), weird),
          offline_access_codes_enabled: flag,
          supports_backup_access_code_pool: flag,
        },
        { requiredKeys: [] },
      ),
      weird,
    ),
    location: fc.oneof(fc.record({ timezone: timeZone, time_zone: timeZone, location_name: weird }, { requiredKeys: [] }), weird),
    can_program_online_access_codes: flag,
    can_program_offline_access_codes: flag,
    errors: fc.oneof(fc.array(issue('error_code'), { maxLength: 2 }), weird),
    warnings: fc.oneof(fc.array(issue('warning_code'), { maxLength: 2 }), weird),
  },
  { requiredKeys: [] },
)

const eventType = fc.oneof(
  fc.constantFrom('access_code.created', 'access_code.set_on_device', 'access_code.failed_to_set_on_device', 'access_code.unmanaged.converted_to_managed', 'lock.unlocked'),
  hostile,
  weird,
)

/**
 * An events/list answer for the code `accessCodeId`: events with any type,
 * times that do not parse, ids missing or repeated, others' events mixed in;
 * or something that is not a list at all.
 */
export const hostileEvents = (accessCodeId: string) =>
  fc.oneof(
    fc.array(
      fc.record(
        {
          // Most events carry a unique id; some none, a repeated or a wrong-typed one.
          event_id: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.oneof(fc.constantFrom('ev_0', 'ev_1'), weird) }),
          event_type: eventType,
          access_code_id: fc.oneof({ weight: 4, arbitrary: fc.constant(accessCodeId) }, { weight: 1, arbitrary: weird }),
          device_id: weird,
          created_at: date,
          occurred_at: date,
          backup_access_code_id: weird,
        },
        { requiredKeys: ['event_id', 'access_code_id'] },
      ),
      { maxLength: 6 },
    ).map((events) => events.map((e, i) => ({ ...e, event_id: e.event_id === null ? `ev_${i}` : e.event_id }))),
    fc.array(weird, { maxLength: 3 }),
    weird,
  )

/** Every string inside a payload, however deep: the only text an element may echo. */
export function stringsOf(payload: unknown, seen = new Set<unknown>()): string[] {
  if (typeof payload === 'string') return [payload]
  if (payload === null || typeof payload !== 'object' || seen.has(payload)) return []
  seen.add(payload)
  return Object.entries(payload).flatMap(([k, v]) => [k, ...stringsOf(v, seen)])
}

/**
 * Words that only a bug puts on screen ('undefined', 'null', 'NaN',
 * 'Invalid Date', '[object Object]') appear in neither the shadow root's text
 * nor what it says to a screen reader or on hover, unless some string of the
 * payload itself holds them. Stricter than `assertSafe`: a `null` value does
 * not excuse the word "null" on screen.
 */
export function assertNoLeakedWords(root: ShadowRoot, payload: unknown): void {
  const said = [root.textContent ?? '']
  for (const el of root.querySelectorAll('*')) {
    for (const attr of ['aria-label', 'title', 'alt', 'placeholder']) {
      const v = el.getAttribute(attr)
      if (v) said.push(v)
    }
    if (el instanceof HTMLInputElement) said.push(el.value)
  }
  const sent = stringsOf(payload).join('\u0000')
  for (const [word, pattern] of [
    ['undefined', /undefined/],
    ['null', /\bnull\b/],
    ['NaN', /\bNaN\b/],
    ['Invalid Date', /Invalid Date/],
    ['[object Object]', /\[object Object\]/],
  ] as const) {
    const leak = said.find((s) => pattern.test(s))
    if (leak !== undefined && !pattern.test(sent)) expect.fail(`"${word}" on screen: …${leak.slice(Math.max(0, leak.search(pattern) - 60), leak.search(pattern) + 60)}…`)
  }
}

import { expect, fixture, html, waitUntil } from '@open-wc/testing'
import fc from 'fast-check'
import type { AccessCode, UnmanagedAccessCode } from '@seamapi/types/connect'
import '../../src/index.js'
import type { AccessCodeTable } from '../../src/elements/access-code-table/access-code-table.js'
import type { ConvertCodeDialog } from '../../src/elements/convert-code-dialog/convert-code-dialog.js'
import type { UnmanagedCodeList } from '../../src/elements/unmanaged-code-list/unmanaged-code-list.js'
import { issuesEn } from '../../src/catalog/issues.en.js'
import { resetSessions } from '../../src/state/registry.js'
import { stubClient } from '../helpers/stub-client.js'

// Payloads shaped like @seamapi/types' access codes, then bent: unknown
// enums, nulls, wrong types, huge, right-to-left, emoji and HTML strings,
// dates that do not parse, duplicate ids.
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
const code = fc.record(
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
const codes = fc.oneof(fc.array(code, { maxLength: 6 }), fc.constant(null as unknown as []), fc.array(weird, { maxLength: 3 }))

const uncaught: unknown[] = []
const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message)
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason)

/**
 * No script ran, nothing from the payload became an element, nothing threw,
 * and no 'undefined', '[object Object]' or 'NaN' reached the screen unless
 * the payload itself said so.
 */
function assertSafe(root: ShadowRoot, payload: unknown): void {
  expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined)
  expect(root.querySelector('img, script, svg:not(.icon)')).to.equal(null)
  expect(uncaught.map(String)).to.deep.equal([])
  const text = root.textContent ?? ''
  const sent = JSON.stringify(payload) ?? ''
  for (const leak of ['undefined', '[object Object]', 'NaN']) {
    if (text.includes(leak)) expect(sent, `"${leak}" on screen`).to.include(leak)
  }
}

describe('hostile payloads (fast-check)', () => {
  beforeEach(() => {
    uncaught.length = 0
    window.addEventListener('error', onError)
    window.addEventListener('unhandledrejection', onRejection)
  })
  afterEach(() => {
    window.removeEventListener('error', onError)
    window.removeEventListener('unhandledrejection', onRejection)
    resetSessions()
  })

  it('the table renders any payload as text, with words for whatever it does not know', async () => {
    const el = await fixture<AccessCodeTable>(html`<access-code-table device-id="d1" .client=${stubClient().client}></access-code-table>`)
    await fc.assert(
      fc.asyncProperty(codes, async (data) => {
        el.accessCodes = data as unknown as AccessCode[]
        await el.updateComplete
        assertSafe(el.shadowRoot!, data)
        for (const chip of el.shadowRoot!.querySelectorAll('[part~=issue]')) expect(chip.textContent!.trim()).not.to.equal('')
        for (const status of el.shadowRoot!.querySelectorAll('[part=status]')) expect(status.textContent!.trim()).not.to.equal('')
        // Every explanation must read as words too (built, not opened: the
        // popover's placement is covered by the element tests).
        for (const chip of el.shadowRoot!.querySelectorAll('[part~=issue]')) expect(chip.getAttribute('aria-expanded')).to.equal('false')
      }),
      { numRuns: 1000 },
    )
  })

  it('the list renders any payload the server sends', async () => {
    const stub = stubClient()
    const el = await fixture<UnmanagedCodeList>(html`<unmanaged-code-list device-id="d1" poll-interval="0" .client=${stub.client}></unmanaged-code-list>`)
    // A payload that is not a list fails the refresh, and the rows of the
    // last good one stay on screen (marked stale): they may show its text.
    let lastGood: unknown = []
    await fc.assert(
      fc.asyncProperty(codes, async (data) => {
        stub.client.accessCodes.unmanaged.list = async () => data as unknown as UnmanagedAccessCode[]
        const query = el.sessionStore!.unmanagedCodes('d1')
        await query.refresh()
        await el.updateComplete
        assertSafe(el.shadowRoot!, query.state.stale ? [lastGood, data] : data)
        if (!query.state.stale) lastGood = data
      }),
      { numRuns: 1000 },
    )
  })

  it('the dialog shows any code it is given', async () => {
    const el = await fixture<ConvertCodeDialog>(html`<convert-code-dialog .client=${stubClient().client}></convert-code-dialog>`)
    await fc.assert(
      fc.asyncProperty(code, async (c) => {
        el.show(c as unknown as UnmanagedAccessCode)
        await el.updateComplete
        assertSafe(el.shadowRoot!, c)
        el.close()
        await el.updateComplete
      }),
      { numRuns: 1000 },
    )
  })

  it('a first load that is not a list says so in words, not a JavaScript error', async () => {
    const stub = stubClient()
    stub.client.accessCodes.unmanaged.list = async () => null as never
    const el = await fixture<UnmanagedCodeList>(html`<unmanaged-code-list device-id="d1" poll-interval="0" .client=${stub.client}></unmanaged-code-list>`)
    await waitUntil(() => el.shadowRoot!.querySelector('[part=error]'))
    const text = el.shadowRoot!.querySelector('[part=error]')!.textContent!
    expect(text).to.match(/could not read/)
    expect(text).not.to.match(/Cannot read properties|TypeError/)
  })
})

import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing'
import fc from 'fast-check'
import type { AccessCode, Device } from '@seamapi/types/connect'
import '../../../src/elements/access-code-form/define.js'
import type { AccessCodeForm } from '../../../src/elements/access-code-form/access-code-form.js'
import { resetSessions } from '../../../src/state/registry.js'
import { assertNoLeakedWords, assertSafe, collectUncaught, hostileCode, hostileDevice } from '../../helpers/hostile-payloads.js'
import { stubClient } from '../../helpers/stub-client.js'
import { part, root } from './helpers.js'

// <access-code-form> opened to edit codes of any shape, on locks of any
// shape: the form comes up usable, prefilled as text, or says in words why
// it cannot; it never spins forever, throws, or builds markup from data.

const ID = 'ac_hostile'
const IMG = '<img src=x onerror="window.__pwned=1">'
const words = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim()
/** What an `<input>` keeps of a string: line breaks are dropped by its value sanitization. */
const asInput = (v: unknown) => (typeof v === 'string' ? v.replace(/[\r\n]/g, '') : '')

/** The lock's other codes, as the edge lets them through: string ids, on this lock. */
const otherCodes = fc.array(hostileCode, { maxLength: 4 }).map((codes) => codes.map((c, i) => ({ ...c, access_code_id: `other_${i}`, device_id: 'd1' })))

/** The stub that answers for the code, its lock and the lock's codes; the lock is the one asked for. */
function seam(code: unknown, device: Record<string, unknown>, others: unknown[]) {
  const stub = stubClient()
  stub.client.accessCodes.get = async () => code as AccessCode
  stub.client.devices.get = async (p) => ({ ...device, device_id: p.device_id }) as unknown as Device
  stub.client.accessCodes.list = async (_p, o) => {
    o?.onPage?.(others as AccessCode[], true)
    return others as AccessCode[]
  }
  return stub
}

/** Until the form, or a failure in words, is on screen (never the skeleton). */
async function settled(el: AccessCodeForm): Promise<void> {
  await waitUntil(() => root(el).querySelector('form, [part~=error]'), 'the form or why not', { timeout: 5000 })
  await el.updateComplete
}

/**
 * Editing `code`: either the form, usable (its fields, prefilled with the
 * code's strings as text, and its buttons), or, for a code that cannot be
 * edited here (offline, or of no lock), words that say so.
 */
async function assertEditable(el: AccessCodeForm, code: Record<string, unknown>, editable: boolean): Promise<void> {
  const form = root(el).querySelector('form')
  if (!editable) {
    expect(form, 'no form for a code that cannot be edited here').to.equal(null)
    expect(words(root(el).querySelector('[part~=error]')), 'why not, in words').to.not.equal('')
    return
  }
  expect(form, 'the form').to.not.equal(null)
  expect(root(el).querySelector('[part~=loading]')).to.equal(null)
  const name = root(el).querySelector<HTMLInputElement>('#name')
  expect(name, 'the name field').to.not.equal(null)
  expect(name!.value, 'the name, as text').to.equal(asInput(code['name']))
  const pin = root(el).querySelector<HTMLInputElement>('#pin')
  // The PIN field, or the lock's words for why one is not chosen here.
  if (pin) expect(pin.value, 'the PIN, as text').to.equal(asInput(code['code']))
  else expect(words(root(el).querySelector('.field-pin .hint'))).to.not.equal('')
  expect(root(el).querySelector('fieldset.field-schedule'), 'when it works').to.not.equal(null)
  expect(words(part(el, 'preview')), 'the preview').to.not.equal('')
  expect(words(root(el).querySelector('#zone')), 'the zone named').to.not.equal('')
  expect(words(part(el, 'submit-button')), 'a submit button').to.not.equal('')
  expect(words(part(el, 'cancel-button')), 'a cancel button').to.not.equal('')
  // Submitting comes to an end: saved, or the problems said on their fields.
  part(el, 'submit-button').click()
  await waitUntil(
    () => !el.pendingSave && root(el).querySelector('.saved, .refusal, .problem'),
    'the submit came to an end',
    { timeout: 5000 },
  )
}

describe('<access-code-form> with hostile payloads (fast-check)', () => {
  collectUncaught()
  afterEach(() => resetSessions())

  it('edits any code Seam answers, on any lock: usable, prefilled as text, or says why not', async () => {
    const payload = fc.record({ code: hostileCode, device: hostileDevice, others: otherCodes })
    await fc.assert(
      fc.asyncProperty(payload, async ({ code: c, device, others }) => {
        resetSessions()
        // What the API edge lets through for /access_codes/get (src/api/answers.ts): the id asked for, a string device_id or none.
        const code: Record<string, unknown> = { ...c, access_code_id: ID }
        if (typeof code['device_id'] !== 'string') delete code['device_id']
        if (typeof code['is_managed'] !== 'boolean') delete code['is_managed']
        const el = await fixture<AccessCodeForm>(html`<access-code-form access-code-id=${ID} locale="en-GB" .client=${seam(code, device, others).client}></access-code-form>`)
        await settled(el)
        const sent = { code, device, others }
        assertSafe(root(el), sent)
        assertNoLeakedWords(root(el), sent)
        const editable = !code['is_offline_access_code'] && typeof code['device_id'] === 'string' && code['device_id'] !== ''
        await assertEditable(el, code, editable)
        assertSafe(root(el), sent)
        assertNoLeakedWords(root(el), sent)
        fixtureCleanup()
      }),
      {
        numRuns: 30,
        examples: [
          [{ code: { name: IMG, code: '<b>1234</b>', device_id: 'd1', type: 'time_bound', starts_at: 'not a date', ends_at: {} }, device: { location: { timezone: 'Mars/Olympus_Mons' } }, others: [] }],
          // A code of no lock: said, not a skeleton for ever.
          [{ code: { name: 'No lock' }, device: {}, others: [] }],
        ],
      },
    )
  })

  it('edits any code a page hands over: usable, prefilled as text, or says why not', async () => {
    const payload = fc.record({ code: hostileCode.map((c) => ({ ...c, access_code_id: ID })), device: hostileDevice })
    await fc.assert(
      fc.asyncProperty(payload, async ({ code, device }) => {
        resetSessions()
        const el = await fixture<AccessCodeForm>(
          html`<access-code-form locale="en-GB" time-zone="UTC" .client=${seam(code, device, []).client} .accessCode=${code as unknown as AccessCode}></access-code-form>`,
        )
        await settled(el)
        const sent = { code, device }
        assertSafe(root(el), sent)
        assertNoLeakedWords(root(el), sent)
        const editable = !code.is_offline_access_code && typeof code.device_id === 'string' && code.device_id !== ''
        await assertEditable(el, code, editable)
        assertSafe(root(el), sent)
        fixtureCleanup()
      }),
      { numRuns: 30, examples: [[{ code: { access_code_id: ID, name: `${IMG}Owner <b>bold</b>`, device_id: 'd1' }, device: { display_name: IMG } }]] },
    )
  })

  it('a name typed with HTML in it stays text, in the field and in what it says when saved', async () => {
    const stub = seam({ access_code_id: ID, device_id: 'd1', name: 'Cleaner', code: '2468', type: 'ongoing', status: 'set' }, { properties: {} }, [])
    const renamed = `${IMG}<script>window.__pwned=1</script>`
    stub.client.accessCodes.update = async (p) => {
      stub.client.accessCodes.get = async () => ({ access_code_id: ID, device_id: 'd1', name: p.name, code: '2468', type: 'ongoing', status: 'set' }) as unknown as AccessCode
      return { action_attempt_id: 'aa_1', action_type: 'UPDATE_ACCESS_CODE', status: 'success', result: {}, error: null } as never
    }
    const el = await fixture<AccessCodeForm>(html`<access-code-form access-code-id=${ID} locale="en-GB" time-zone="UTC" .client=${stub.client}></access-code-form>`)
    await settled(el)
    const name = root(el).querySelector<HTMLInputElement>('#name')!
    name.value = renamed
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }))
    await el.updateComplete
    part(el, 'submit-button').click()
    await waitUntil(() => root(el).querySelector('.saved'), 'saved', { timeout: 5000 })
    expect(words(root(el).querySelector('.saved'))).to.include(renamed)
    expect(root(el).querySelector<HTMLInputElement>('#name')!.value).to.equal(renamed)
    assertSafe(root(el), renamed)
  })
})

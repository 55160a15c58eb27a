import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing'
import fc from 'fast-check'
import type { AccessCode, Device, SeamEvent } from '@seamapi/types/connect'
import '../../../src/elements/access-code-details/define.js'
import type { AccessCodeDetails } from '../../../src/elements/access-code-details/access-code-details.js'
import { resetSessions } from '../../../src/state/registry.js'
import { assertNoLeakedWords, assertSafe, collectUncaught, hostileCode, hostileDevice, hostileEvents } from '../../helpers/hostile-payloads.js'
import { stubClient } from '../../helpers/stub-client.js'
import { allInDetails, inDetails, text } from './helpers.js'

// <access-code-details> given codes, locks and histories of any shape: by
// the page (no session), and by Seam through a session. Whatever comes, it
// renders, echoes strings only as text, and says missing things in words.

const ID = 'ac_hostile'
const named = (v: unknown): v is string => typeof v === 'string' && v.trim() !== ''
// Always tried, besides the random runs: HTML where a name goes, and a lock that names an unknown zone.
const IMG = '<img src=x onerror="window.__pwned=1">'

/** What the API edge lets through for /access_codes/get (src/api/answers.ts): the id asked for, a string device_id or none, a boolean is_managed or none. */
const seamCode = hostileCode.map((c) => {
  const code: Record<string, unknown> = { ...c, access_code_id: ID }
  if (typeof code['device_id'] !== 'string') delete code['device_id']
  if (typeof code['is_managed'] !== 'boolean') delete code['is_managed']
  return code
})

/** The facts by their label (dt → dd text). */
const facts = (el: AccessCodeDetails) =>
  Object.fromEntries(allInDetails(el, 'dl.facts .fact').map((f) => [text(f.querySelector('dt')), text(f.querySelector('dd'))]))

/** Name, HTML in it and all: the heading says it literally, or "Unnamed code". */
function assertHeading(el: AccessCodeDetails, name: unknown): void {
  const h2 = inDetails(el, 'h2')
  expect(h2, 'a heading').to.not.equal(null)
  if (named(name)) expect(h2!.textContent).to.equal(name)
  else expect(text(h2)).to.equal('Unnamed code')
  expect(h2!.children.length, 'nothing built from the name').to.equal(0)
}

/**
 * Every fact reads as something: status, PIN (or why none), schedule,
 * whether outside changes are kept and the id are always there; the lock and
 * when it was created, when known. No label stands over a blank.
 */
function assertFacts(el: AccessCodeDetails): void {
  const f = facts(el)
  for (const label of ['Status', 'Code', 'Schedule', 'Changes made outside Seam', 'Identifier']) expect(f, `the ${label} fact`).to.have.property(label)
  for (const [label, value] of Object.entries(f)) expect(value, `the ${label} fact is blank`).to.not.equal('')
}

describe('<access-code-details> with hostile payloads (fast-check)', () => {
  collectUncaught()
  afterEach(() => resetSessions())

  it('shows any code a page hands over without a session: as text, with words for what it lacks', async () => {
    await fc.assert(
      fc.asyncProperty(hostileCode, async (c) => {
        const el = await fixture<AccessCodeDetails>(html`<access-code-details locale="en-GB" time-zone="UTC" .accessCode=${c as unknown as AccessCode}></access-code-details>`)
        await el.updateComplete
        const root = el.shadowRoot!
        assertSafe(root, c)
        assertNoLeakedWords(root, c)
        if (inDetails(el, 'dl.facts')) {
          assertHeading(el, c.name)
          assertFacts(el)
        } else {
          // A code with no id of its own is not shown, and the page is told why.
          expect(text(inDetails(el, '[part~=error]'))).to.not.equal('')
        }
        fixtureCleanup()
      }),
      { numRuns: 40, examples: [[{ access_code_id: 'ac_1', name: IMG, code: '<b>1234</b>', status: '<script>window.__pwned=1</script>' }], [{ access_code_id: {} }]] },
    )
  })

  it('shows any code, lock and history Seam answers: as text, with words for what it lacks', async () => {
    const payload = fc.record({ code: seamCode, device: hostileDevice, events: hostileEvents(ID) })
    await fc.assert(
      fc.asyncProperty(payload, async ({ code, device, events }) => {
        resetSessions()
        const stub = stubClient()
        // The lock Seam answers for is the code's own (the edge checks only that its id is a string).
        const lock = { ...device, device_id: code['device_id'] }
        stub.client.accessCodes.get = async () => code as unknown as AccessCode
        stub.client.devices.get = async () => lock as unknown as Device
        stub.client.events.list = async () => events as unknown as SeamEvent[]
        const el = await fixture<AccessCodeDetails>(
          html`<access-code-details access-code-id=${ID} locale="en-GB" poll-interval="0" .client=${stub.client}></access-code-details>`,
        )
        await waitUntil(() => inDetails(el, 'dl.facts') && inDetails(el, '[part~=history]') && !inDetails(el, '[part~=history] [part~=loading]'), 'the details and their history', {
          timeout: 5000,
        })
        const root = el.shadowRoot!
        const sent = { code, device: lock, events }
        assertSafe(root, sent)
        assertNoLeakedWords(root, sent)
        assertHeading(el, code['name'])
        assertFacts(el)
        // The lock by the name it gives, literally, else by its id; a code of no lock names none.
        const lockName = [lock.display_name, (lock.properties as { name?: unknown } | null | undefined)?.name].find(named)
        const lockShown = named(code['device_id']) ? (lockName ?? code['device_id']) : undefined
        expect(facts(el)['Lock']).to.equal(lockShown?.replace(/\s+/g, ' ').trim())
        // Every event of this code with an id is in the history, each in words.
        const shown = allInDetails(el, '[part~=event]')
        if (Array.isArray(events)) {
          const ours = new Set(
            events
              .filter((e): e is Record<string, unknown> => e != null && typeof e === 'object' && typeof (e as { event_id?: unknown }).event_id === 'string')
              .filter((e) => e['access_code_id'] === ID)
              .map((e) => e['event_id'] as string),
          )
          expect(shown.map((li) => li.dataset['eventId']).sort()).to.deep.equal([...ours].sort())
        } else {
          // Not a list: the history says it could not be read, the code stays on screen.
          expect(text(inDetails(el, '[part~=history] [part~=error]'))).to.not.equal('')
        }
        for (const li of shown) expect(text(li.querySelector('.event-text')), 'an event in words').to.not.equal('')
        fixtureCleanup()
      }),
      {
        numRuns: 30,
        examples: [
          [
            {
              code: { access_code_id: ID, device_id: 'd1', name: IMG, type: 'time_bound', starts_at: '2031-13-45T99:99:99Z', ends_at: 'not a date' },
              device: { display_name: IMG, location: { timezone: 'Mars/Olympus_Mons' } },
              events: [{ event_id: 'ev_0', access_code_id: ID, event_type: IMG, created_at: 'not a date' }],
            },
          ],
          // A code of no lock: shown at once, not held back waiting for a lock that is never asked for.
          [{ code: { access_code_id: ID }, device: {}, events: [] }],
        ],
      },
    )
  })
})

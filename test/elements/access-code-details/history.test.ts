import { expect, waitUntil } from '@open-wc/testing'
import { eventTextEn } from '../../../src/catalog/events.en.js'
import { HISTORY_PAGE_SIZE } from '../../../src/state/history.js'
import { resetSessions } from '../../../src/state/registry.js'
import { formatDate } from '../../../src/ui/format.js'
import { CODES, HISTORY, backendRequests, injectFaults, resetBackend } from '../../helpers/backend.js'
import { events, inDetails, mountDetails, olderButton, text } from './helpers.js'

// The history of a code: events/list, newest first, in words, paged.

const SEEDED_TYPES = Object.keys(eventTextEn.types).filter((t) => !t.startsWith('access_code.unmanaged.'))
const UNMANAGED_TYPES = Object.keys(eventTextEn.types).filter((t) => t.startsWith('access_code.unmanaged.'))
const timeOf = (li: HTMLElement) => Date.parse(li.querySelector('time')!.getAttribute('datetime')!)

describe('<access-code-details> history', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
  })
  afterEach(() => injectFaults([]))

  it('shows every event type of the reference in words, newest first, an unknown type by its name, and pages with "Show older" to the end', async () => {
    const el = await mountDetails(HISTORY.rich)
    expect(events(el)).to.have.length(HISTORY_PAGE_SIZE)
    expect(text(events(el)[0])).to.include(eventTextEn.types['access_code.failed_to_set_on_device'])
    await expect(el).to.be.accessible()

    olderButton(el)!.click()
    await waitUntil(() => events(el).length === 2 * HISTORY_PAGE_SIZE, 'the second page', { timeout: 10000 })
    // Focus goes to the first older event, so keys go on from there.
    expect(el.shadowRoot!.activeElement).to.equal(events(el)[HISTORY_PAGE_SIZE])
    olderButton(el)!.click()
    await waitUntil(() => events(el).length === HISTORY.richCount, 'the last page', { timeout: 10000 })
    expect(olderButton(el)).to.equal(null)
    expect(text(inDetails(el, '[part~=history] .end'))).to.equal('No older events.')

    const lis = events(el)
    const times = lis.map(timeOf)
    expect(times).to.deep.equal([...times].sort((a, b) => b - a))
    const types = new Set(lis.map((li) => li.dataset['type']))
    for (const type of SEEDED_TYPES) expect(types, type).to.include(type)
    const unknown = lis.filter((li) => li.dataset['type'] === 'unknown')
    expect(unknown).to.have.length(1)
    expect(text(unknown[0])).to.include('Seam reported an event this page does not know').and.include(HISTORY.unknownType)
    // No event twice, though each older window overlaps the last by a millisecond.
    expect(new Set(lis.map((li) => li.dataset['eventId'])).size).to.equal(HISTORY.richCount)
    const asked = (await backendRequests()).filter((r) => r === '/events/list')
    expect(asked.length).to.be.within(3, 4)
    await expect(el).to.be.accessible()
  })

  it('"Show older" pressed twice while its page loads: focus stays on the button, then goes to the first event of that page, once', async () => {
    const el = await mountDetails(HISTORY.rich)
    olderButton(el)!.click()
    await waitUntil(() => events(el).length === 2 * HISTORY_PAGE_SIZE, 'the second page', { timeout: 10000 })
    await injectFaults([{ path: '/events/list', delayMs: 400, times: 1 }])
    const button = olderButton(el)!
    button.focus()
    const moves: Element[] = []
    el.shadowRoot!.addEventListener('focusin', (e) => moves.push(e.target as Element))
    button.click()
    button.click()
    await el.updateComplete
    await new Promise((r) => setTimeout(r, 50))
    await el.updateComplete
    expect(el.shadowRoot!.activeElement).to.equal(button)
    await waitUntil(() => events(el).length > 2 * HISTORY_PAGE_SIZE, 'the third page', { timeout: 10000 })
    await el.updateComplete
    expect(el.shadowRoot!.activeElement).to.equal(events(el)[2 * HISTORY_PAGE_SIZE])
    expect(moves).to.deep.equal([events(el)[2 * HISTORY_PAGE_SIZE]])
  })

  it('shows a converted code\'s events from before Seam managed it', async () => {
    const el = await mountDetails(HISTORY.converted)
    const types = events(el).map((li) => li.dataset['type'])
    for (const type of UNMANAGED_TYPES) expect(types, type).to.include(type)
    expect(text(events(el).find((li) => li.dataset['type'] === 'access_code.unmanaged.converted_to_managed'))).to.include('Taken over by Seam')
    // Seven events: no "Show older" and nothing that says more would come.
    expect(olderButton(el)).to.equal(null)
    await expect(el).to.be.accessible()
  })

  it('says each time in the lock\'s zone and relatively, in the element\'s locale; time-zone wins', async () => {
    const el = await mountDetails(CODES['chicagoMorning']!, { locale: 'de' })
    const first = events(el)[0]!
    const at = timeOf(first)
    expect(text(first)).to.include(formatDate(at, { locale: 'de', timeZone: 'America/Chicago' }))
    expect(text(first.querySelector('.relative'))).to.equal(new Intl.RelativeTimeFormat('de', { numeric: 'auto' }).format(-2, 'day'))
    el.setAttribute('time-zone', 'Asia/Tokyo')
    await el.updateComplete
    expect(text(events(el)[0])).to.include(formatDate(at, { locale: 'de', timeZone: 'Asia/Tokyo' }))
  })

  it('a failed refresh keeps the events shown and says so, and recovers', async () => {
    const el = await mountDetails(HISTORY.rich, { 'poll-interval': '300' })
    const before = events(el).map((li) => li.dataset['eventId'])
    await injectFaults([{ path: '/events/list', status: 500 }])
    await waitUntil(() => inDetails(el, '[part~=history] .stale'), 'the refresh failed', { timeout: 15000 })
    expect(events(el).map((li) => li.dataset['eventId'])).to.deep.equal(before)
    await expect(el).to.be.accessible()
    await injectFaults([])
    await waitUntil(() => !inDetails(el, '[part~=history] .stale'), 'the refresh came through', { timeout: 15000 })
    expect(events(el).map((li) => li.dataset['eventId'])).to.deep.equal(before)
  })

  it('a first load that failed says why and loads on "Try again"', async () => {
    await injectFaults([{ path: '/events/list', status: 400 }])
    const el = await mountDetails(HISTORY.rich)
    expect(text(inDetails(el, '[part~=history] [part~=error]'))).to.include('The history could not be loaded.')
    // The code itself is shown all the same.
    expect(text(inDetails(el, 'dl.facts'))).to.include('1111')
    await expect(el).to.be.accessible()
    await injectFaults([])
    inDetails<HTMLButtonElement>(el, '[part~=history] [part~=error] button')!.click()
    await waitUntil(() => events(el).length === HISTORY_PAGE_SIZE, 'the history', { timeout: 10000 })
  })

  it('a failed older page keeps what is shown, reports it, and can be tried again', async () => {
    const el = await mountDetails(HISTORY.rich)
    const before = events(el).map((li) => li.dataset['eventId'])
    const seen: Event[] = []
    el.addEventListener('seam-error', (e) => seen.push(e))
    await injectFaults([{ path: '/events/list', status: 400 }])
    olderButton(el)!.click()
    olderButton(el)!.click()
    await waitUntil(() => inDetails(el, '[part~=history] .failure'), 'the older page failed', { timeout: 10000 })
    expect(events(el).map((li) => li.dataset['eventId'])).to.deep.equal(before)
    expect(text(inDetails(el, '[part~=history] .failure'))).to.include('Older events could not be loaded')
    // Two presses, one request, one report.
    expect(seen).to.have.length(1)
    expect((await backendRequests()).filter((r) => r === '/events/list')).to.have.length(2)
    await expect(el).to.be.accessible()
    await injectFaults([])
    olderButton(el)!.click()
    await waitUntil(() => events(el).length === 2 * HISTORY_PAGE_SIZE, 'the second page, tried again', { timeout: 10000 })
    expect(inDetails(el, '[part~=history] .failure')).to.equal(null)
  })
})

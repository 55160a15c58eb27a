import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing'
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands'
import fc from 'fast-check'
import sinon from 'sinon'
import type { AccessCode } from '@seamapi/types/connect'
import '../../../src/elements/access-code-table/define.js'
import '../../../src/elements/unmanaged-code-list/define.js'
import type { AccessCodeTable } from '../../../src/elements/access-code-table/access-code-table.js'
import type { FetchSeamClient } from '../../../src/api/client.js'
import { SeamApiError, SeamNetworkError } from '../../../src/api/errors.js'
import { resetSessions } from '../../../src/state/registry.js'
import { CODES, DEMO, backendRequests, configureBackend, injectFaults, resetBackend } from '../../helpers/backend.js'
import { device, managedCode, stubClient } from '../../helpers/stub-client.js'
import { issuesEn } from '../../../src/catalog/issues.en.js'
import { statusEn } from '../../../src/catalog/status.en.js'
import { offlineClient, pendingClient } from '../../helpers/held-clients.js'
import { registerStrings } from '../../../src/i18n/index.js'
import { expectLateWordsShown } from '../../helpers/chips.js'
import { fakeTimers, passTime, untilReal, type FakeClock } from '../../helpers/fake-timers.js'
import { assertSafe, collectUncaught, hostileCodes } from '../../helpers/hostile-payloads.js'
import { quickClient, requestCount } from '../../helpers/quick-client.js'
import { skipIn, skipWithoutMediaEmulation } from '../../support/engine.js'



const rows = (el: AccessCodeTable) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]')]
const row = (el: AccessCodeTable, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="row"][data-id="${id}"]`)
const loaded = async (el: AccessCodeTable) => {
  await waitUntil(() => rows(el).length > 0 || el.shadowRoot!.querySelector('[part=empty],[part=error]'), 'table did not load', { timeout: 10000 })
  return el
}

describe('<access-code-table> against the fake backend', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
  })

  it('shows only the device\'s managed codes, with status, schedule, flags and issues in words', async () => {
    const el = await loaded(await fixture<AccessCodeTable>(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
      <access-code-table device-id=${DEMO.devices.august} locale="en-GB" time-zone="UTC"></access-code-table>
    </seam-provider>`).then((p) => p.querySelector('access-code-table')!))
    const ids = rows(el).map((r) => r.dataset['id'])
    expect(ids).to.include.members([CODES['ongoingSet'], CODES['futureUnset'], CODES['withErrors']])
    expect(ids).not.to.include(CODES['unmanagedFront1'])
    expect(ids).not.to.include(CODES['waiting']) // another device
    const text = (id: string) => row(el, id)!.textContent!.replace(/\s+/g, ' ')
    expect(text(CODES['ongoingSet']!)).to.include('Ongoing').and.include('4821').and.include('Backup code available')
    expect(text(CODES['futureUnset']!)).to.match(/Starts .* · ends /).and.match(/in \d+ days/)
    expect(text(CODES['pastRemoving']!)).to.match(/Ended/)
    expect(text(CODES['offline']!)).to.include('Offline code').and.include('cannot be deleted')
    expect(text(CODES['oneTime']!)).to.include('One-time use')
    expect(text(CODES['backupInUse']!)).to.include('Backup code in use')
    expect(text(CODES['linkedA']!)).to.include('Linked')
    const statuses = new Set(rows(el).map((r) => r.querySelector('[part=status]')!.className))
    for (const s of ['set', 'unset', 'setting', 'removing', 'unknown']) expect([...statuses].join(' ')).to.include(`status-${s}`)
    expect(row(el, CODES['withErrors']!)!.querySelectorAll('[part~=issue]')).to.have.length(3)
    const summary = el.shadowRoot!.querySelector('.summary')!.textContent!
    expect(summary).to.match(/13 codes · 3 with issues/)
    await expect(el).to.be.accessible()
  })

  it('is accessible in the dark scheme', async () => {
    const provider = await fixture(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
      <access-code-table device-id=${DEMO.devices.august} style="color-scheme: dark"></access-code-table></seam-provider>`)
    const el = await loaded(provider.querySelector('access-code-table')!)
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 27, 38)')
    await expect(el).to.be.accessible()
  })

  it('shows HTML in a name as text', async () => {
    const provider = await fixture(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
      <access-code-table device-id=${DEMO.devices.august}></access-code-table></seam-provider>`)
    const el = await loaded(provider.querySelector('access-code-table')!)
    const name = row(el, CODES['htmlName']!)!.querySelector('.name')!
    expect(name.textContent).to.include('<img src=x')
    expect(name.querySelector('img, b')).to.equal(null)
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined)
  })

  it('follows every page of a long list and searches it', async () => {
    const provider = await fixture(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
      <access-code-table device-id=${DEMO.devices.bulk} poll-interval="0"></access-code-table></seam-provider>`)
    const el = provider.querySelector('access-code-table')!
    await waitUntil(() => /^2500 codes/.test(el.shadowRoot!.querySelector('.summary')?.textContent?.trim() ?? ''), 'all pages', { timeout: 15000 })
    // Only what the viewport needs is in the DOM, not 2,500 rows.
    expect(rows(el).length).to.be.within(20, 60)
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('[part=search]')!
    search.value = 'unit 2500'
    search.dispatchEvent(new Event('input'))
    await el.updateComplete
    expect(rows(el).map((r) => r.dataset['id'])).to.deep.equal(['ac_bulk_2500'])
    expect((await backendRequests()).filter((r) => r === '/access_codes/list').length).to.equal(10)
  })

  it('deletes a code after confirmation, shows it removing until it is gone, then fires access-code-deleted', async () => {
    const provider = await fixture(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
      <access-code-table device-id=${DEMO.devices.august}></access-code-table></seam-provider>`)
    const el = await loaded(provider.querySelector('access-code-table')!)
    const id = CODES['presentSet']!
    row(el, id)!.querySelector<HTMLButtonElement>('.actions button')!.click()
    await el.updateComplete
    const confirm = row(el, id)!.querySelector<HTMLButtonElement>('.confirm button.danger')!
    const deleted = oneEvent(el, 'access-code-deleted')
    confirm.click()
    confirm.click() // a double click sends one request
    await el.updateComplete
    expect(row(el, id)!.getAttribute('aria-busy')).to.equal('true')
    expect(row(el, id)!.querySelector('[part=status]')!.textContent).to.match(/remov/i)
    const { detail } = await deleted
    expect(detail.accessCodeId).to.equal(id)
    await el.updateComplete
    expect(row(el, id)).to.equal(null)
    expect((await backendRequests()).filter((r) => r === '/access_codes/delete')).to.have.length(1)
    // Focus was in the row, gone with the code: it is on the first row now, not on the page.
    await waitUntil(() => el.shadowRoot!.activeElement?.matches('[part~=row]'), 'focus on a row')
  })

  it('fires access-code-selected on click and on Enter', async () => {
    const provider = await fixture(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
      <access-code-table device-id=${DEMO.devices.august}></access-code-table></seam-provider>`)
    const el = await loaded(provider.querySelector('access-code-table')!)
    const r = row(el, CODES['ongoingSet']!)!
    setTimeout(() => r.click())
    expect((await oneEvent(el, 'access-code-selected')).detail.accessCode.access_code_id).to.equal(CODES['ongoingSet'])
    setTimeout(() => r.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true })))
    expect((await oneEvent(el, 'access-code-selected')).detail.accessCode.access_code_id).to.equal(CODES['ongoingSet'])
  })
})

describe('<access-code-table> with a stub client', () => {
  afterEach(() => resetSessions())

  const mount = async (codes: AccessCode[], props: Partial<AccessCodeTable> = {}) => {
    const stub = stubClient({ managed: codes })
    const provider = await fixture(html`<seam-provider .client=${stub.client}><access-code-table device-id="d1" poll-interval="0"></access-code-table></seam-provider>`)
    const el = provider.querySelector('access-code-table')!
    Object.assign(el, props)
    await loaded(el)
    return { el, stub }
  }

  it('keeps the rows and says they may be stale when a refresh fails, then recovers', async () => {
    const { el, stub } = await mount([managedCode({ access_code_id: 'a' })])
    stub.fail('accessCodes.list', new SeamNetworkError(new Error('down')), new SeamNetworkError(new Error('down')))
    await el.sessionStore!.accessCodes('d1').refresh()
    await el.updateComplete
    expect(rows(el)).to.have.length(1)
    expect(el.shadowRoot!.querySelector('.stale')!.textContent).to.match(/out of date/)
  })

  it('shows the reason and "Try again" when the first load fails', async () => {
    const stub = stubClient()
    stub.fail('accessCodes.list', new SeamNetworkError(new Error('down')))
    const provider = await fixture(html`<seam-provider .client=${stub.client}><access-code-table device-id="d1" poll-interval="0"></access-code-table></seam-provider>`)
    const el = await loaded(provider.querySelector('access-code-table')!)
    const error = el.shadowRoot!.querySelector('[part=error]')!
    expect(error.textContent).to.match(/could not be reached/)
    error.querySelector('button')!.click()
    await waitUntil(() => el.shadowRoot!.querySelector('[part=empty]'))
    await expect(el).to.be.accessible()
  })

  it('explains unknown issues with the API message, and keeps HTML in messages as text', async () => {
    const { el } = await mount([
      managedCode({ access_code_id: 'a', errors: [{ error_code: 'brand_new_error', message: '<b>Lock says no</b>', created_at: '' } as never] }),
    ])
    const chip = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=issue]')!
    chip.focus()
    await waitUntil(() => el.shadowRoot!.querySelector('[part=explanation]')?.textContent?.includes('Lock says no'))
    const pop = el.shadowRoot!.querySelector('[part=explanation]')!
    expect(pop.querySelector('b')).to.equal(null)
    expect(chip.getAttribute('aria-describedby')).to.equal('explanation')
    chip.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }))
    await el.updateComplete
    expect(pop.textContent!.trim()).to.equal('')
  })

  it('applies the host filters and the issue count agrees with them', async () => {
    const codes = [
      managedCode({ access_code_id: 'a', name: 'Alpha', warnings: [{ warning_code: 'delay_in_setting_on_device', message: 'x', created_at: '' } as never] }),
      managedCode({ access_code_id: 'b', name: 'Beta', errors: [{ error_code: 'device_offline', message: 'x', created_at: '', is_device_error: true } as never] }),
      managedCode({ access_code_id: 'c', name: 'Gamma' }),
      managedCode({ access_code_id: 'x', name: 'Other lock', device_id: 'd2' }),
    ]
    const { el } = await mount(codes, { warningFilter: () => false, accessCodeFilter: (c) => c.access_code_id !== 'c' })
    await el.updateComplete
    expect(rows(el).map((r) => r.dataset['id'])).to.deep.equal(['a', 'b'])
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.match(/2 codes · 1 with issues/)
    el.shadowRoot!.querySelector<HTMLInputElement>('.toggle input')!.click()
    await el.updateComplete
    expect(rows(el).map((r) => r.dataset['id'])).to.deep.equal(['b'])
  })

  it('sorts by a column and exposes aria-sort', async () => {
    const { el } = await mount([managedCode({ access_code_id: 'b', name: 'Beta' }), managedCode({ access_code_id: 'a', name: 'alpha' })])
    const th = el.shadowRoot!.querySelector('th')!
    expect(th.getAttribute('aria-sort')).to.equal('none')
    th.querySelector('button')!.click()
    await el.updateComplete
    expect(th.getAttribute('aria-sort')).to.equal('ascending')
    expect(rows(el).map((r) => r.dataset['id'])).to.deep.equal(['a', 'b'])
    th.querySelector('button')!.click()
    await el.updateComplete
    expect(th.getAttribute('aria-sort')).to.equal('descending')
    expect(rows(el).map((r) => r.dataset['id'])).to.deep.equal(['b', 'a'])
  })

  it('announces a status change once through a polite live region', async () => {
    const { el, stub } = await mount([managedCode({ access_code_id: 'a', name: 'Guest', status: 'setting' })])
    stub.db.managed[0] = managedCode({ access_code_id: 'a', name: 'Guest', status: 'set' })
    await el.sessionStore!.accessCodes('d1').refresh()
    await el.updateComplete
    const live = el.shadowRoot!.querySelector('[aria-live=polite]')!
    expect(live.textContent).to.match(/Guest: Set/)
  })

  it('renders in controlled mode without fetching and shows the schedule in another zone and locale', async () => {
    const stub = stubClient()
    const code = managedCode({ access_code_id: 'a', type: 'time_bound', starts_at: '2031-06-01T15:00:00Z', ends_at: '2031-06-03T11:00:00Z' })
    const el = await fixture<AccessCodeTable>(html`<access-code-table .client=${stub.client} .accessCodes=${[code]} locale="de-DE" time-zone="Europe/Berlin"></access-code-table>`)
    const text = el.shadowRoot!.querySelector('[part=schedule]')!.textContent!
    expect(text).to.include('17:00').and.include('13:00').and.include('2031')
    expect(stub.calls['accessCodes.list']).to.equal(undefined)
    el.timeZone = 'America/New_York'
    el.locale = 'en-US'
    await el.updateComplete
    expect(el.shadowRoot!.querySelector('[part=schedule]')!.textContent).to.match(/11:00\sAM/)
  })

  it('renders the explanation and remedy of every catalog entry', async () => {
    const entries = Object.entries(issuesEn)
    const codes = entries.map(([error_code], i) =>
      managedCode({ access_code_id: `c${i}`, errors: [{ error_code, message: 'm', created_at: '' } as never] }),
    )
    const { el } = await mount(codes)
    // Only the rows near the viewport are rendered: bring each into view as a person scrolling would.
    for (const [i, [, text]] of entries.entries()) {
      await waitUntil(() => row(el, `c${i}`), `row c${i} rendered`)
      row(el, `c${i}`)!.scrollIntoView()
      const chip = row(el, `c${i}`)!.querySelector<HTMLButtonElement>('[part~=issue]')!
      // The chip shows its short words; the explanation carries the full title.
      expect(chip.textContent).to.include(text.chip ?? text.title)
      chip.focus()
      await el.updateComplete
      const pop = el.shadowRoot!.querySelector('[part=explanation]')!.textContent!
      expect(pop).to.include(text.title).and.include(text.explanation).and.include(text.action)
    }
  })

  it('is accessible while loading and when empty', async () => {
    const loading = await fixture<AccessCodeTable>(html`<access-code-table device-id="d1" .client=${pendingClient()}></access-code-table>`)
    expect(loading.shadowRoot!.querySelector('[part=loading]')!.getAttribute('aria-busy')).to.equal('true')
    await expect(loading).to.be.accessible()
    const { el } = await mount([])
    expect(el.shadowRoot!.querySelector('[part=empty]')!.textContent).to.match(/no access codes/)
    await expect(el).to.be.accessible()
  })
})

describe('<access-code-table> edge cases', () => {
  let clock: FakeClock | undefined
  afterEach(() => {
    clock?.restore()
    clock = undefined
    resetSessions()
  })

  it('a failed load fires seam-error, so the page can react (say, mint a new token)', async () => {
    const stub = stubClient()
    stub.fail('accessCodes.list', new SeamApiError({ status: 401, type: 'unauthorized', message: 'no' }))
    const errors: Event[] = []
    const wrapper = await fixture(html`<div @seam-error=${(e: Event) => errors.push(e)}>
      <access-code-table device-id="d1" poll-interval="0" .client=${stub.client}></access-code-table>
    </div>`)
    const table = wrapper.querySelector<AccessCodeTable>('access-code-table')!
    await waitUntil(() => table.shadowRoot!.querySelector('[part=error]'))
    await table.updateComplete
    expect(errors).to.have.length(1)
    expect((errors[0] as CustomEvent).detail.error.status).to.equal(401)
  })


  it('without a device-id it says so instead of loading forever', async () => {
    const stub = stubClient()
    const table = await fixture<AccessCodeTable>(html`<access-code-table .client=${stub.client}></access-code-table>`)
    expect(table.shadowRoot!.querySelector('[part=error]')!.textContent).to.match(/device-id/)
  })

  it('controlled data without a session is read-only and raises no error', async () => {
    const time = (clock = fakeTimers())
    const errors: Event[] = []
    const wrapper = await fixture(html`<div @seam-error=${(e: Event) => errors.push(e)}>
      <access-code-table .accessCodes=${[managedCode({ access_code_id: 'x' })]}></access-code-table>
    </div>`)
    const table = wrapper.querySelector<AccessCodeTable>('access-code-table')!
    // A missing session would be reported a task later: let every timer run.
    await time.runAllAsync()
    expect(table.shadowRoot!.querySelectorAll('[part~=row]')).to.have.length(1)
    expect(table.shadowRoot!.querySelector('.actions')).to.equal(null)
    expect(errors).to.have.length(0)
  })

  it('a clipboard that refuses is said on the button and aloud, and the PIN is selected to copy by hand', async () => {
    const time = (clock = fakeTimers())
    const write = sinon.stub(navigator.clipboard, 'writeText').rejects(new DOMException('Write permission denied.', 'NotAllowedError'))
    try {
      const el = await fixture<AccessCodeTable>(html`<access-code-table .accessCodes=${[managedCode({ access_code_id: 'a', code: '4821' })]}></access-code-table>`)
      const copy = () => row(el, 'a')!.querySelector<HTMLButtonElement>('button.copy')!
      const said = () => copy().querySelector('.visually-hidden')!.textContent
      copy().click()
      const refused = 'Could not copy: the code is selected, copy it yourself'
      await untilReal(time, () => said() === refused, 'refused')
      expect(el.shadowRoot!.querySelector('[aria-live=polite]')!.textContent).to.equal(refused)
      const selection = getSelection()!
      expect(selection.rangeCount, 'something is selected').to.equal(1)
      expect(row(el, 'a')!.querySelector('[part=code]')!.contains(selection.getRangeAt(0).startContainer) || selection.toString() === '4821', 'the PIN').to.equal(true)
      // Longer than "Copied": it asks the reader to do something.
      time.tick(4999)
      await el.updateComplete
      expect(said()).to.equal(refused)
      time.tick(1)
      await el.updateComplete
      expect(said()).to.equal('Copy')
    } finally {
      write.restore()
      getSelection()?.removeAllRanges()
    }
  })

  it('says "Copied" on a PIN\'s copy button for a moment after copying it', async () => {
    const time = (clock = fakeTimers())
    const write = sinon.stub(navigator.clipboard, 'writeText').resolves()
    try {
      const el = await fixture<AccessCodeTable>(html`<access-code-table .accessCodes=${[managedCode({ access_code_id: 'a', code: '4821' })]}></access-code-table>`)
      // Issue 19: its tooltip is the kit's popover, no longer a title; the words are the button's own.
      const copy = () => row(el, 'a')!.querySelector<HTMLButtonElement>('button.copy')!
      const said = () => copy().querySelector('.visually-hidden')!.textContent
      expect(copy().title).to.equal('')
      expect(said()).to.equal('Copy')
      copy().click()
      await untilReal(time, () => said() === 'Copied', 'copied')
      expect(write.firstCall.args).to.deep.equal(['4821'])
      // Said aloud too: the button's name (its aria-label) does not change.
      expect(el.shadowRoot!.querySelector('[aria-live=polite]')!.textContent).to.equal('Copied')
      time.tick(1499)
      await el.updateComplete
      expect(said(), 'still within the moment').to.equal('Copied')
      time.tick(1)
      await el.updateComplete
      expect(said()).to.equal('Copy')
    } finally {
      write.restore()
    }
  })

})

/** The element that really has focus, through shadow roots. */
function focused(): Element | null {
  let el = document.activeElement
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
  return el
}

describe('<access-code-table> and its device-id', () => {
  beforeEach(() => resetSessions())

  it('shows the codes of the device it is switched to when the session already has them (no stale rows)', async () => {
    const stub = stubClient({
      managed: [managedCode({ access_code_id: 'a1', device_id: 'dA' }), managedCode({ access_code_id: 'b1', device_id: 'dB' })],
      devices: [device({ device_id: 'dA' }), device({ device_id: 'dB' })],
    })
    // The second table loads dB's list into the session first.
    const provider = await fixture(html`<seam-provider .client=${stub.client}>
      <access-code-table device-id="dA" poll-interval="0" time-zone="UTC"></access-code-table>
      <access-code-table device-id="dB" poll-interval="0" time-zone="UTC"></access-code-table>
    </seam-provider>`)
    const [a, b] = [...provider.querySelectorAll<AccessCodeTable>('access-code-table')] as [AccessCodeTable, AccessCodeTable]
    await waitUntil(() => rows(a).length > 0 && rows(b).length > 0, 'both tables loaded', { timeout: 5000 })
    const lists = stub.calls['accessCodes.list']
    a.deviceId = 'dB'
    await a.updateComplete
    expect(rows(a).map((r) => r.dataset['id'])).to.deep.equal(['b1'])
    a.deviceId = 'dA'
    await a.updateComplete
    expect(rows(a).map((r) => r.dataset['id'])).to.deep.equal(['a1'])
    expect(stub.calls['accessCodes.list'], 'both lists came from the session').to.equal(lists)
  })
})

describe('<access-code-table> with the page\'s own codes', () => {
  it('fetches nothing, even with a device-id inside a provider (controlled mode)', async () => {
    resetSessions()
    const stub = stubClient({ devices: [device({ device_id: 'd1', properties: { time_zone: 'Asia/Tokyo' } } as never)] })
    const provider = await fixture(html`<seam-provider .client=${stub.client}>
      <access-code-table device-id="d1" .accessCodes=${[managedCode({ access_code_id: 'a', device_id: 'd1' })]}></access-code-table>
    </seam-provider>`)
    const el = provider.querySelector<AccessCodeTable>('access-code-table')!
    await el.updateComplete
    await new Promise((r) => setTimeout(r, 50))
    expect(rows(el).map((r) => r.dataset['id'])).to.deep.equal(['a'])
    expect(stub.calls).to.deep.equal({})
  })

  it('shows only the managed codes of its device-id, or every managed code without one', async () => {
    const codes = [
      managedCode({ access_code_id: 'a', device_id: 'd1' }),
      managedCode({ access_code_id: 'b', device_id: 'd2' }),
      managedCode({ access_code_id: 'c', device_id: 'd1', is_managed: false } as never),
    ]
    const el = await fixture<AccessCodeTable>(html`<access-code-table device-id="d1" .accessCodes=${codes}></access-code-table>`)
    expect(rows(el).map((r) => r.dataset['id'])).to.deep.equal(['a'])
    el.deviceId = undefined
    await el.updateComplete
    expect(rows(el).map((r) => r.dataset['id'])).to.deep.equal(['a', 'b'])
  })
})

describe('<access-code-table> and the page\'s language', () => {
  it('shows a language\'s words that arrive after its first rows were explained in English (a chunk loaded on demand)', async () => {
    const code = managedCode({ access_code_id: 'a', errors: [{ error_code: 'failed_to_set_on_device', message: 'm', created_at: '' } as never] })
    const el = await fixture<AccessCodeTable>(html`<access-code-table locale="x-late" .accessCodes=${[code]}></access-code-table>`)
    await expectLateWordsShown(el, 'x-late')
  })

  it('speaks the nearest lang, and follows it when it changes, in place', async () => {
    registerStrings('x-table', { heading: 'Zugangscodes', colName: 'Bezeichnung' })
    const wrapper = await fixture(html`<div lang="en"><access-code-table .accessCodes=${[managedCode({ access_code_id: 'a' })]}></access-code-table></div>`)
    const el = wrapper.querySelector<AccessCodeTable>('access-code-table')!
    const heading = el.shadowRoot!.querySelector('h2')!
    expect(heading.textContent).to.equal('Access codes')
    wrapper.setAttribute('lang', 'x-table')
    await Promise.resolve()
    await el.updateComplete
    expect(el.shadowRoot!.querySelector('h2')).to.equal(heading)
    expect(heading.textContent).to.equal('Zugangscodes')
    // A card's label carries its punctuation from the catalog (issue 18); x-table has none of its own.
    expect(row(el, 'a')!.querySelector('td')!.dataset['label']).to.equal('Bezeichnung:')
  })
})

describe('<access-code-table> with the keyboard only', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
    await configureBackend({ delayMs: 100 })
  })

  it('finds a code by search, reads its explanation, sorts, selects and deletes it', async () => {
    const provider = await fixture(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
      <button id="before">before</button>
      <access-code-table device-id=${DEMO.devices.august}></access-code-table>
    </seam-provider>`)
    const el = provider.querySelector<AccessCodeTable>('access-code-table')!
    const root = el.shadowRoot!
    await waitUntil(() => root.querySelector('[part~=row]'), 'rows', { timeout: 10000 })

    provider.querySelector<HTMLButtonElement>('#before')!.focus()
    await sendKeys({ press: 'Tab' })
    expect(focused()).to.equal(root.querySelector('[part=search]'))
    await sendKeys({ type: 'failed to set' })
    await el.updateComplete
    expect(root.querySelectorAll('[part~=row]')).to.have.length(1)

    // Toggle, then the column sorts, then the row.
    await sendKeys({ press: 'Tab' })
    await sendKeys({ press: 'Tab' })
    expect(focused()!.textContent).to.match(/Name/)
    await sendKeys({ press: 'Enter' })
    await el.updateComplete
    expect(root.querySelector('th')!.getAttribute('aria-sort')).to.equal('ascending')

    const row = root.querySelector<HTMLElement>('[part~=row]')!
    row.focus()
    // Cancelled: the keys go on through the row, not into the details dialog.
    el.addEventListener('access-code-selected', (e) => e.preventDefault(), { once: true })
    setTimeout(() => void sendKeys({ press: 'Enter' }))
    expect((await oneEvent(el, 'access-code-selected')).detail.accessCode.access_code_id).to.equal(CODES['withErrors'])

    await sendKeys({ press: 'Tab' }) // copy
    // Issue 19: the status is focusable, its meaning in the popover and its description.
    await sendKeys({ press: 'Tab' })
    expect(focused()!.getAttribute('part')).to.equal('status')
    await waitUntil(() => root.querySelector('[part=explanation]')!.textContent!.includes(statusEn.unset.meaning), 'the status explained')
    await sendKeys({ press: 'Tab' }) // first issue chip
    expect(focused()!.getAttribute('part')).to.equal('issue')
    await waitUntil(() => root.querySelector('[part=explanation]')!.textContent!.includes('What you can do'))
    await sendKeys({ press: 'Escape' })
    await el.updateComplete
    expect(root.querySelector('[part=explanation]')!.textContent!.trim()).to.equal('')

    // Past the other chips the row shows whole and "+N" (as many as fit the column), to delete.
    const stops = [...row.querySelectorAll<HTMLElement>('[part~=issue], .chip.more')].filter((c) => c.checkVisibility()).length
    for (let i = 0; i < stops; i++) await sendKeys({ press: 'Tab' })
    expect(focused()!.getAttribute('aria-label')).to.match(/^Delete/)
    await sendKeys({ press: 'Enter' })
    await el.updateComplete
    expect(focused()!.textContent).to.match(/Cancel/)
    await sendKeys({ press: 'Enter' })
    await el.updateComplete
    expect(focused()!.getAttribute('aria-label')).to.match(/^Delete/)
    await sendKeys({ press: 'Enter' })
    await el.updateComplete
    await sendKeys({ down: 'Shift' })
    await sendKeys({ press: 'Tab' })
    await sendKeys({ up: 'Shift' })
    expect(focused()!.textContent).to.match(/Delete/)
    const deleted = oneEvent(el, 'access-code-deleted')
    await sendKeys({ press: 'Enter' })
    expect((await deleted).detail.accessCodeId).to.equal(CODES['withErrors'])
  })

})

const session = (inner: unknown) => html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">${inner}</seam-provider>`
const settled = (el: Element) =>
  waitUntil(() => el.shadowRoot?.querySelector('[part~=row], [part=empty], [part=error]'), 'settled', { timeout: 8000 })

for (const scheme of ['light', 'dark'] as const) {
  describe(`<access-code-table> under axe in every state, ${scheme} scheme`, () => {
    before(async function () {
      if (scheme === 'dark') await skipWithoutMediaEmulation(this)
      await emulateMedia({ colorScheme: scheme })
    })
    after(() => emulateMedia({ colorScheme: 'light' }))
    beforeEach(async () => {
      resetSessions()
      await resetBackend()
    })

    it('loaded with issues, empty, loading, failed', async () => {
      const states = [
        session(html`<access-code-table device-id=${DEMO.devices.august}></access-code-table>`),
        session(html`<access-code-table device-id=${DEMO.devices.kwikset}></access-code-table>`),
        html`<access-code-table device-id="d1" .client=${pendingClient()}></access-code-table>`,
        html`<access-code-table device-id="d1" .client=${offlineClient()}></access-code-table>`,
      ]
      for (const state of states) {
        const root = await fixture(state)
        const el = root.localName === 'access-code-table' ? root : root.querySelector('access-code-table')!
        if (el.shadowRoot!.querySelector('[part=loading]') == null) await settled(el)
        await expect(el).to.be.accessible()
      }
    })
  })
}

describe('<access-code-table> on small screens, zoomed, right-to-left and in forced colours', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
  })
  after(() => setViewport({ width: 800, height: 600 }))

  for (const width of [320, 640]) {
    it(`at ${width} px wide (${width === 640 ? '200 % zoom of 1280' : 'a small phone'}) nothing scrolls sideways, the list beside it neither`, async function () {
      if (width < 447) skipIn(this, ['webkit'], "MiniBrowser's toolbar keeps its window at least 447 px wide")
      await setViewport({ width, height: 800 })
      const root = await fixture(session(html`<access-code-table device-id=${DEMO.devices.august}></access-code-table>
        <unmanaged-code-list device-id=${DEMO.devices.august}></unmanaged-code-list>`))
      const table = root.querySelector<AccessCodeTable>('access-code-table')!
      await settled(table)
      await settled(root.querySelector('unmanaged-code-list')!)
      expect(document.documentElement.scrollWidth).to.be.at.most(width)
      expect(getComputedStyle(table.shadowRoot!.querySelector('thead')!).display).to.equal('none')
      await expect(table).to.be.accessible()
    })
  }

  it('right-to-left: labels sit at the start edge and the page stays accessible', async () => {
    await setViewport({ width: 1000, height: 800 })
    const root = await fixture(html`<div dir="rtl" lang="ar">${session(html`<access-code-table device-id=${DEMO.devices.august}></access-code-table>`)}</div>`)
    const table = root.querySelector<AccessCodeTable>('access-code-table')!
    await settled(table)
    const th = table.shadowRoot!.querySelector('th')!
    const cells = table.shadowRoot!.querySelectorAll('th')
    expect(getComputedStyle(th).direction).to.equal('rtl')
    // The first column (name) is on the right in right-to-left.
    expect(cells[0]!.getBoundingClientRect().left).to.be.greaterThan(cells[1]!.getBoundingClientRect().left)
    await expect(table).to.be.accessible()
  })

  it('forced colours: chips and buttons keep a visible system-colour border, and axe passes', async function () {
    await skipWithoutMediaEmulation(this)
    await emulateMedia({ forcedColors: 'active' })
    try {
      const root = await fixture(session(html`<access-code-table device-id=${DEMO.devices.august}></access-code-table>`))
      const table = root.querySelector<AccessCodeTable>('access-code-table')!
      await settled(table)
      const chip = table.shadowRoot!.querySelector<HTMLElement>('[part~=issue]')!
      const style = getComputedStyle(chip)
      expect(style.borderTopStyle).to.equal('solid')
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(1)
      await expect(table).to.be.accessible()
    } finally {
      await emulateMedia({ forcedColors: 'none' })
    }
  })

  it('respects prefers-reduced-motion', async function () {
    await skipWithoutMediaEmulation(this)
    await emulateMedia({ reducedMotion: 'reduce' })
    const el = await fixture<AccessCodeTable>(html`<access-code-table device-id="d1" .client=${pendingClient()}></access-code-table>`)
    expect(getComputedStyle(el.shadowRoot!.querySelector('.skeleton')!).animationName).to.equal('none')
    await emulateMedia({ reducedMotion: 'no-preference' })
  })
})

describe('<access-code-table> when Seam fails (the real client, faults injected)', () => {
  let clock: FakeClock | undefined
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
    await configureBackend({ delayMs: 100 })
  })
  afterEach(async () => {
    clock?.restore()
    clock = undefined
    await injectFaults([])
  })

  async function table(c: FetchSeamClient = quickClient(), poll = 0) {
    const provider = await fixture(html`<seam-provider .client=${c}>
      <access-code-table device-id=${DEMO.devices.august} poll-interval=${poll}></access-code-table>
    </seam-provider>`)
    return provider.querySelector<AccessCodeTable>('access-code-table')!
  }

  it('a read recovers by itself from 500 and 503', async () => {
    await injectFaults([
      { path: '/access_codes/list', status: 500, times: 1 },
      { path: '/access_codes/list', status: 503, times: 1 },
    ])
    const el = await table()
    await waitUntil(() => rows(el).length > 0, 'rows after retries', { timeout: 5000 })
    expect(await requestCount('/access_codes/list')).to.equal(3)
  })

  it('a read waits as long as 429 Retry-After asks, then loads', async () => {
    await injectFaults([{ path: '/access_codes/list', status: 429, retryAfter: 1, times: 1 }])
    const time = (clock = fakeTimers())
    const t0 = Date.now()
    // A long timeout: the fake clock runs fast while the request is in flight.
    const el = await table(quickClient({ timeoutMs: 60_000 }))
    await passTime(time, () => rows(el).length > 0, 'rows after Retry-After')
    expect(Date.now() - t0).to.be.at.least(1000)
    expect(await requestCount('/access_codes/list')).to.equal(2)
  })

  it('a read that keeps failing shows the reason and "Try again", which works once the backend is back', async () => {
    await injectFaults([{ path: '/access_codes/list', drop: 'before' }])
    const el = await table()
    await waitUntil(() => el.shadowRoot!.querySelector('[part=error]'), 'error state', { timeout: 5000 })
    expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.match(/could not be reached/)
    await injectFaults([])
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=error] button')!.click()
    await waitUntil(() => rows(el).length > 0, 'rows after Try again')
  })

  it('a slow backend times out with words, not a spinner forever', async () => {
    await injectFaults([{ path: '/access_codes/list', delayMs: 1000 }])
    const time = (clock = fakeTimers())
    const el = await table()
    // Every attempt outlasts the client's 400 ms on the fake clock long before the backend answers.
    await passTime(time, () => el.shadowRoot!.querySelector('[part=error]'), 'timeout shown', { step: 100 })
    expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.match(/did not answer in time/)
  })

  it('when the backend goes away, the rows stay, marked stale, and come back fresh when it returns', async () => {
    const el = await table(quickClient(), 150)
    await waitUntil(() => rows(el).length > 0, 'rows', { timeout: 5000 })
    const shown = rows(el).length
    await injectFaults([{ drop: 'before' }])
    await waitUntil(() => el.shadowRoot!.querySelector('.stale'), 'stale notice', { timeout: 5000 })
    expect(rows(el).length).to.equal(shown)
    await injectFaults([])
    await waitUntil(() => !el.shadowRoot!.querySelector('.stale'), 'fresh again', { timeout: 5000 })
    expect(rows(el).length).to.equal(shown)
  })

  it('a session token that expires mid-use is renewed once, and the data keeps coming', async () => {
    const time = (clock = fakeTimers())
    // A long timeout: the fake clock runs fast while a request is in flight.
    const el = await table(quickClient({ publishable: true, timeoutMs: 60_000 }), 150)
    const query = el.sessionStore!.accessCodes(DEMO.devices.august)
    await passTime(time, () => rows(el).length > 0, 'rows')
    await injectFaults([{ path: '/access_codes/list', status: 401, times: 1 }])
    await passTime(time, async () => (await requestCount('/client_sessions/get_or_create')) === 2, 'session renewed')
    await injectFaults([])
    // Polls go on after the renewal, none of them in trouble.
    const polls = await requestCount('/access_codes/list')
    await passTime(time, async () => !query.state.loading && (await requestCount('/access_codes/list')) >= polls + 2, 'two more polls')
    expect(el.shadowRoot!.querySelector('[part=error], .stale')).to.equal(null)
    expect(rows(el).length).to.be.greaterThan(0)
  })
})

describe('<access-code-table> with hostile payloads (fast-check)', () => {
  collectUncaught()
  afterEach(() => resetSessions())

  it('renders any payload as text, with words for whatever it does not know', async () => {
    const el = await fixture<AccessCodeTable>(html`<access-code-table device-id="d1" .client=${stubClient().client}></access-code-table>`)
    await fc.assert(
      fc.asyncProperty(hostileCodes, async (data) => {
        el.accessCodes = data as unknown as AccessCode[]
        await el.updateComplete
        assertSafe(el.shadowRoot!, data)
        for (const chip of el.shadowRoot!.querySelectorAll('[part~=issue]')) expect(chip.textContent!.trim()).not.to.equal('')
        for (const status of el.shadowRoot!.querySelectorAll('[part=status]')) expect(status.textContent!.trim()).not.to.equal('')
        // Every explanation must read as words too (built, not opened: the
        // popover's placement is covered by the popover's own suite).
        for (const chip of el.shadowRoot!.querySelectorAll('[part~=issue]')) expect(chip.getAttribute('aria-expanded')).to.equal('false')
      }),
      { numRuns: 1000 },
    )
  })
})

describe('<access-code-table> read by keyboard', () => {
  it('a row in keyboard focus shows a cut name and schedule whole, and cuts them again when focus leaves', async () => {
    const name = 'Guest: the Alvarez-Fitzgerald family, second floor apartment at the back, for the whole summer'
    const code = [
      managedCode({ access_code_id: 'a', name, code: '4821', type: 'time_bound', starts_at: '2031-06-01T15:00:00Z', ends_at: '2031-09-03T11:00:00Z' }),
      managedCode({ access_code_id: 'b', name: 'Cleaner', code: '1111' }),
    ] as AccessCode[]
    const el = await fixture<AccessCodeTable>(html`<access-code-table style="width: 900px" locale="en-GB" time-zone="UTC" .accessCodes=${code}></access-code-table>`)
    await el.updateComplete
    const cut = (part: HTMLElement) => part.scrollWidth > part.clientWidth + 1
    const nameOf = () => row(el, 'a')!.querySelector<HTMLElement>('.name')!
    const scheduleOf = () => row(el, 'a')!.querySelector<HTMLElement>('[part~=schedule]')!
    expect(cut(nameOf()), 'a long name is cut at rest').to.equal(true)
    expect(cut(scheduleOf()), 'and so is its schedule').to.equal(true)
    const before = row(el, 'a')!.getBoundingClientRect().height
    // The keyboard's way in: Tab from a button before the table to its first row.
    const start = await fixture(html`<button>before</button>`)
    el.before(start)
    ;(start as HTMLElement).focus()
    // Past the table's search box and headers, as a person tabs.
    for (let i = 0; i < 20 && el.shadowRoot!.activeElement !== row(el, 'a'); i++) await sendKeys({ press: 'Tab' })
    expect(el.shadowRoot!.activeElement, 'the first row has focus').to.equal(row(el, 'a')!)
    expect(cut(nameOf()), 'whole in focus').to.equal(false)
    expect(cut(scheduleOf()), 'its schedule too').to.equal(false)
    expect(nameOf().textContent).to.equal(name)
    expect(row(el, 'a')!.getBoundingClientRect().height, 'the row grew to hold them').to.be.above(before)
    // Focus on a button inside the row (Copy) keeps them whole.
    await sendKeys({ press: 'Tab' })
    await waitUntil(() => el.shadowRoot!.activeElement?.matches('button.copy'), 'its Copy button')
    expect(cut(nameOf()), 'whole while a button in the row has focus').to.equal(false)
    ;(start as HTMLElement).focus()
    expect(document.activeElement, 'focus left the table').to.equal(start)
    await waitUntil(() => cut(nameOf()), 'cut again once focus left')
  })
})

import { expect, fixture, html, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import '../../../src/elements/unmanaged-code-list/define.js'
import '../../../src/elements/access-code-table/define.js'
import type { UnmanagedCodeList } from '../../../src/elements/unmanaged-code-list/unmanaged-code-list.js'
import type { AccessCodeTable } from '../../../src/elements/access-code-table/access-code-table.js'
import { resetSessions } from '../../../src/state/registry.js'
import { deepActiveElement } from '../../../src/ui/controllers/modal.js'
import { CODES, DEMO, backendRequests, configureBackend, injectFaults, resetBackend } from '../../helpers/backend.js'
import { device, stubClient, unmanagedCode } from '../../helpers/stub-client.js'

// "Replace with a managed code" on the codes Seam cannot convert, against
// the fake backend (dev/shim.mjs): its locks refuse a second code with a PIN
// one of their codes has, `failSets` makes a new code fail to set, and
// `failDeletes` makes a deletion fail.

const row = (el: UnmanagedCodeList, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="row"][data-id="${id}"]`)
const replaceButton = (el: UnmanagedCodeList, id: string) => row(el, id)?.querySelector<HTMLButtonElement>('[part~="replace-button"]') ?? null
const dialog = (el: UnmanagedCodeList) => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog.replace')
const form = (el: UnmanagedCodeList) => dialog(el)?.querySelector('access-code-form') ?? null
const field = (el: UnmanagedCodeList, id: string) => form(el)?.shadowRoot?.querySelector<HTMLInputElement>(`#${id}`) ?? null
const submitButton = (el: UnmanagedCodeList) => form(el)?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="submit-button"]') ?? null
const radio = (el: UnmanagedCodeList, value: 'new' | 'keep') => dialog(el)?.querySelector<HTMLInputElement>(`input[name="replace-pin"][value="${value}"]`) ?? null
const dialogText = (el: UnmanagedCodeList) => dialog(el)?.textContent?.replace(/\s+/g, ' ') ?? ''
const button = (el: UnmanagedCodeList, label: RegExp) =>
  [...(dialog(el)?.querySelectorAll<HTMLButtonElement>('.buttons button') ?? [])].find((b) => label.test(b.textContent ?? '')) ?? null
const stepState = (el: UnmanagedCodeList, step: string) => dialog(el)?.querySelector<HTMLElement>(`.steps [data-step="${step}"]`)?.dataset['state']
const count = (requests: string[], route: string) => requests.filter((r) => r === route).length

const EVENTS = ['access-code-created', 'unmanaged-code-deleted', 'unmanaged-code-replaced'] as const

async function mount(deviceId: string, { table = false, attrs = '' } = {}) {
  const provider = await fixture(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
    <unmanaged-code-list device-id=${deviceId} poll-interval="0" ?disable-create=${attrs === 'disable-create'}></unmanaged-code-list>
    ${table ? html`<access-code-table device-id=${deviceId} poll-interval="0"></access-code-table>` : ''}
  </seam-provider>`)
  const el = provider.querySelector<UnmanagedCodeList>('unmanaged-code-list')!
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="row"]'), 'the list loads', { timeout: 10_000 })
  const events: { type: string; detail: Record<string, unknown> }[] = []
  for (const type of EVENTS) el.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }))
  return { provider, el, events, table: provider.querySelector<AccessCodeTable>('access-code-table') }
}

/** Opens the replacement of `id` and waits for the prefilled form (after the new PIN, unless none is generated). */
async function open(el: UnmanagedCodeList, id: string, { pin = true } = {}) {
  replaceButton(el, id)!.click()
  await waitUntil(() => dialog(el)?.open, 'the dialog opens')
  await waitUntil(() => submitButton(el) && (!pin || field(el, 'pin')?.value), 'the prefilled form', { timeout: 5_000 })
}

const submit = async (el: UnmanagedCodeList) => {
  submitButton(el)!.click()
  await el.updateComplete
}
const finished = (el: UnmanagedCodeList) =>
  waitUntil(() => dialog(el)?.querySelector('.saved, .failure[role="alert"]') && !dialog(el)?.querySelector('.steps [data-state="replaceStepRunning"]'), 'the replacement ends', {
    timeout: 15_000,
  })

describe('<unmanaged-code-list> replacing a code Seam cannot convert', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
    await configureBackend({ delayMs: 80 })
  })

  it('offers "Replace with a managed code" only on the codes Seam cannot convert, and not with disable-create', async () => {
    const { el } = await mount(DEMO.devices.august)
    expect(replaceButton(el, CODES['unmanagedFrontBlocked']!)).to.not.equal(null)
    expect(replaceButton(el, CODES['unmanagedFront1']!)).to.equal(null)
    expect(replaceButton(el, CODES['unmanagedFrontBlocked']!)!.getAttribute('aria-label')).to.equal('Replace with a managed code: Master code (manufacturer app)')
    // Short on screen, so every row's actions take the same room; the name says it in full.
    expect(replaceButton(el, CODES['unmanagedFrontBlocked']!)!.textContent!.trim()).to.equal('Replace')
    const cabin = await mount(DEMO.devices.igloohome, { attrs: 'disable-create' })
    expect(replaceButton(cabin.el, CODES['unmanagedCabin']!)).to.equal(null)
    // The reason it cannot convert is still said, in the row, where Convert would be.
    expect(row(cabin.el, CODES['unmanagedCabin']!)!.querySelector('.actions .why')!.textContent).to.match(/cannot take this code over/)
  })

  it('igloohome, a new PIN: prefilled from the old code, steps in order, events once each, and the table of the lock agrees', async () => {
    const { el, events, table } = await mount(DEMO.devices.igloohome, { table: true })
    const id = CODES['unmanagedCabinGuest']!
    await open(el, id)
    await expect(el).to.be.accessible()
    expect(radio(el, 'new')!.checked).to.equal(true)
    expect(dialogText(el)).to.match(/Whoever uses the old PIN needs the new one/).and.match(/Keep the PIN 38164/)
    expect(field(el, 'name')!.value).to.equal('Guest: Lindqvist')
    const pin = field(el, 'pin')!.value
    expect(pin).to.match(/^\d+$/).and.not.equal('38164')
    // The old code's window, not an ongoing code.
    expect(field(el, 'end')!.value).to.not.equal('')
    expect(submitButton(el)!.textContent!.trim()).to.equal('Replace')
    await submit(el)
    expect(dialog(el)!.querySelector('.steps')).to.not.equal(null)
    await expect(el).to.be.accessible()
    await finished(el)
    expect(dialogText(el)).to.match(/was replaced: the new code is on the lock and the old one is deleted/)
    await expect(el).to.be.accessible()
    expect(['generate', 'create', 'set', 'delete'].map((s) => stepState(el, s))).to.deep.equal(Array(4).fill('replaceStepDone'))
    expect(events.map((e) => e.type)).to.deep.equal([...EVENTS])
    const created = events[0]!.detail['accessCode'] as { access_code_id: string; code: string }
    expect(created.code).to.equal(pin)
    expect(events[1]!.detail).to.deep.equal({ accessCodeId: id })
    expect(events[2]!.detail['replacedAccessCodeId']).to.equal(id)
    expect((events[2]!.detail['accessCode'] as { access_code_id: string }).access_code_id).to.equal(created.access_code_id)
    expect(row(el, id)).to.equal(null)
    await waitUntil(() => table!.shadowRoot!.textContent!.includes('Guest: Lindqvist'), 'the table shows the new code')
  })

  it('igloohome, keeping the PIN: said before anything is done; the old code goes first, then the new one with its PIN', async () => {
    const { el, events } = await mount(DEMO.devices.igloohome)
    const id = CODES['unmanagedCabin']!
    await open(el, id)
    radio(el, 'keep')!.click()
    await waitUntil(() => field(el, 'pin')?.value === '70501', 'the form takes the old PIN')
    expect(dialogText(el)).to.match(/old code is deleted first: for the moment it takes to set the new one, this PIN does not open the door/)
    expect(await backendRequests()).to.not.include('/access_codes/unmanaged/delete')
    await expect(el).to.be.accessible()
    await submit(el)
    await finished(el)
    expect(events.map((e) => e.type)).to.deep.equal(['unmanaged-code-deleted', 'access-code-created', 'unmanaged-code-replaced'])
    expect((events[1]!.detail['accessCode'] as { code: string }).code).to.equal('70501')
    expect([...dialog(el)!.querySelectorAll<HTMLElement>('.steps li')].map((li) => li.dataset['step'])).to.deep.equal(['delete', 'create', 'set'])
  })

  it('choosing to keep the PIN while the new one is still being generated keeps it', async () => {
    await injectFaults([{ path: '/access_codes/generate_code', delayMs: 600, times: 1 }])
    const { el, events } = await mount(DEMO.devices.igloohome)
    replaceButton(el, CODES['unmanagedCabin']!)!.click()
    await waitUntil(() => radio(el, 'keep'), 'the choice')
    radio(el, 'keep')!.click()
    await waitUntil(() => field(el, 'pin')?.value, 'the form')
    expect(field(el, 'pin')!.value).to.equal('70501')
    // The new PIN arrives meanwhile; the choice stands.
    await waitUntil(() => !dialog(el)!.querySelector('.progress'), 'the new PIN arrived')
    expect(radio(el, 'keep')!.checked).to.equal(true)
    expect(field(el, 'pin')!.value).to.equal('70501')
    await submit(el)
    await finished(el)
    expect(events.map((e) => e.type)).to.deep.equal(['unmanaged-code-deleted', 'access-code-created', 'unmanaged-code-replaced'])
  })

  it('SmartThings (PIN hidden): cannot keep the PIN and says why; a new PIN replaces the code, its schedule kept', async () => {
    const { el, events } = await mount(DEMO.devices.smartthings)
    const id = CODES['unmanagedGarageCleaner']!
    await open(el, id)
    expect(radio(el, 'keep')).to.equal(null)
    expect(dialogText(el)).to.match(/SmartThings does not share this code’s PIN, so the new code cannot keep it/)
    expect(field(el, 'start')!.value).to.not.equal('')
    await expect(el).to.be.accessible()
    await submit(el)
    await finished(el)
    expect(dialogText(el)).to.match(/was replaced/)
    expect(events.map((e) => e.type)).to.deep.equal([...EVENTS])
  })

  it('SmartThings, keeping the PIN is not offered for an ongoing code either; it is replaced with a new PIN', async () => {
    const { el, events } = await mount(DEMO.devices.smartthings)
    await open(el, CODES['unmanagedGarage']!)
    expect(radio(el, 'keep')).to.equal(null)
    await submit(el)
    await finished(el)
    expect(events.map((e) => e.type)).to.deep.equal([...EVENTS])
  })

  it('a code the API cannot delete: says the old code stays and must be removed in the manufacturer\'s app; no replaced event', async () => {
    const { el, events } = await mount(DEMO.devices.august)
    const id = CODES['unmanagedFrontBlocked']!
    await open(el, id)
    expect(radio(el, 'keep')).to.equal(null)
    expect(dialogText(el)).to.match(/stays on the lock until you remove it in the manufacturer’s app/).and.match(/this code cannot be deleted through Seam/)
    await submit(el)
    await finished(el)
    expect(dialogText(el)).to.match(/The old code stays until you remove it in the manufacturer’s app/)
    expect(events.map((e) => e.type)).to.deep.equal(['access-code-created'])
    expect(count(await backendRequests(), '/access_codes/unmanaged/delete')).to.equal(0)
    expect(row(el, id)).to.not.equal(null)
  })

  it('generate fails: the step is named, nothing changes, and "Try again" gets the PIN', async () => {
    await injectFaults([{ path: '/access_codes/generate_code', status: 400, times: 1 }])
    const { el } = await mount(DEMO.devices.igloohome)
    replaceButton(el, CODES['unmanagedCabin']!)!.click()
    await waitUntil(() => dialog(el)?.querySelector('.failure[role="alert"]'), 'the failure')
    expect(dialogText(el)).to.match(/Stopped at the step “Get a new PIN”/).and.match(/Nothing was changed/)
    await expect(el).to.be.accessible()
    await configureBackend({ delayMs: 400 })
    const retry = button(el, /Try again/)!
    retry.focus()
    retry.click()
    // The button gives way to the progress line: focus stays in the dialog, on the choice it retries.
    await el.updateComplete
    expect(deepActiveElement(), 'focus while it asks').to.equal(radio(el, 'new'))
    await waitUntil(() => field(el, 'pin')?.value, 'the form with a new PIN')
    expect(dialog(el)!.querySelector('.failure')).to.equal(null)
    expect(deepActiveElement(), 'focus once the PIN is in').to.not.equal(undefined)
  })

  it('create refused: the step is named, both codes as they were, "Change the details" keeps what was typed', async () => {
    await injectFaults([{ path: '/access_codes/create', status: 400, times: 1 }])
    const { el, events } = await mount(DEMO.devices.igloohome)
    const id = CODES['unmanagedCabin']!
    await open(el, id)
    const name = field(el, 'name')!
    name.value = 'Owner (managed)'
    name.dispatchEvent(new Event('input'))
    await submit(el)
    await finished(el)
    expect(dialogText(el)).to.match(/Stopped at the step “Create the new code”/).and.match(/Nothing was changed: the old code is on the lock as it was/)
    expect(stepState(el, 'create')).to.equal('replaceStepFailed')
    await expect(el).to.be.accessible()
    expect(events).to.deep.equal([])
    expect(row(el, id)).to.not.equal(null)
    button(el, /Change the details/)!.click()
    await el.updateComplete
    expect(field(el, 'name')!.value).to.equal('Owner (managed)')
    await submit(el)
    await finished(el)
    expect(events.map((e) => e.type)).to.deep.equal([...EVENTS])
    expect((events[0]!.detail['accessCode'] as { name: string }).name).to.equal('Owner (managed)')
  })

  it('the new code fails to set: the step is named with the lock\'s reason; the old code stays and nothing is deleted', async () => {
    await configureBackend({ failSets: true })
    const { el, events } = await mount(DEMO.devices.igloohome)
    const id = CODES['unmanagedCabin']!
    await open(el, id)
    await submit(el)
    await finished(el)
    expect(dialogText(el)).to.match(/Stopped at the step “Set the new code on the lock”/).and.match(/Seam could not set the new code on the lock: /)
    expect(dialogText(el)).to.match(/The old code is on the lock as it was; the new code is listed among the managed codes/)
    await expect(el).to.be.accessible()
    expect(events.map((e) => e.type)).to.deep.equal(['access-code-created'])
    expect(count(await backendRequests(), '/access_codes/unmanaged/delete')).to.equal(0)
    expect(row(el, id)).to.not.equal(null)
    // Checking again follows the same code; nothing is created twice.
    button(el, /Check again/)!.click()
    await finished(el)
    expect(count(await backendRequests(), '/access_codes/create')).to.equal(1)
  })

  it('the delete fails: the step is named, both codes work; "Try again" deletes only the old code, and each event fires once', async () => {
    await configureBackend({ failDeletes: true })
    const { el, events } = await mount(DEMO.devices.igloohome)
    const id = CODES['unmanagedCabin']!
    await open(el, id)
    await submit(el)
    await finished(el)
    expect(dialogText(el)).to.match(/Stopped at the step “Delete the old code”/).and.match(/Both codes work for now/)
    await expect(el).to.be.accessible()
    expect(row(el, id)).to.not.equal(null)
    await configureBackend({ failDeletes: false })
    button(el, /Try again/)!.click()
    await waitUntil(() => /was replaced/.test(dialogText(el)), 'replaced', { timeout: 10_000 })
    expect(events.map((e) => e.type)).to.deep.equal([...EVENTS])
    expect(count(await backendRequests(), '/access_codes/create')).to.equal(1)
  })

  it('a lost answer at create is checked on the server, never resent, and the replacement goes on', async () => {
    await injectFaults([{ path: '/access_codes/create', drop: 'after', times: 1 }])
    const { el, events } = await mount(DEMO.devices.igloohome)
    await open(el, CODES['unmanagedCabin']!)
    await submit(el)
    await finished(el)
    expect(dialogText(el)).to.match(/was replaced/)
    expect(events.map((e) => e.type)).to.deep.equal([...EVENTS])
    expect(count(await backendRequests(), '/access_codes/create')).to.equal(1)
  })

  /** Closes the dialog while a step runs (a slow create keeps it running), and returns the row's parts. */
  const closeWhileRunning = async (el: UnmanagedCodeList) => {
    await waitUntil(() => dialog(el)?.querySelector('.steps [data-state="replaceStepRunning"]'), 'a step runs')
    await sendKeys({ press: 'Escape' })
    await waitUntil(() => !dialog(el)?.open, 'the dialog closes')
  }
  const statusWords = (el: UnmanagedCodeList, id: string) => row(el, id)?.querySelector('[part~="status"]')?.textContent?.trim()

  it('closed while it runs: the row says it is being replaced, nothing else can touch the code, and "Show steps" shows where it stands', async () => {
    await injectFaults([{ path: '/access_codes/create', delayMs: 3000, times: 1 }])
    const { el, events } = await mount(DEMO.devices.igloohome)
    const id = CODES['unmanagedCabinGuest']!
    await open(el, id)
    await submit(el)
    await closeWhileRunning(el)
    expect(statusWords(el, id)).to.equal('Replacing…')
    expect(row(el, id)!.hasAttribute('data-replacing')).to.equal(true)
    const show = replaceButton(el, id)!
    expect(show.getAttribute('aria-label')).to.equal('Show steps: replacing Guest: Lindqvist')
    expect(show.textContent!.trim()).to.equal('Show steps')
    expect(show.disabled).to.equal(false)
    expect(row(el, id)!.querySelector<HTMLButtonElement>('[data-action="delete"]')!.disabled, 'delete waits while the code is being replaced').to.equal(true)
    await expect(el).to.be.accessible()
    // Opening it again shows the run where it stands, not a new form.
    show.click()
    await waitUntil(() => dialog(el)?.open, 'the dialog opens again')
    expect(dialog(el)!.querySelector('.steps [data-state="replaceStepRunning"]')).to.not.equal(null)
    await finished(el)
    expect(events.map((e) => e.type)).to.deep.equal([...EVENTS])
    expect(count(await backendRequests(), '/access_codes/create')).to.equal(1)
  })

  it('keeping the PIN, closed after the old code is deleted: its row stays, "Replacing…", until the new code is on the lock', async () => {
    await injectFaults([{ path: '/access_codes/create', delayMs: 3000, times: 1 }])
    const { el, events } = await mount(DEMO.devices.igloohome)
    const id = CODES['unmanagedCabin']!
    await open(el, id)
    radio(el, 'keep')!.click()
    await waitUntil(() => field(el, 'pin')?.value === '70501', 'the form takes the old PIN')
    await submit(el)
    await waitUntil(() => stepState(el, 'delete') === 'replaceStepDone', 'the old code is deleted', { timeout: 10_000 })
    await closeWhileRunning(el)
    // The old code is gone from Seam, yet the row is where the person sees the replacement.
    expect(events.map((e) => e.type)).to.deep.equal(['unmanaged-code-deleted'])
    expect(statusWords(el, id)).to.equal('Replacing…')
    expect(replaceButton(el, id)!.textContent!.trim()).to.equal('Show steps')
    await waitUntil(() => events.length === 3, 'the replacement ends', { timeout: 15_000 })
    await waitUntil(() => row(el, id) === null, 'the row goes once the code is replaced')
  })

  it('stopped at a step after the dialog closed: the row says so and "Show steps" opens the failure, nothing deleted', async () => {
    await injectFaults([{ path: '/access_codes/create', delayMs: 2000, status: 500, times: 1 }])
    const { el, events } = await mount(DEMO.devices.igloohome)
    const id = CODES['unmanagedCabinGuest']!
    await open(el, id)
    await submit(el)
    await closeWhileRunning(el)
    await waitUntil(() => row(el, id)?.textContent?.includes('The replacement stopped at a step'), 'the row says the replacement stopped', { timeout: 10_000 })
    expect(statusWords(el, id)).to.not.equal('Replacing…')
    const show = replaceButton(el, id)!
    expect(show.textContent!.trim()).to.equal('Show steps')
    show.click()
    await waitUntil(() => dialog(el)?.open, 'the dialog opens again')
    expect(stepState(el, 'create')).to.equal('replaceStepFailed')
    expect(events).to.deep.equal([])
    expect(await backendRequests()).to.not.include('/access_codes/unmanaged/delete')
    await expect(el).to.be.accessible()
  })

  it('a double click sends one create', async () => {
    const { el } = await mount(DEMO.devices.igloohome)
    await open(el, CODES['unmanagedCabin']!)
    submitButton(el)!.click()
    submitButton(el)!.click()
    await finished(el)
    expect(count(await backendRequests(), '/access_codes/create')).to.equal(1)
  })

  it('a double click on "Replace" asks for one new PIN and opens one replacement', async () => {
    // Slow enough that the second click lands while the first PIN is still being asked for.
    await injectFaults([{ path: '/access_codes/generate_code', delayMs: 300, times: 1 }])
    const { el } = await mount(DEMO.devices.igloohome)
    const before = count(await backendRequests(), '/access_codes/generate_code')
    replaceButton(el, CODES['unmanagedCabin']!)!.click()
    replaceButton(el, CODES['unmanagedCabin']!)!.click()
    await waitUntil(() => field(el, 'pin')?.value, 'the prefilled form', { timeout: 5_000 })
    expect(count(await backendRequests(), '/access_codes/generate_code') - before).to.equal(1)
    expect(field(el, 'pin')!.value).to.match(/^\d+$/)
  })

  it('refuses the old PIN typed in with "a new PIN" chosen, before anything is sent', async () => {
    const { el } = await mount(DEMO.devices.igloohome)
    await open(el, CODES['unmanagedCabin']!)
    const pin = field(el, 'pin')!
    pin.value = '70501'
    pin.dispatchEvent(new Event('input'))
    await submit(el)
    expect(dialogText(el)).to.match(/This is the old code’s PIN/)
    await expect(el).to.be.accessible()
    expect(await backendRequests()).to.not.include('/access_codes/create')
  })

  it('Escape closes it before anything is done, focus back on the button that opened it', async () => {
    const { el } = await mount(DEMO.devices.igloohome)
    const trigger = replaceButton(el, CODES['unmanagedCabin']!)!
    trigger.focus()
    await open(el, CODES['unmanagedCabin']!)
    await sendKeys({ press: 'Escape' })
    await waitUntil(() => !dialog(el), 'the dialog closes')
    expect(deepActiveElement()).to.equal(trigger)
    expect(await backendRequests()).to.not.include('/access_codes/create')
  })

  it('keyboard only: open, choose to keep the PIN, send, close; focus lands on a row', async () => {
    const { el, events } = await mount(DEMO.devices.igloohome)
    replaceButton(el, CODES['unmanagedCabin']!)!.focus()
    await sendKeys({ press: 'Enter' })
    await waitUntil(() => deepActiveElement() === radio(el, 'new'), 'focus on the choice')
    await waitUntil(() => field(el, 'pin')?.value, 'the new PIN')
    await sendKeys({ press: 'ArrowDown' })
    await waitUntil(() => radio(el, 'keep')!.checked && field(el, 'pin')?.value === '70501', 'keeping the PIN')
    // Into the form: its first field, then Enter sends it.
    await sendKeys({ press: 'Tab' })
    await waitUntil(() => deepActiveElement() === field(el, 'name'), 'focus in the name field')
    await sendKeys({ press: 'Enter' })
    await finished(el)
    expect(events.map((e) => e.type)).to.deep.equal(['unmanaged-code-deleted', 'access-code-created', 'unmanaged-code-replaced'])
    await waitUntil(() => deepActiveElement()?.textContent?.trim() === 'Close', 'focus on Close')
    await sendKeys({ press: 'Enter' })
    await waitUntil(() => !dialog(el), 'closed')
    expect(deepActiveElement()?.getAttribute('part')).to.equal('row')
  })
})

describe('<unmanaged-code-list> replacing a code with half a schedule', () => {
  afterEach(() => resetSessions())

  // Seam lists time-bound codes with only a start or only an end; the replacement keeps what there is.
  for (const [what, schedule] of [
    ['only an end', { starts_at: null, ends_at: '2030-01-12T09:00:00.000Z' }],
    ['only a start', { starts_at: '2030-01-10T09:00:00.000Z', ends_at: null }],
  ] as const) {
    it(`a code with ${what}: the form opens time-bound with it, not as an ongoing code`, async () => {
      const old = unmanagedCode({ access_code_id: 'u1', type: 'time_bound', ...schedule, cannot_be_managed: true } as never)
      const stub = stubClient({ devices: [device({ device_id: 'd1' })], unmanaged: [old] })
      const el = await fixture<UnmanagedCodeList>(html`<unmanaged-code-list device-id="d1" locale="en-GB" time-zone="UTC" .client=${stub.client}></unmanaged-code-list>`)
      await waitUntil(() => replaceButton(el, 'u1'), 'the replace button')
      await open(el, 'u1')
      const timeBound = form(el)!.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="schedule"]')[1]!
      expect(timeBound.checked, 'time-bound').to.equal(true)
      expect(field(el, 'start')!.value).to.equal(schedule.starts_at ? '2030-01-10T09:00' : '')
      expect(field(el, 'end')!.value).to.equal(schedule.ends_at ? '2030-01-12T09:00' : '')
    })
  }
})

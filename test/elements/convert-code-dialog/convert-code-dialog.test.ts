import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing'
import { emulateMedia, sendKeys } from '@web/test-runner-commands'
import fc from 'fast-check'
import type { UnmanagedAccessCode } from '@seamapi/types/connect'
import '../../../src/elements/convert-code-dialog/define.js'
import '../../../src/elements/unmanaged-code-list/define.js'
import type { ConvertCodeDialog } from '../../../src/elements/convert-code-dialog/convert-code-dialog.js'
import { SeamApiError, SeamError } from '../../../src/api/errors.js'
import { resetSessions } from '../../../src/state/registry.js'
import { registerCatalog } from '../../../src/catalog/index.js'
import { sessionMember } from '../../../src/ui/controllers/session-members.js'
import { CODES, DEMO, backendRequests, configureBackend, injectFaults, resetBackend } from '../../helpers/backend.js'
import { fakeTimers, passTime, untilReal, type FakeClock } from '../../helpers/fake-timers.js'
import { assertSafe, collectUncaught, hostileCode } from '../../helpers/hostile-payloads.js'
import { quickClient, requestCount } from '../../helpers/quick-client.js'
import { stubClient, unmanagedCode } from '../../helpers/stub-client.js'
import { skipWithoutMediaEmulation } from '../../support/engine.js'



const part = (d: ConvertCodeDialog, name: string) => d.shadowRoot!.querySelector<HTMLElement>(`[part=${name}]`)!

describe('<convert-code-dialog>', () => {
  let clock: FakeClock | undefined
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
    await configureBackend({ delayMs: 100 })
  })
  afterEach(() => {
    clock?.restore()
    clock = undefined
  })

  it('opens modally, moves focus in, closes on Escape and Cancel and returns focus to the trigger', async () => {
    const root = await fixture(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
      <button id="trigger">Open</button>
      <convert-code-dialog access-code-id=${CODES['unmanagedFront1']}></convert-code-dialog>
    </seam-provider>`)
    const trigger = root.querySelector<HTMLButtonElement>('#trigger')!
    const dialog = root.querySelector('convert-code-dialog')!
    trigger.focus()
    dialog.show()
    await waitUntil(() => part(dialog, 'confirm-button') && !part(dialog, 'confirm-button').hasAttribute('disabled'))
    const native = part(dialog, 'dialog') as HTMLDialogElement
    expect(native.open).to.equal(true)
    expect(native.matches(':modal')).to.equal(true)
    expect(dialog.shadowRoot!.activeElement).to.exist
    expect(dialog.open).to.equal(true)
    native.dispatchEvent(new Event('cancel'))
    native.close()
    await oneEvent(dialog, 'close')
    expect(dialog.open).to.equal(false)
    expect(document.activeElement).to.equal(trigger)

    dialog.show()
    await dialog.updateComplete
    part(dialog, 'cancel-button').click()
    const close = await oneEvent(dialog, 'close')
    expect(document.activeElement).to.equal(trigger)
    // As every event of the kit (CONTRACT: CustomEvents that bubble and are composed).
    expect([close instanceof CustomEvent, close.bubbles, close.composed]).to.deep.equal([true, true, true])
  })

  it('shows name, PIN, device and schedule, the external-changes choice, and force when management was transferred', async () => {
    const root = await fixture(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
      <convert-code-dialog access-code-id=${CODES['unmanagedFrontTransferred']} allow-external-modification></convert-code-dialog>
    </seam-provider>`)
    const dialog = root.querySelector('convert-code-dialog')!
    dialog.show()
    await waitUntil(() => dialog.shadowRoot!.textContent!.includes('Front door'), 'device name shown')
    const text = dialog.shadowRoot!.textContent!
    expect(text).to.include('Previous manager').and.include('9911').and.include('Ongoing')
    const boxes = dialog.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')
    expect(boxes).to.have.length(2)
    expect(boxes[0]!.checked).to.equal(true)
    expect(text).to.match(/Another Seam workspace manages this code/)
    await expect(dialog).to.be.accessible()
  })

  it('sends one request on a double click and says when the conversion is still pending', async () => {
    await configureBackend({ stallConversions: true })
    const time = (clock = fakeTimers())
    const root = await fixture(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
      <convert-code-dialog access-code-id=${CODES['unmanagedFront1']} pending-after="500"></convert-code-dialog>
    </seam-provider>`)
    const dialog = root.querySelector('convert-code-dialog')!
    dialog.show()
    await untilReal(time, () => !part(dialog, 'confirm-button')?.hasAttribute('disabled'), 'code loaded')
    part(dialog, 'confirm-button').click()
    part(dialog, 'confirm-button').click()
    await dialog.updateComplete
    expect(part(dialog, 'confirm-button').hasAttribute('disabled')).to.equal(true)
    // The region inside the modal: the one beside it is for what is said once it closed.
    const live = dialog.shadowRoot!.querySelectorAll('dialog [aria-live=polite]')
    expect(live).to.have.length(1)
    await untilReal(time, () => /Converting/.test(live[0]!.textContent!), 'converting announced')
    const pending = () => /taking longer than usual/.test(dialog.shadowRoot!.textContent!)
    time.tick(499)
    await dialog.updateComplete
    expect(pending(), 'not before pending-after').to.equal(false)
    time.tick(1)
    await untilReal(time, pending, 'pending shown')
    await untilReal(time, () => /taking longer than usual/.test(live[0]!.textContent!), 'pending announced')
    // On fake time the backend may not have logged the request yet.
    await untilReal(time, async () => (await requestCount('/access_codes/unmanaged/convert_to_managed')) > 0, 'conversion sent')
    expect((await backendRequests()).filter((r) => r === '/access_codes/unmanaged/convert_to_managed')).to.have.length(1)
    time.restore()
    clock = undefined
    await expect(dialog).to.be.accessible()
  })

  it('a host client that throws a plain Error: seam-error still carries a typed error, its cause the original', async () => {
    const code = unmanagedCode({ access_code_id: 'u1', name: 'Guest' })
    const stub = stubClient({ unmanaged: [code] })
    const thrown = new Error('proxy refused')
    stub.fail('unmanaged.convertToManaged', thrown)
    const dialog = await fixture<ConvertCodeDialog>(html`<convert-code-dialog .client=${stub.client}></convert-code-dialog>`)
    dialog.show(code)
    await dialog.updateComplete
    const heard = oneEvent(dialog, 'seam-error')
    part(dialog, 'confirm-button').click()
    const { error } = (await heard).detail
    expect(error).to.be.instanceOf(SeamError)
    expect(error.kind).to.equal('unexpected')
    expect(error.cause).to.equal(thrown)
    await dialog.updateComplete
    expect(dialog.shadowRoot!.textContent).to.include('The conversion could not be started')
  })

  it('shows an HTTP error on the convert call with a retry, and keeps the code unmanaged', async () => {
    const code = unmanagedCode({ access_code_id: 'u1', name: 'Guest' })
    const stub = stubClient({ unmanaged: [code] })
    stub.fail('unmanaged.convertToManaged', new SeamApiError({ status: 409, type: 'conflict', message: 'The lock is busy.' }))
    const dialog = await fixture<ConvertCodeDialog>(html`<convert-code-dialog .client=${stub.client}></convert-code-dialog>`)
    dialog.show(code)
    await dialog.updateComplete
    const error = oneEvent(dialog, 'seam-error')
    part(dialog, 'confirm-button').click()
    expect((await error).detail.error.message).to.equal('The lock is busy.')
    await dialog.updateComplete
    expect(dialog.shadowRoot!.textContent).to.match(/could not be started: The lock is busy/)
    expect(stub.db.unmanaged).to.have.length(1)
    const time = (clock = fakeTimers())
    let converted: string | undefined
    dialog.addEventListener('unmanaged-code-converted', (e) => (converted = e.detail.accessCode.access_code_id), { once: true })
    part(dialog, 'confirm-button').click()
    // The conversion is followed on the page's timers: move them on.
    await passTime(time, () => converted, 'converted')
    expect(converted).to.equal('u1')
    expect(stub.calls['unmanaged.convertToManaged']).to.equal(2)
  })
  it('a conversion Seam has not finished by the deadline offers "Check again", never a second conversion', async () => {
    const code = unmanagedCode({ access_code_id: 'u1', name: 'Guest' })
    const stub = stubClient({ unmanaged: [code] })
    // Seam takes the conversion and never finishes it: the code stays unmanaged, no event comes.
    stub.client.accessCodes.unmanaged.convertToManaged = async () => ((stub.calls['unmanaged.convertToManaged'] = (stub.calls['unmanaged.convertToManaged'] ?? 0) + 1), null)
    const dialog = await fixture<ConvertCodeDialog>(html`<convert-code-dialog .client=${stub.client}></convert-code-dialog>`)
    dialog.show(code)
    await dialog.updateComplete
    const time = (clock = fakeTimers())
    part(dialog, 'confirm-button').click()
    const check = () => dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=check-button]')
    // Past the 15 minutes the store follows a conversion.
    await passTime(time, check, '"Check again"', { step: 30_000 })
    expect(dialog.shadowRoot!.querySelector('[part=confirm-button]'), 'no "Try again"').to.equal(null)
    expect(dialog.shadowRoot!.querySelector('.failure')!.textContent).to.match(/has not said yet whether the code was converted/)
    const asked = stub.calls['unmanaged.get'] ?? 0
    check()!.click()
    await dialog.updateComplete
    await passTime(time, () => (stub.calls['unmanaged.get'] ?? 0) > asked && check(), 'asked Seam; "Check again" again, as Seam still has not told', { step: 30_000 })
    expect(stub.calls['unmanaged.convertToManaged'], 'sent once').to.equal(1)
  })
})

describe('<convert-code-dialog> and the store', () => {
  afterEach(() => resetSessions())

  it('loads a code given by id through the store\'s cache, once, and only while open', async () => {
    const code = unmanagedCode({ access_code_id: 'u1', name: 'Guest' })
    const stub = stubClient({ unmanaged: [code] })
    const dialog = await fixture<ConvertCodeDialog>(html`<convert-code-dialog .client=${stub.client} access-code-id="u1"></convert-code-dialog>`)
    expect(stub.calls['unmanaged.get']).to.equal(undefined)
    dialog.show()
    await waitUntil(() => dialog.shadowRoot!.textContent!.includes('Guest'), 'code shown')
    expect(dialog.sessionStore!.unmanagedCode('u1').state.data).to.deep.equal(code)
    await waitUntil(() => dialog.shadowRoot!.textContent!.includes('Front door'), 'device shown')
    dialog.close()
    await dialog.updateComplete
    dialog.show()
    await dialog.updateComplete
    expect(dialog.shadowRoot!.textContent).to.include('Guest')
    expect(stub.calls['unmanaged.get']).to.equal(1)
    expect(stub.calls['devices.get']).to.equal(1)
  })

  it('says why a code it was asked for could not be loaded, and tells the page (seam-error)', async () => {
    const stub = stubClient()
    const dialog = await fixture<ConvertCodeDialog>(html`<convert-code-dialog .client=${stub.client}></convert-code-dialog>`)
    const heard: unknown[] = []
    dialog.addEventListener('seam-error', (e) => heard.push((e as CustomEvent).detail.error))
    dialog.show('missing')
    await waitUntil(() => dialog.shadowRoot!.querySelector('#body [role=alert]'), 'failure shown')
    expect(dialog.shadowRoot!.querySelector('#body [role=alert]')!.textContent).to.equal('Not found')
    expect(part(dialog, 'confirm-button').hasAttribute('disabled')).to.equal(true)
    expect(heard).to.have.length(1)
    expect(heard[0]).to.be.instanceOf(SeamApiError).and.include({ status: 404 })
  })

  it('a lock that could not be loaded: its times in the browser’s zone, said so, and seam-error', async () => {
    const stub = stubClient({ unmanaged: [unmanagedCode({ access_code_id: 'u1', name: 'Guest' })] })
    const down = new SeamApiError({ status: 503, type: 'service_unavailable', message: 'down' })
    stub.fail('devices.get', down)
    const dialog = await fixture<ConvertCodeDialog>(html`<convert-code-dialog .client=${stub.client} locale="en-GB"></convert-code-dialog>`)
    const heard: unknown[] = []
    dialog.addEventListener('seam-error', (e) => heard.push((e as CustomEvent).detail.error))
    dialog.show('u1')
    await waitUntil(() => dialog.shadowRoot!.querySelector('.zone'), 'the note on the zone')
    expect(dialog.shadowRoot!.querySelector('.zone')!.textContent).to.include('the lock’s could not be loaded')
    expect(heard).to.deep.equal([down])
    // Asked again on request: the lock answers, the note goes (the stub's lock is in the browser's zone).
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('.zone button')!.click()
    await waitUntil(() => !dialog.shadowRoot!.querySelector('.zone') && dialog.shadowRoot!.textContent!.includes('Front door'), 'the lock loaded')
  })

  it('offers itself to its session while connected', async () => {
    const { client } = stubClient()
    const provider = await fixture(html`<seam-provider .client=${client}><convert-code-dialog></convert-code-dialog></seam-provider>`)
    const dialog = provider.querySelector('convert-code-dialog')!
    await dialog.updateComplete
    expect(sessionMember(dialog.sessionStore, 'convert-code-dialog')).to.equal(dialog)
    dialog.remove()
    expect(sessionMember(dialog.sessionStore, 'convert-code-dialog')).to.equal(undefined)
  })
})

describe('<convert-code-dialog> edge cases', () => {
  let clock: FakeClock | undefined
  afterEach(() => {
    clock?.restore()
    clock = undefined
    resetSessions()
  })

  it('the dialog reopened for another code mid-conversion shows that code afresh; the first outcome still reaches the page', async () => {
    const a = unmanagedCode({ access_code_id: 'a', name: 'First' })
    const b = unmanagedCode({ access_code_id: 'b', name: 'Second' })
    const stub = stubClient({ unmanaged: [a, b] })
    let finishA!: () => void
    const real = stub.client.accessCodes.unmanaged.convertToManaged
    stub.client.accessCodes.unmanaged.convertToManaged = (p, o) =>
      p.access_code_id === 'a' ? new Promise((r) => (finishA = () => r(real(p, o)))) : real(p, o)
    const dialog = await fixture<ConvertCodeDialog>(html`<convert-code-dialog .client=${stub.client}></convert-code-dialog>`)
    dialog.show(a)
    await dialog.updateComplete
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click()
    await dialog.updateComplete
    dialog.close()
    dialog.show(b)
    await dialog.updateComplete
    const confirm = dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!
    expect(confirm.disabled).to.equal(false)
    expect(dialog.shadowRoot!.textContent).to.include('Second')
    const time = (clock = fakeTimers())
    let convertedA: string | undefined
    dialog.addEventListener('unmanaged-code-converted', (e) => (convertedA = e.detail.accessCode.access_code_id), { once: true })
    finishA()
    // The conversion is followed on the page's timers: move them on.
    await passTime(time, () => convertedA, 'first outcome')
    expect(convertedA).to.equal('a')
    await dialog.updateComplete
    expect(dialog.shadowRoot!.textContent).not.to.match(/now managed/)
  })


  it('an outcome that comes after the dialog was closed is said outside it (a closed dialog is not rendered)', async () => {
    const code = unmanagedCode({ access_code_id: 'u1' })
    const stub = stubClient({ unmanaged: [code] })
    let finish: (() => void) | undefined
    const real = stub.client.accessCodes.unmanaged.convertToManaged
    stub.client.accessCodes.unmanaged.convertToManaged = async (p, o) => (await new Promise<void>((r) => (finish = r)), real(p, o))
    const dialog = await fixture<ConvertCodeDialog>(html`<convert-code-dialog .client=${stub.client}></convert-code-dialog>`)
    dialog.show(code)
    await dialog.updateComplete
    part(dialog, 'confirm-button').click()
    await waitUntil(() => finish, 'sent')
    dialog.close()
    await dialog.updateComplete
    finish!()
    const outside = () => [...dialog.shadowRoot!.querySelectorAll('[aria-live=polite]')].find((r) => !r.closest('dialog'))
    await waitUntil(() => /now managed by Seam/.test(outside()?.textContent ?? ''), 'said outside the closed dialog', { timeout: 5000 })
  })

  it('the reasons of a failed conversion follow a change of language, as the words around them do', async () => {
    const { code, stub } = failingConversion()
    registerCatalog('x-reasons', { issues: { duplicate_code_on_device: { title: 'PIN en double', explanation: 'Deux codes ont ce PIN.', action: 'Changez le PIN.' } } })
    const dialog = await fixture<ConvertCodeDialog>(html`<convert-code-dialog locale="en" .client=${stub.client}></convert-code-dialog>`)
    dialog.show(code)
    await dialog.updateComplete
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click()
    const reasons = () => dialog.shadowRoot!.querySelector('.reasons')?.textContent ?? ''
    await waitUntil(() => reasons() !== '', 'failure with reasons', { timeout: 5000 })
    expect(reasons()).to.not.include('PIN en double')
    dialog.locale = 'x-reasons'
    await dialog.updateComplete
    expect(reasons()).to.include('PIN en double')
  })

  it('Escape on an explanation inside the dialog closes the explanation, not the dialog', async () => {
    const { code, stub } = failingConversion()
    const dialog = await fixture<ConvertCodeDialog>(html`<convert-code-dialog .client=${stub.client}></convert-code-dialog>`)
    dialog.show(code)
    await dialog.updateComplete
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click()
    await waitUntil(() => dialog.shadowRoot!.querySelector('[part~=issue]'), 'failure with reasons', { timeout: 5000 })
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~=issue]')!.focus()
    await waitUntil(() => dialog.shadowRoot!.querySelector('[part=explanation]')!.textContent!.includes('What you can do'))
    await sendKeys({ press: 'Escape' })
    await dialog.updateComplete
    expect(dialog.shadowRoot!.querySelector('[part=explanation]')!.textContent!.trim()).to.equal('')
    expect(dialog.open).to.equal(true)
    await sendKeys({ press: 'Escape' })
    await waitUntil(() => !dialog.open, 'a second Escape closes the dialog')
  })
})

/** A code whose conversion Seam takes and then fails: a duplicate PIN on the lock. */
function failingConversion() {
  const code = unmanagedCode({ access_code_id: 'u1' })
  const stub = stubClient({ unmanaged: [code] })
  stub.client.accessCodes.unmanaged.convertToManaged = async () => null
  stub.client.events.list = async () =>
    [{ event_id: 'e1', event_type: 'access_code.unmanaged.failed_to_convert_to_managed', access_code_id: 'u1', created_at: new Date().toISOString(), access_code_errors: [{ error_code: 'duplicate_code_on_device', message: 'dup' }] }] as never
  return { code, stub }
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`<convert-code-dialog> under axe in every state, ${scheme} scheme`, () => {
    let clock: FakeClock | undefined
    before(async function () {
      if (scheme === 'dark') await skipWithoutMediaEmulation(this)
      await emulateMedia({ colorScheme: scheme })
    })
    after(() => emulateMedia({ colorScheme: 'light' }))
    beforeEach(async () => {
      resetSessions()
      await resetBackend()
    })
    afterEach(() => {
      clock?.restore()
      clock = undefined
    })

    it('confirm with force, converted, failed, request failed', async () => {
      const code = unmanagedCode({ access_code_id: 'u1', warnings: [{ warning_code: 'management_transferred', message: 'm', created_at: '' } as never] })
      const outcomes = [
        () => {},
        (s: ReturnType<typeof stubClient>) => s.fail('unmanaged.convertToManaged', new SeamApiError({ status: 409, type: 'x', message: 'Busy.' })),
      ]
      for (const setup of outcomes) {
        const stub = stubClient({ unmanaged: [code] })
        setup(stub)
        const el = await fixture<ConvertCodeDialog>(html`<convert-code-dialog .client=${stub.client}></convert-code-dialog>`)
        el.show(code)
        await el.updateComplete
        await expect(el).to.be.accessible()
        // The conversion is followed on the page's timers: the stub answers
        // at once, the test moves them on (and back to real ones for axe).
        const time = (clock = fakeTimers())
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click()
        await passTime(time, () => /now managed|could not be started/.test(el.shadowRoot!.textContent!), 'outcome')
        time.restore()
        clock = undefined
        await expect(el).to.be.accessible()
        el.close()
      }
      const failing = await fixture(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
        <convert-code-dialog access-code-id=${CODES['unmanagedCabin']}></convert-code-dialog>
      </seam-provider>`)
      const dialog = failing.querySelector<ConvertCodeDialog>('convert-code-dialog')!
      dialog.show()
      await waitUntil(() => dialog.shadowRoot!.querySelector('[part=confirm-button]:not([disabled])'), 'ready')
      dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click()
      await waitUntil(() => /could not be converted/.test(dialog.shadowRoot!.textContent!), 'failed', { timeout: 8000 })
      await expect(dialog).to.be.accessible()
    })
  })
}

describe('<convert-code-dialog> when Seam fails (the real client, faults injected)', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
    await configureBackend({ delayMs: 100 })
  })
  afterEach(() => injectFaults([]))

  it('a conversion whose answer is lost is sent once and its outcome still reaches the page', async () => {
    await injectFaults([{ path: '/access_codes/unmanaged/convert_to_managed', drop: 'after', times: 1 }])
    const provider = await fixture(html`<seam-provider .client=${quickClient()}>
      <unmanaged-code-list device-id=${DEMO.devices.august}></unmanaged-code-list>
      <convert-code-dialog></convert-code-dialog>
    </seam-provider>`)
    const dialog = provider.querySelector<ConvertCodeDialog>('convert-code-dialog')!
    dialog.show(CODES['unmanagedFront1']!)
    await waitUntil(() => dialog.shadowRoot!.querySelector('[part=confirm-button]:not([disabled])'), 'ready', { timeout: 5000 })
    const converted = oneEvent(provider, 'unmanaged-code-converted')
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click()
    expect((await converted).detail.accessCode.access_code_id).to.equal(CODES['unmanagedFront1'])
    expect(await requestCount('/access_codes/unmanaged/convert_to_managed')).to.equal(1)
  })

  it('a conversion refused with 503 is not reported as done, keeps the code unmanaged, and is sent once', async () => {
    await injectFaults([{ path: '/access_codes/unmanaged/convert_to_managed', status: 503, times: 1 }])
    const provider = await fixture(html`<seam-provider .client=${quickClient()}><convert-code-dialog></convert-code-dialog></seam-provider>`)
    const dialog = provider.querySelector<ConvertCodeDialog>('convert-code-dialog')!
    let converted = false
    provider.addEventListener('unmanaged-code-converted', () => (converted = true))
    dialog.show(CODES['unmanagedFront1']!)
    await waitUntil(() => dialog.shadowRoot!.querySelector('[part=confirm-button]:not([disabled])'), 'ready', { timeout: 5000 })
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click()
    await waitUntil(() => /could not be started/.test(dialog.shadowRoot!.textContent!), 'failure shown', { timeout: 5000 })
    expect(converted).to.equal(false)
    expect(await requestCount('/access_codes/unmanaged/convert_to_managed')).to.equal(1)
    expect(dialog.shadowRoot!.querySelector('[part=confirm-button]')!.textContent).to.match(/Try again/)
    // What Seam's support will ask for.
    expect(dialog.shadowRoot!.textContent).to.match(/request id shim_req_\d+/)
  })
})

describe('<convert-code-dialog> with hostile payloads (fast-check)', () => {
  collectUncaught()
  afterEach(() => resetSessions())

  it('shows any code it is given', async () => {
    const el = await fixture<ConvertCodeDialog>(html`<convert-code-dialog .client=${stubClient().client}></convert-code-dialog>`)
    await fc.assert(
      fc.asyncProperty(hostileCode, async (c) => {
        el.show(c as unknown as UnmanagedAccessCode)
        await el.updateComplete
        assertSafe(el.shadowRoot!, c)
        el.close()
        await el.updateComplete
      }),
      { numRuns: 1000 },
    )
  })
})

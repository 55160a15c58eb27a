import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing'
import '../../src/elements/convert-code-dialog/define.js'
import type { ConvertCodeDialog } from '../../src/elements/convert-code-dialog/convert-code-dialog.js'
import { SeamApiError } from '../../src/api/errors.js'
import { resetSessions } from '../../src/state/registry.js'
import { CODES, DEMO, backendRequests, configureBackend, resetBackend } from '../helpers/backend.js'
import { stubClient, unmanagedCode } from '../helpers/stub-client.js'

const part = (d: ConvertCodeDialog, name: string) => d.shadowRoot!.querySelector<HTMLElement>(`[part=${name}]`)!

describe('<convert-code-dialog>', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
    await configureBackend({ delayMs: 100 })
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
    await oneEvent(dialog, 'close')
    expect(document.activeElement).to.equal(trigger)
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
    const root = await fixture(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
      <convert-code-dialog access-code-id=${CODES['unmanagedFront1']} pending-after="500"></convert-code-dialog>
    </seam-provider>`)
    const dialog = root.querySelector('convert-code-dialog')!
    dialog.show()
    await waitUntil(() => !part(dialog, 'confirm-button')?.hasAttribute('disabled'))
    part(dialog, 'confirm-button').click()
    part(dialog, 'confirm-button').click()
    await dialog.updateComplete
    expect(part(dialog, 'confirm-button').hasAttribute('disabled')).to.equal(true)
    const live = dialog.shadowRoot!.querySelectorAll('[aria-live=polite]')
    expect(live).to.have.length(1)
    await waitUntil(() => /Converting/.test(live[0]!.textContent!), 'converting announced')
    await waitUntil(() => /taking longer than usual/.test(dialog.shadowRoot!.textContent!), 'pending shown', { timeout: 5000 })
    await waitUntil(() => /taking longer than usual/.test(live[0]!.textContent!), 'pending announced')
    expect((await backendRequests()).filter((r) => r === '/access_codes/unmanaged/convert_to_managed')).to.have.length(1)
    await expect(dialog).to.be.accessible()
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
    const converted = oneEvent(dialog, 'unmanaged-code-converted')
    part(dialog, 'confirm-button').click()
    expect((await converted).detail.accessCode.access_code_id).to.equal('u1')
    expect(stub.calls['unmanaged.convertToManaged']).to.equal(2)
  })
})

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import '../../src/index.js'
import type { AccessCodeTable } from '../../src/elements/access-code-table/access-code-table.js'
import type { UnmanagedCodeList } from '../../src/elements/unmanaged-code-list/unmanaged-code-list.js'
import { resetSessions } from '../../src/state/registry.js'
import { CODES, DEMO, configureBackend, resetBackend } from '../helpers/backend.js'

/** The element that really has focus, through shadow roots. */
function focused(): Element | null {
  let el = document.activeElement
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
  return el
}

describe('keyboard only', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
    await configureBackend({ delayMs: 100 })
  })

  it('table: finds a code by search, reads its explanation, sorts, selects and deletes it', async () => {
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
    setTimeout(() => void sendKeys({ press: 'Enter' }))
    expect((await oneEvent(el, 'access-code-selected')).detail.accessCode.access_code_id).to.equal(CODES['withErrors'])

    await sendKeys({ press: 'Tab' }) // copy
    await sendKeys({ press: 'Tab' }) // first issue chip
    expect(focused()!.getAttribute('part')).to.equal('issue')
    await waitUntil(() => root.querySelector('[part=explanation]')!.textContent!.includes('What you can do'))
    await sendKeys({ press: 'Escape' })
    await el.updateComplete
    expect(root.querySelector('[part=explanation]')!.textContent!.trim()).to.equal('')

    await sendKeys({ press: 'Tab' })
    await sendKeys({ press: 'Tab' })
    await sendKeys({ press: 'Tab' }) // past the three chips to delete
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

  it('list: converts an unmanaged code with the dialog and returns focus; Escape closes it', async () => {
    const provider = await fixture(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
      <unmanaged-code-list device-id=${DEMO.devices.august}></unmanaged-code-list>
    </seam-provider>`)
    const el = provider.querySelector<UnmanagedCodeList>('unmanaged-code-list')!
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=row] button.primary'), 'rows', { timeout: 10000 })
    const convert = el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-id="${CODES['unmanagedFront1']}"] button.primary`)!
    convert.focus()
    await sendKeys({ press: 'Enter' })
    const dialog = el.shadowRoot!.querySelector('convert-code-dialog')!
    await waitUntil(() => dialog.shadowRoot!.querySelector('dialog')?.open)
    expect(dialog.shadowRoot!.contains(focused())).to.equal(true)
    await sendKeys({ press: 'Escape' })
    await waitUntil(() => !dialog.open)
    expect(focused()).to.equal(convert)

    await sendKeys({ press: 'Enter' })
    await waitUntil(() => !dialog.shadowRoot!.querySelector('[part=confirm-button]')?.hasAttribute('disabled'))
    // Tab to the confirm button and press it.
    for (let i = 0; i < 5 && focused()?.getAttribute('part') !== 'confirm-button'; i++) await sendKeys({ press: 'Tab' })
    expect(focused()!.getAttribute('part')).to.equal('confirm-button')
    const converted = oneEvent(provider, 'unmanaged-code-converted')
    await sendKeys({ press: 'Enter' })
    expect((await converted).detail.accessCode.access_code_id).to.equal(CODES['unmanagedFront1'])
    await dialog.updateComplete
    expect(focused()!.getAttribute('part')).to.equal('cancel-button')
  })
})

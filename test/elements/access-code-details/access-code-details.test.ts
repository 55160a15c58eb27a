import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import sinon from 'sinon'
import type { AccessCode } from '@seamapi/types/connect'
import type { AccessCodeDetails } from '../../../src/elements/access-code-details/access-code-details.js'
import type { AccessCodeForm } from '../../../src/elements/access-code-form/access-code-form.js'
import { OutcomeUnknownError, SeamApiError, type SessionStore } from '../../../src/state/index.js'
import { resetSessions } from '../../../src/state/registry.js'
import { CODES, DEMO, HISTORY, backendRequests, configureBackend, injectFaults, resetBackend } from '../../helpers/backend.js'
import { managedCode, stubClient } from '../../helpers/stub-client.js'
import { offlineClient, pendingClient } from '../../helpers/held-clients.js'
import { allInDetails, events, focused, inDetails, loaded, mountDetails, text } from './helpers.js'

const facts = (el: AccessCodeDetails) => text(inDetails(el, 'dl.facts'))
const button = (el: AccessCodeDetails, part: string) => inDetails<HTMLButtonElement>(el, `[part~=${part}]`)

describe('<access-code-details>', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
  })

  it('shows everything the row shows, plus the identifier, the lock, when it was created and whether changes outside Seam are kept', async () => {
    const el = await mountDetails(CODES['ongoingSet']!)
    expect(text(inDetails(el, 'h2'))).to.equal('Cleaner — weekly')
    expect(text(inDetails(el, 'header'))).to.include('Backup code available').and.include('Changes outside Seam allowed')
    const f = facts(el)
    expect(f).to.include('4821').and.include('Ongoing').and.include('Set').and.include('On the lock and working.')
    expect(f).to.include(CODES['ongoingSet']).and.include('Front door')
    expect(f).to.match(/Created\s*\d+ \w+ \d{4}, \d\d:\d\d · (last month|\d+ weeks ago)/)
    expect(f).to.match(/Changes made outside Seam\s*Kept/)
    await expect(el).to.be.accessible()
  })

  const statuses: [string, string, string][] = [
    ['setting', CODES['setting']!, 'Setting'],
    ['set', CODES['presentSet']!, 'Set'],
    ['unset', CODES['futureUnset']!, 'Not set'],
    ['removing', CODES['pastRemoving']!, 'Removing'],
    ['unknown', CODES['unknown']!, 'Unknown'],
  ]
  for (const [status, id, words] of statuses) {
    it(`shows a code that is ${status}, in words`, async () => {
      const el = await mountDetails(id)
      expect(inDetails(el, '[part~=status]')!.className).to.include(`status-${status}`)
      expect(text(inDetails(el, '[part~=status]'))).to.include(words)
      await expect(el).to.be.accessible()
    })
  }

  it('explains every error and warning, with the remedy that acts', async () => {
    const el = await mountDetails(CODES['withErrors']!)
    const chips = allInDetails(el, '[part~=issue]')
    expect(chips.map(text)).to.have.length(3)
    chips[0]!.focus()
    await waitUntil(() => text(inDetails(el, '[part~=explanation]')).includes('What you can do'))
    expect(inDetails(el, '[part~=explanation] [data-remedy=edit]')).to.not.equal(null)
    await expect(el).to.be.accessible()
    const warned = await mountDetails(CODES['withWarnings']!)
    expect(allInDetails(warned, '[part~=issue].warning')).to.have.length(2)
    await expect(warned).to.be.accessible()
  })

  it('an open explanation lets the details settle: each render builds its issues afresh, and that asks for no render more', async () => {
    const el = await mountDetails(CODES['withErrors']!)
    // Counted, and cut off past any fair number: a render loop runs on
    // microtasks, so no test timeout could end it; this makes it fail instead.
    let renders = 0
    const update = Object.getPrototypeOf(el).update as (this: typeof el, changed: Map<PropertyKey, unknown>) => void
    Object.defineProperty(el, 'update', {
      configurable: true,
      value(this: typeof el, changed: Map<PropertyKey, unknown>) {
        if (++renders > 50) throw new Error('the details render again and again')
        update.call(this, changed)
      },
    })
    inDetails(el, '[part~=issue]')!.focus()
    await waitUntil(() => renders > 50 || text(inDetails(el, '[part~=explanation]')).includes('What you can do'))
    await el.updateComplete.catch(() => {})
    const opening = renders
    el.requestUpdate()
    await el.updateComplete.catch(() => {})
    Reflect.deleteProperty(el, 'update')
    expect(opening, 'renders to open the explanation').to.be.at.most(5)
    expect(renders - opening, 'renders after one request').to.be.at.most(2)
    expect(text(inDetails(el, '[part~=explanation]'))).to.include('What you can do')
    expect(inDetails(el, '[part~=issue]')!.getAttribute('aria-expanded'), 'its chip says it is open').to.equal('true')
    expect(inDetails(el, '[part~=explanation] [data-remedy=edit]'), 'with its remedy').to.not.equal(null)
  })

  it('a remedy only the page can carry out fires seam-remedy; nobody taking it over is said', async () => {
    const el = await mountDetails(CODES['unknown']!)
    inDetails(el, '[part~=issue]')!.focus()
    await waitUntil(() => inDetails(el, '[part~=explanation] [data-remedy=host]'))
    const fired = oneEvent(el, 'seam-remedy')
    inDetails<HTMLButtonElement>(el, '[part~=explanation] [data-remedy=host]')!.click()
    const { detail } = await fired
    expect(detail.issue.code).to.equal('account_disconnected')
    expect(detail.accessCode.access_code_id).to.equal(CODES['unknown'])
    await el.updateComplete
    expect(text(inDetails(el, '.remedy-note'))).to.include('This page cannot do this for you.')
  })

  it('shows HTML in a name as text', async () => {
    const el = await mountDetails(CODES['htmlName']!)
    expect(text(inDetails(el, 'h2'))).to.equal('<img src=x onerror="window.__pwned=1">Owner <b>bold</b>')
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null)
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined)
  })

  it('copies the PIN', async () => {
    const write = sinon.stub(navigator.clipboard, 'writeText').resolves()
    try {
      const el = await mountDetails(CODES['presentSet']!)
      inDetails<HTMLButtonElement>(el, 'button.copy')!.click()
      await waitUntil(() => inDetails(el, 'button.copy')!.getAttribute('title') === 'Copied')
      expect(write).to.have.been.calledOnceWith('1059')
    } finally {
      write.restore()
    }
  })

  it('says so when the clipboard refuses the PIN, on the button and aloud', async () => {
    const write = sinon.stub(navigator.clipboard, 'writeText').rejects(new DOMException('Write permission denied.', 'NotAllowedError'))
    try {
      const el = await mountDetails(CODES['presentSet']!)
      inDetails<HTMLButtonElement>(el, 'button.copy')!.click()
      const refused = 'Could not copy: the code is selected, copy it yourself'
      await waitUntil(() => inDetails(el, 'button.copy')!.getAttribute('title') === refused)
      expect([...el.shadowRoot!.querySelectorAll('[aria-live=polite]')].map((n) => n.textContent)).to.include(refused)
    } finally {
      write.restore()
      getSelection()?.removeAllRanges()
    }
  })

  it('edits in its own modal dialog; the form\'s access-code-updated bubbles out, and the code is followed while Seam sets it', async () => {
    await configureBackend({ delayMs: 300 })
    const el = await mountDetails(CODES['parisOngoing']!, { 'poll-interval': '60000' })
    const heard: string[] = []
    el.addEventListener('access-code-edit', () => heard.push('edit'))
    button(el, 'edit-button')!.focus()
    button(el, 'edit-button')!.click()
    const dialog = () => inDetails<HTMLDialogElement>(el, 'dialog[part~=dialog]')
    const form = () => inDetails<AccessCodeForm>(el, 'access-code-form')!
    await waitUntil(() => dialog()?.open && form()?.shadowRoot?.querySelector<HTMLInputElement>('#name'), 'the form', { timeout: 10000 })
    expect(dialog()!.matches(':modal')).to.equal(true)
    expect(heard).to.deep.equal(['edit'])
    await expect(el).to.be.accessible()
    const name = form().shadowRoot!.querySelector<HTMLInputElement>('#name')!
    name.value = 'Ménage du lundi'
    name.dispatchEvent(new Event('input'))
    await form().updateComplete
    const updated = oneEvent(el, 'access-code-updated')
    form().shadowRoot!.querySelector<HTMLButtonElement>('[part=submit-button]')!.click()
    expect((await updated).detail.accessCode.name).to.equal('Ménage du lundi')
    await waitUntil(() => dialog() === null, 'the dialog closes')
    expect(focused()).to.equal(button(el, 'edit-button'))
    expect(text(inDetails(el, 'h2'))).to.equal('Ménage du lundi')
    // Setting: polled at the busy pace (not the minute asked for), so "set" and its event arrive.
    await waitUntil(() => events(el)[0]?.dataset['type'] === 'access_code.set_on_device', 'the set event', { timeout: 15000 })
    await waitUntil(() => inDetails(el, '[part~=status]')!.className.includes('status-set'), 'set', { timeout: 15000 })
    expect(events(el).map((e) => e.dataset['type'])).to.include('access_code.changed')
  })

  it('a page that cancels access-code-edit opens its own form instead', async () => {
    const el = await mountDetails(CODES['parisOngoing']!)
    el.addEventListener('access-code-edit', (e) => e.preventDefault())
    const fired = oneEvent(el, 'access-code-edit')
    button(el, 'edit-button')!.click()
    expect((await fired).detail).to.deep.include({ field: 'name' })
    await el.updateComplete
    expect(inDetails(el, 'dialog')).to.equal(null)
  })

  it('deletes after asking, follows the deletion to its end, and says the code is gone', async () => {
    await configureBackend({ delayMs: 200 })
    const el = await mountDetails(CODES['presentSet']!)
    button(el, 'delete-button')!.click()
    await el.updateComplete
    expect(text(inDetails(el, '.confirm'))).to.include('Delete “Guest: María José” from the lock?')
    expect((await backendRequests()).filter((r) => r === '/access_codes/delete')).to.have.length(0)
    await expect(el).to.be.accessible()
    const deleted = oneEvent(el, 'access-code-deleted')
    inDetails<HTMLButtonElement>(el, '.confirm button.danger')!.click()
    await el.updateComplete
    expect(text(inDetails(el, '.actions'))).to.include('Deleting…')
    expect((await deleted).detail.accessCodeId).to.equal(CODES['presentSet'])
    await el.updateComplete
    expect(text(inDetails(el, '.gone'))).to.equal('This code is no longer on the lock.')
    expect(button(el, 'edit-button')).to.equal(null)
    expect(button(el, 'delete-button')).to.equal(null)
    expect((await backendRequests()).filter((r) => r === '/access_codes/delete')).to.have.length(1)
    await expect(el).to.be.accessible()
  })

  it('a delete that ends after the page asked for another code leaves that code as it is', async () => {
    await configureBackend({ delayMs: 200 })
    const el = await mountDetails(CODES['presentSet']!)
    button(el, 'delete-button')!.click()
    await el.updateComplete
    const deleted = oneEvent(el, 'access-code-deleted')
    inDetails<HTMLButtonElement>(el, '.confirm button.danger')!.click()
    await el.updateComplete
    // A master/detail page moves on while the delete is followed.
    el.accessCodeId = CODES['parisOngoing']!
    await deleted
    await loaded(el)
    expect(inDetails(el, '.gone'), 'the other code is not gone').to.equal(null)
    expect(button(el, 'delete-button'), 'and can still be deleted').to.not.equal(null)
    // Back on the deleted one, it says so.
    el.accessCodeId = CODES['presentSet']!
    await el.updateComplete
    expect(text(inDetails(el, '.gone'))).to.equal('This code is no longer on the lock.')
  })

  it('uses a backup code where one is available, and fires access-code-backup-pulled', async () => {
    const el = await mountDetails(CODES['chicagoFailed']!)
    button(el, 'backup-button')!.click()
    await waitUntil(() => inDetails(el, 'dialog [part~=confirm-button]'), 'the backup dialog')
    await expect(el).to.be.accessible()
    const pulled = oneEvent(el, 'access-code-backup-pulled')
    inDetails<HTMLButtonElement>(el, 'dialog [part~=confirm-button]')!.click()
    const { detail } = await pulled
    expect(detail.accessCode.access_code_id).to.equal(CODES['chicagoFailed'])
    expect(['8052', '6391']).to.include(detail.backupAccessCode.code)
    await waitUntil(() => text(inDetails(el, 'dialog')).includes(detail.backupAccessCode.code!), 'the backup PIN')
    inDetails<HTMLButtonElement>(el, 'dialog [part~=cancel-button]')!.click()
    await waitUntil(() => inDetails(el, 'dialog') === null)
    // The code now has its backup in use: nothing more to pull.
    await waitUntil(() => button(el, 'backup-button') === null, 'no second backup', { timeout: 10000 })
    expect(text(inDetails(el, 'header'))).to.include('Backup code in use')
  })

  it('"Check again" on an unconfirmed delete keeps focus in the details while it asks', async () => {
    const el = await mountDetails(CODES['presentSet']!)
    await loaded(el)
    ;(el as unknown as { store: SessionStore }).store.setUnsettled('delete', CODES['presentSet']!, new OutcomeUnknownError())
    await waitUntil(() => inDetails(el, 'button.check-again'), '"Check again"')
    await injectFaults([{ path: '/access_codes/get', delayMs: 1500 }])
    try {
      const check = inDetails<HTMLButtonElement>(el, 'button.check-again')!
      check.focus()
      check.click()
      await waitUntil(() => text(inDetails(el, '.actions')).includes('checking with Seam'), 'checking')
      await el.updateComplete
      expect(focused(), 'not the page').to.not.equal(document.body)
      expect(el.shadowRoot!.contains(focused())).to.equal(true)
    } finally {
      await injectFaults([])
    }
  })

  it('a backup pulled after its dialog was closed is still heard: the event fires and nothing more is offered to pull', async () => {
    await configureBackend({ delayMs: 400 })
    const el = await mountDetails(CODES['chicagoFailed']!)
    let heard = 0
    el.addEventListener('access-code-backup-pulled', () => heard++)
    button(el, 'backup-button')!.click()
    await waitUntil(() => inDetails(el, 'dialog [part~=confirm-button]'), 'the backup dialog')
    inDetails<HTMLButtonElement>(el, 'dialog [part~=confirm-button]')!.click()
    await el.updateComplete
    // "Close", offered while it pulls.
    inDetails<HTMLButtonElement>(el, 'dialog [part~=cancel-button]')!.click()
    await waitUntil(() => inDetails(el, 'dialog') === null, 'closed')
    await waitUntil(() => heard === 1, 'access-code-backup-pulled', { timeout: 10000 })
    await waitUntil(() => button(el, 'backup-button') === null, 'no second backup', { timeout: 10000 })
    expect((await backendRequests()).filter((r) => r === '/access_codes/pull_backup_access_code')).to.have.length(1)
  })

  it('disable-edit and disable-delete hide those actions; an offline code offers neither', async () => {
    const el = await mountDetails(CODES['presentSet']!, { 'disable-edit': true })
    expect(button(el, 'edit-button')).to.equal(null)
    expect(button(el, 'delete-button')).to.not.equal(null)
    el.toggleAttribute('disable-edit', false)
    el.toggleAttribute('disable-delete', true)
    await el.updateComplete
    expect(button(el, 'edit-button')).to.not.equal(null)
    expect(button(el, 'delete-button')).to.equal(null)
    await expect(el).to.be.accessible()
    const offline = await mountDetails(CODES['offline']!)
    expect(button(offline, 'edit-button')).to.equal(null)
    expect(text(inDetails(offline, '.actions'))).to.include('cannot be deleted')
  })

  it('works by keyboard alone: through the facts to the actions, the delete question and back, and "Show older"', async () => {
    const el = await mountDetails(HISTORY.rich)
    el.focus()
    expect(focused()!.getAttribute('part')).to.equal('details')
    const reach = async (match: (e: HTMLElement) => boolean, what: string) => {
      for (let i = 0; i < 30 && !match(focused()!); i++) await sendKeys({ press: 'Tab' })
      expect(match(focused()!), what).to.equal(true)
    }
    await reach((e) => e.classList.contains('copy'), 'copy')
    await reach((e) => e.getAttribute('part') === 'issue', 'an issue chip')
    await reach((e) => e.getAttribute('part') === 'edit-button', 'edit')
    await reach((e) => e.getAttribute('part') === 'delete-button', 'delete')
    await sendKeys({ press: 'Enter' })
    await el.updateComplete
    expect(text(focused())).to.equal('Cancel')
    await sendKeys({ press: 'Enter' })
    await el.updateComplete
    expect(focused()!.getAttribute('part')).to.equal('delete-button')
    await reach((e) => e.classList.contains('older'), 'show older')
    await sendKeys({ press: 'Enter' })
    await waitUntil(() => focused()?.getAttribute('part') === 'event', 'focus on the first older event', { timeout: 10000 })
    expect(events(el).indexOf(focused()!)).to.equal(20)
  })

  it('says what is wrong without a code id, and without a session', async () => {
    const el = await fixture<AccessCodeDetails>(html`<access-code-details locale="en-GB"></access-code-details>`)
    expect(text(inDetails(el, '[part~=error]'))).to.not.equal('')
    await expect(el).to.be.accessible()
  })

  it('while the code loads, and when it cannot be loaded', async () => {
    const pending = await fixture<AccessCodeDetails>(html`<access-code-details access-code-id="ac_1" locale="en-GB" .client=${pendingClient()}></access-code-details>`)
    expect(inDetails(pending, '[part~=loading]')).to.not.equal(null)
    await expect(pending).to.be.accessible()
    const offline = await fixture<AccessCodeDetails>(html`<access-code-details access-code-id="ac_1" locale="en-GB" .client=${offlineClient()}></access-code-details>`)
    await waitUntil(() => inDetails(offline, '[part~=error] button'), 'the failure', { timeout: 10000 })
    expect(text(inDetails(offline, '[part~=error]'))).to.include('The code could not be loaded.')
    await expect(offline).to.be.accessible()
  })

  it('a lock that could not be loaded: the browser’s zone said to stand in for it, seam-error, and Try again', async () => {
    const stub = stubClient({ managed: [managedCode({ access_code_id: 'ac_1', device_id: 'd1', name: 'Guest' })] })
    const down = new SeamApiError({ status: 503, type: 'service_unavailable', message: 'down' })
    stub.fail('devices.get', down)
    const heard: unknown[] = []
    const page = await fixture(html`<div @seam-error=${(e: CustomEvent) => heard.push(e.detail.error)}>
      <access-code-details access-code-id="ac_1" locale="en-GB" .client=${stub.client}></access-code-details>
    </div>`)
    const el = page.querySelector<AccessCodeDetails>('access-code-details')!
    await waitUntil(() => inDetails(el, '.zone'), 'the note on the zone', { timeout: 5000 })
    expect(text(inDetails(el, '.zone'))).to.include('this browser’s time zone: the lock’s could not be loaded.')
    expect(heard).to.deep.equal([down])
    inDetails<HTMLButtonElement>(el, '.zone button')!.click()
    // The stub's lock names no zone: once it answers, the times are the browser's own and need no note.
    await waitUntil(() => !inDetails(el, '.zone') && stub.calls['devices.get'] === 2, 'the lock asked again', { timeout: 5000 })
  })

  it('shows a code handed over without a session, read-only and without a history', async () => {
    const given = managedCode({ access_code_id: 'ac_1', name: 'Given', code: '2468' }) as AccessCode
    const el = await fixture<AccessCodeDetails>(html`<access-code-details locale="en-GB" time-zone="UTC" .accessCode=${given}></access-code-details>`)
    expect(facts(el)).to.include('2468')
    expect(inDetails(el, '[part~=history]')).to.equal(null)
    expect(button(el, 'edit-button')).to.equal(null)
    expect(button(el, 'delete-button')).to.equal(null)
    await expect(el).to.be.accessible()
  })

  it('shows a code the page hands over at once, then what Seam says of it', async () => {
    const stub = stubClient({ managed: [managedCode({ access_code_id: 'ac_1', device_id: 'd1', name: 'From Seam', code: '2468' })] })
    const given = managedCode({ access_code_id: 'ac_1', device_id: 'd1', name: 'From the page', code: '2468' }) as AccessCode
    const el = await fixture<AccessCodeDetails>(html`<access-code-details locale="en-GB" time-zone="UTC" .client=${stub.client} .accessCode=${given}></access-code-details>`)
    await waitUntil(() => text(inDetails(el, 'h2')) === 'From Seam', 'the fresh code', { timeout: 5000 })
    expect(facts(el)).to.include('2468')
    await expect(el).to.be.accessible()
  })
})

describe('<access-code-details> with DEMO credentials of its own', () => {
  it('loads with no provider around it', async () => {
    resetSessions()
    await resetBackend()
    const el = await fixture<AccessCodeDetails>(
      html`<access-code-details client-session-token=${DEMO.clientSessionToken} endpoint="/api" access-code-id=${HISTORY.converted} locale="en-GB"></access-code-details>`,
    )
    await waitUntil(() => events(el).length > 0, 'the history', { timeout: 10000 })
    expect(text(inDetails(el, 'h2'))).to.equal('Cleaner — weekly')
  })
})

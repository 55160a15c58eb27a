import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing'
import { LitElement, html as litHtml } from 'lit'
import { emulateMedia, sendKeys } from '@web/test-runner-commands'
import fc from 'fast-check'
import type { UnmanagedAccessCode } from '@seamapi/types/connect'
import '../../../src/elements/unmanaged-code-list/define.js'
import '../../../src/elements/access-code-table/define.js'
import type { UnmanagedCodeList } from '../../../src/elements/unmanaged-code-list/unmanaged-code-list.js'
import type { ConvertCodeDialog } from '../../../src/elements/convert-code-dialog/convert-code-dialog.js'
import { resetSessions, storeForClient } from '../../../src/state/registry.js'
import { CODES, DEMO, backendRequests, configureBackend, injectFaults, resetBackend } from '../../helpers/backend.js'
import { offlineClient } from '../../helpers/held-clients.js'
import { assertSafe, collectUncaught, hostileCodes } from '../../helpers/hostile-payloads.js'
import { quickClient, requestCount } from '../../helpers/quick-client.js'
import { stubClient, unmanagedCode } from '../../helpers/stub-client.js'
import { fakeTimers, passTime } from '../../helpers/fake-timers.js'
import { OutcomeUnknownError, SeamApiError } from '../../../src/state/index.js'
import { deepActiveElement } from '../../../src/ui/controllers/modal.js'
import { skipWithoutMediaEmulation } from '../../support/engine.js'
import { expectLateWordsShown } from '../../helpers/chips.js'



const rows = (el: UnmanagedCodeList) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]')]
const row = (el: UnmanagedCodeList, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="row"][data-id="${id}"]`)
const settled = async (el: UnmanagedCodeList) => {
  await waitUntil(() => rows(el).length > 0 || el.shadowRoot!.querySelector('[part=empty],[part=error]'), 'list did not load', { timeout: 10000 })
  return el
}
async function mount(deviceId: string, extra = html``) {
  const provider = await fixture(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
    <unmanaged-code-list device-id=${deviceId}></unmanaged-code-list>${extra}
  </seam-provider>`)
  return { provider, el: await settled(provider.querySelector('unmanaged-code-list')!) }
}

describe('<unmanaged-code-list> against the fake backend', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
    await configureBackend({ delayMs: 150 })
  })

  it('lists the device\'s unmanaged codes with what the API allows for each', async () => {
    const { el } = await mount(DEMO.devices.august)
    expect(rows(el).map((r) => r.dataset['id'])).to.have.members([
      CODES['unmanagedFront1'],
      CODES['unmanagedFront2'],
      CODES['unmanagedFrontBlocked'],
      CODES['unmanagedFrontTransferred'],
    ])
    const blocked = row(el, CODES['unmanagedFrontBlocked']!)!
    expect(blocked.textContent).to.match(/only be deleted in the manufacturer/)
    // Why it cannot be converted, said in the row instead of a Convert button.
    expect(blocked.querySelector('.actions .why')!.textContent).to.equal('Seam cannot manage this code.')
    expect(blocked.querySelector('[data-action=convert], button.primary')).to.equal(null)
    expect(row(el, CODES['unmanagedFront1']!)!.querySelector('.why')).to.equal(null)
    const html_ = row(el, CODES['unmanagedFront2']!)!.querySelector('.name')!
    expect(html_.textContent).to.include('<script>')
    expect(html_.querySelector('script')).to.equal(null)
    await expect(el).to.be.accessible()
  })

  it('says a provider cannot convert, and that SmartThings hides the PIN', async () => {
    const { el } = await mount(DEMO.devices.smartthings)
    const r = row(el, CODES['unmanagedGarage']!)!
    expect(r.querySelector('[part=code]')!.textContent).to.match(/Hidden by the lock provider/)
    expect(r.querySelector('[data-action=convert], button.primary')).to.equal(null)
    expect(r.querySelector('.actions .why')!.textContent).to.match(/^(SmartThings|Smartthings) .*cannot take this code over/)
  })

  it('says Kwikset locks have no unmanaged codes in Seam instead of an empty list', async () => {
    const { el } = await mount(DEMO.devices.kwikset)
    expect(el.shadowRoot!.querySelector('[part=empty]')!.textContent).to.match(/Kwikset/i)
    expect((await backendRequests()).includes('/access_codes/unmanaged/list')).to.equal(false)
  })

  it('says so when a lock has no unmanaged codes', async () => {
    const { el } = await mount(DEMO.devices.bulk)
    expect(el.shadowRoot!.querySelector('[part=empty]')!.textContent).to.match(/No codes on this lock were set outside Seam/)
  })

  it('converts through the dialog: the list drops the code and the table of that device shows it managed', async () => {
    const { provider, el } = await mount(DEMO.devices.august, html`<access-code-table device-id=${DEMO.devices.august}></access-code-table>`)
    const table = provider.querySelector('access-code-table')!
    await waitUntil(() => table.shadowRoot!.querySelector('[part~=row]'))
    const id = CODES['unmanagedFront1']!
    row(el, id)!.querySelector<HTMLButtonElement>('button.primary')!.click()
    const dialog = el.shadowRoot!.querySelector<ConvertCodeDialog>('convert-code-dialog')!
    await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'dialog opens')
    await expect(dialog).to.be.accessible()
    const confirm = dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!
    const converted = oneEvent(provider, 'unmanaged-code-converted')
    confirm.click()
    confirm.click()
    const { detail } = await converted
    expect(detail.accessCode.access_code_id).to.equal(id)
    expect(detail.accessCode.is_managed).to.equal(true)
    await waitUntil(() => row(el, id) === null, 'list drops it')
    await waitUntil(() => table.shadowRoot!.querySelector(`[part~=row][data-id="${id}"]`), 'table shows it')
    expect((await backendRequests()).filter((r) => r === '/access_codes/unmanaged/convert_to_managed')).to.have.length(1)
  })

  it('reports a failed conversion on a provider that cannot convert, and the code stays unmanaged', async () => {
    const { provider } = await mount(DEMO.devices.igloohome)
    const dialog = document.createElement('convert-code-dialog') as ConvertCodeDialog
    provider.append(dialog)
    dialog.show(CODES['unmanagedCabin']!)
    await waitUntil(() => dialog.shadowRoot!.querySelector('[part=confirm-button]:not([disabled])'), 'code loaded')
    const failed = oneEvent(provider, 'unmanaged-code-convert-failed')
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click()
    const { detail } = await failed
    expect(detail.accessCodeId).to.equal(CODES['unmanagedCabin'])
    expect(detail.errors[0]!.error_code).to.equal('failed_to_set_on_device')
    await dialog.updateComplete
    expect(dialog.shadowRoot!.textContent).to.match(/could not be converted/)
    expect(dialog.shadowRoot!.querySelector('[part=confirm-button]')!.textContent).to.match(/Try again/)
    await expect(dialog).to.be.accessible()
  })

  it('deletes after confirmation, shows the row as deleting, and fires unmanaged-code-deleted', async () => {
    const { el } = await mount(DEMO.devices.august)
    const id = CODES['unmanagedFront1']!
    row(el, id)!.querySelector<HTMLButtonElement>('button.danger')!.click()
    await el.updateComplete
    const deleted = oneEvent(el, 'unmanaged-code-deleted')
    row(el, id)!.querySelector<HTMLButtonElement>('.confirm button.danger')!.click()
    await el.updateComplete
    expect(row(el, id)!.textContent).to.match(/Deleting from the lock/)
    expect((await deleted).detail.accessCodeId).to.equal(id)
    await waitUntil(() => row(el, id) === null)
    const live = el.shadowRoot!.querySelectorAll('[aria-live=polite]')
    expect(live).to.have.length(1)
    expect(live[0]!.textContent).to.match(/Cleaner \(old system\) was deleted/)
  })

  it('keeps the row and says why when a delete fails', async () => {
    await configureBackend({ failDeletes: true })
    const { el } = await mount(DEMO.devices.august)
    const id = CODES['unmanagedFront1']!
    row(el, id)!.querySelector<HTMLButtonElement>('button.danger')!.click()
    await el.updateComplete
    row(el, id)!.querySelector<HTMLButtonElement>('.confirm button.danger')!.click()
    await waitUntil(() => row(el, id)?.querySelector('.failure'), 'failure shown')
    expect(row(el, id)!.querySelector('.failure')!.textContent).to.match(/did not confirm/)
  })

  it('lets a listener cancel unmanaged-code-convert to show its own UI', async () => {
    const { el } = await mount(DEMO.devices.august)
    el.addEventListener('unmanaged-code-convert', (e) => e.preventDefault(), { once: true })
    row(el, CODES['unmanagedFront1']!)!.querySelector<HTMLButtonElement>('button.primary')!.click()
    await el.updateComplete
    expect(el.shadowRoot!.querySelector('convert-code-dialog')).to.equal(null)
  })

  it('converts all convertible codes one at a time and stops at the first failure', async () => {
    await configureBackend({ failConversions: true })
    const { el } = await mount(DEMO.devices.august)
    el.shadowRoot!.querySelector<HTMLButtonElement>('.bulk button')!.click()
    await waitUntil(() => /failed/.test(el.shadowRoot!.querySelector('.bulk .progress')!.textContent ?? ''), 'bulk done', { timeout: 10000 })
    expect(el.shadowRoot!.querySelector('.bulk .progress')!.textContent).to.match(/0 converted, 1 failed, 2 not tried/)
    expect((await backendRequests()).filter((r) => r === '/access_codes/unmanaged/convert_to_managed')).to.have.length(1)
  })

  it('reuses the page\'s dialog of the same session instead of opening its own', async () => {
    const { provider, el } = await mount(DEMO.devices.august, html`<convert-code-dialog></convert-code-dialog>`)
    const pageDialog = provider.querySelector<ConvertCodeDialog>('convert-code-dialog')!
    row(el, CODES['unmanagedFront1']!)!.querySelector<HTMLButtonElement>('button.primary')!.click()
    await waitUntil(() => pageDialog.open)
    expect(pageDialog.accessCodeId).to.equal(CODES['unmanagedFront1'])
    expect(el.shadowRoot!.querySelector('convert-code-dialog')).to.equal(null)
    pageDialog.close()
  })
})

/** A part of a page with its own shadow root, holding the page's convert dialog. */
class DialogShelf extends LitElement {
  override render() {
    return litHtml`<convert-code-dialog></convert-code-dialog>`
  }
}
customElements.define('dialog-shelf', DialogShelf)

describe('<unmanaged-code-list> and its convert dialog', () => {
  afterEach(() => resetSessions())

  const codes = [unmanagedCode({ access_code_id: 'u1', name: 'One' })]
  const convert = async (list: UnmanagedCodeList) => {
    await waitUntil(() => list.shadowRoot!.querySelector('[data-id=u1] button.primary'), 'list loaded')
    list.shadowRoot!.querySelector<HTMLButtonElement>('[data-id=u1] button.primary')!.click()
  }

  it('opens the session\'s dialog even inside another shadow root, not one of its own', async () => {
    const { client } = stubClient({ unmanaged: codes })
    const provider = await fixture(html`<seam-provider .client=${client}>
      <unmanaged-code-list device-id="d1" poll-interval="0"></unmanaged-code-list><dialog-shelf></dialog-shelf>
    </seam-provider>`)
    const list = provider.querySelector('unmanaged-code-list')!
    const shelf = provider.querySelector<DialogShelf>('dialog-shelf')!
    await shelf.updateComplete
    const pageDialog = shelf.shadowRoot!.querySelector('convert-code-dialog')!
    await convert(list)
    await waitUntil(() => pageDialog.open, 'the page\'s dialog opens')
    expect(pageDialog.accessCodeId).to.equal('u1')
    expect(list.shadowRoot!.querySelector('convert-code-dialog')).to.equal(null)
    pageDialog.close()
  })

  it('hands its own dialog its session instead of copying its credentials, and keeps that dialog to itself', async () => {
    const { client } = stubClient({ unmanaged: codes })
    const wrapper = await fixture(html`<div>
      <unmanaged-code-list id="first" device-id="d1" poll-interval="0" .client=${client} locale="en-GB" time-zone="UTC"></unmanaged-code-list>
      <unmanaged-code-list id="second" device-id="d1" poll-interval="0" .client=${client}></unmanaged-code-list>
    </div>`)
    const [first, second] = [...wrapper.querySelectorAll('unmanaged-code-list')]
    await convert(first!)
    const own = first!.shadowRoot!.querySelector('convert-code-dialog')!
    await waitUntil(() => own.open, 'its own dialog opens')
    expect(own.sessionStore).to.equal(first!.sessionStore)
    expect([own.client, own.clientSessionToken, own.publishableKey, own.userIdentifierKey, own.endpoint]).to.deep.equal([undefined, undefined, undefined, undefined, undefined])
    expect([own.locale, own.timeZone]).to.deep.equal(['en-GB', 'UTC'])
    own.close()
    await convert(second!)
    const secondOwn = second!.shadowRoot!.querySelector('convert-code-dialog')!
    expect(secondOwn).to.exist.and.not.equal(own)
    await waitUntil(() => secondOwn.open, 'the second list opens its own')
    expect(own.open).to.equal(false)
    secondOwn.close()
  })
})

describe('<unmanaged-code-list> edge cases', () => {
  afterEach(() => resetSessions())

  it('without a device-id it says so instead of loading forever', async () => {
    const stub = stubClient()
    const list = await fixture<UnmanagedCodeList>(html`<unmanaged-code-list .client=${stub.client}></unmanaged-code-list>`)
    expect(list.shadowRoot!.querySelector('[part=error]')!.textContent).to.match(/device-id/)
  })

  it('after a confirmed delete, focus moves to the row rather than the page body', async () => {
    const stub = stubClient({ unmanaged: [unmanagedCode({ access_code_id: 'u1' })] })
    const list = await fixture<UnmanagedCodeList>(html`<unmanaged-code-list device-id="d1" poll-interval="0" .client=${stub.client}></unmanaged-code-list>`)
    await waitUntil(() => list.shadowRoot!.querySelector('[data-id=u1] button.danger'))
    list.shadowRoot!.querySelector<HTMLButtonElement>('[data-id=u1] button.danger')!.click()
    await list.updateComplete
    list.shadowRoot!.querySelector<HTMLButtonElement>('[data-id=u1] .confirm button.danger')!.click()
    await list.updateComplete
    expect(list.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('u1')
  })

  it('once the deleted code\'s row is gone, focus goes to the next row, else the list\'s heading or empty words; focus elsewhere stays', async () => {
    const stub = stubClient({ unmanaged: ['u1', 'u2', 'u3'].map((id) => unmanagedCode({ access_code_id: id })) })
    const list = await fixture<UnmanagedCodeList>(html`<unmanaged-code-list device-id="d1" poll-interval="0" .client=${stub.client}></unmanaged-code-list>`)
    const remove = async (id: string) => {
      await waitUntil(() => list.shadowRoot!.querySelector(`[data-id=${id}] button.danger`))
      list.shadowRoot!.querySelector<HTMLButtonElement>(`[data-id=${id}] button.danger`)!.click()
      await list.updateComplete
      list.shadowRoot!.querySelector<HTMLButtonElement>(`[data-id=${id}] .confirm button.danger`)!.click()
      await waitUntil(() => !list.shadowRoot!.querySelector(`[data-id=${id}]`), `${id} gone`)
      await list.updateComplete
    }
    await remove('u2')
    expect(focused(), 'the next row').to.equal(list.shadowRoot!.querySelector('[data-id=u3]'))
    await remove('u3')
    expect(focused(), 'the one before, the last row gone').to.equal(list.shadowRoot!.querySelector('[data-id=u1]'))
    await remove('u1')
    expect(focused(), 'not the page').to.not.equal(document.body)
    expect(list.shadowRoot!.contains(focused())).to.equal(true)
  })

  it('a delete that ends after the person moved focus away (or clicked the page\'s blank space) leaves focus where they put it', async () => {
    const stub = stubClient({ unmanaged: ['u1', 'u2'].map((id) => unmanagedCode({ access_code_id: id })) })
    const slow = stub.client.accessCodes.unmanaged.delete
    stub.client.accessCodes.unmanaged.delete = (p, o) => new Promise((r) => setTimeout(r, 300)).then(() => slow(p, o))
    const root = await fixture<HTMLElement>(html`<div><button id="elsewhere">elsewhere</button>
      <unmanaged-code-list device-id="d1" poll-interval="0" .client=${stub.client}></unmanaged-code-list></div>`)
    const list = root.querySelector<UnmanagedCodeList>('unmanaged-code-list')!
    await waitUntil(() => list.shadowRoot!.querySelector('[data-id=u1] button.danger'))
    list.shadowRoot!.querySelector<HTMLButtonElement>('[data-id=u1] button.danger')!.click()
    await list.updateComplete
    list.shadowRoot!.querySelector<HTMLButtonElement>('[data-id=u1] .confirm button.danger')!.click()
    await list.updateComplete
    // The person clicks the page's blank space while Seam deletes it: focus is on the body, by their choice.
    ;(list.shadowRoot!.activeElement as HTMLElement).blur()
    expect(document.activeElement).to.equal(document.body)
    await waitUntil(() => !list.shadowRoot!.querySelector('[data-id=u1]'), 'u1 gone')
    await list.updateComplete
    expect(document.activeElement, 'not pulled back into the list').to.equal(document.body)
  })

})

/** The element that really has focus, through shadow roots. */
function focused(): Element | null {
  let el = document.activeElement
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
  return el
}

describe('<unmanaged-code-list> with the keyboard only', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
    await configureBackend({ delayMs: 100 })
  })

  it('a row in keyboard focus shows whole what its line cuts: the name, and why it cannot be converted', async () => {
    const before = await fixture<HTMLButtonElement>(html`<button>before</button>`)
    const box = await fixture(html`<div style="width: 1100px"><seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
      <unmanaged-code-list device-id=${DEMO.devices.august} locale="en-GB"></unmanaged-code-list>
    </seam-provider></div>`)
    const el = await settled(box.querySelector<UnmanagedCodeList>('unmanaged-code-list')!)
    const blocked = () => row(el, CODES['unmanagedFrontBlocked']!)!
    const sentence = () => blocked().querySelector<HTMLElement>('.why .sentence')!
    const nameOf = () => blocked().querySelector<HTMLElement>('.name')!
    const cut = (part: HTMLElement) => part.scrollWidth > part.clientWidth + 1
    const actionsWidth = () => row(el, CODES['unmanagedFront1']!)!.querySelector('.actions')!.getBoundingClientRect().width
    expect(sentence().getBoundingClientRect().width, 'at rest the line shows a short label, the sentence hidden').to.be.at.most(1)
    const width = actionsWidth()
    before.focus()
    // Tab on until focus is in that row (its Replace button), as a person would.
    for (let i = 0; i < 40 && !blocked().contains(el.shadowRoot!.activeElement); i++) await sendKeys({ press: 'Tab' })
    expect(blocked().contains(el.shadowRoot!.activeElement), 'focus in the row').to.equal(true)
    expect(sentence().getBoundingClientRect().width, 'the sentence is shown').to.be.above(20)
    const why = sentence().parentElement!
    expect(cut(why) || why.scrollHeight > why.clientHeight + 1, 'and not cut').to.equal(false)
    expect(sentence().textContent).to.equal('Seam cannot manage this code.')
    expect(cut(nameOf()), 'its name whole').to.equal(false)
    expect(actionsWidth(), "the other rows' actions keep their room").to.be.closeTo(width, 1)
    before.focus()
    await waitUntil(() => sentence().getBoundingClientRect().width <= 1, 'the short label again once focus left')
  })

  it('converts an unmanaged code with the dialog and returns focus; Escape closes it', async () => {
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
    // Closed once the converted code's row (and its Convert button) left the list: focus stays in the list.
    await waitUntil(() => !el.shadowRoot!.querySelector(`[data-id="${CODES['unmanagedFront1']}"]`), 'the converted row leaves', { timeout: 10000 })
    await sendKeys({ press: 'Enter' })
    await waitUntil(() => !dialog.open)
    await waitUntil(() => el.shadowRoot!.contains(focused()), 'focus back in the list')
    expect(focused(), 'not the page body').to.not.equal(document.body)
    expect(el.shadowRoot!.contains(focused()), 'in the list').to.equal(true)
  })
})

for (const scheme of ['light', 'dark'] as const) {
  describe(`<unmanaged-code-list> under axe in every state, ${scheme} scheme`, () => {
    before(async function () {
      if (scheme === 'dark') await skipWithoutMediaEmulation(this)
      await emulateMedia({ colorScheme: scheme })
    })
    after(() => emulateMedia({ colorScheme: 'light' }))
    beforeEach(async () => {
      resetSessions()
      await resetBackend()
    })

    it('with actions and reasons, empty, provider without unmanaged codes, failed', async () => {
      for (const device of [DEMO.devices.august, DEMO.devices.bulk, DEMO.devices.kwikset, DEMO.devices.smartthings]) {
        const root = await fixture(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
          <unmanaged-code-list device-id=${device}></unmanaged-code-list>
        </seam-provider>`)
        const el = await settled(root.querySelector<UnmanagedCodeList>('unmanaged-code-list')!)
        await expect(el).to.be.accessible()
      }
      const failed = await fixture<UnmanagedCodeList>(html`<unmanaged-code-list device-id="d1" .client=${offlineClient()}></unmanaged-code-list>`)
      await settled(failed)
      await expect(failed).to.be.accessible()
    })
  })
}

describe('<unmanaged-code-list> when Seam fails (the real client, faults injected)', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
    await configureBackend({ delayMs: 100 })
  })
  afterEach(() => injectFaults([]))

  it('a delete survives the backend dropping while it is followed, and reports done once', async () => {
    const provider = await fixture(html`<seam-provider .client=${quickClient()}>
      <unmanaged-code-list device-id=${DEMO.devices.august}></unmanaged-code-list>
    </seam-provider>`)
    const list = provider.querySelector<UnmanagedCodeList>('unmanaged-code-list')!
    const id = CODES['unmanagedFront1']!
    await waitUntil(() => list.shadowRoot!.querySelector(`[data-id="${id}"] button.danger`), 'rows', { timeout: 5000 })
    await injectFaults([{ path: '/action_attempts/get', drop: 'before', times: 3 }])
    const deleted: string[] = []
    list.addEventListener('unmanaged-code-deleted', (e) => deleted.push(e.detail.accessCodeId))
    list.shadowRoot!.querySelector<HTMLButtonElement>(`[data-id="${id}"] button.danger`)!.click()
    await list.updateComplete
    list.shadowRoot!.querySelector<HTMLButtonElement>(`[data-id="${id}"] .confirm button.danger`)!.click()
    await waitUntil(() => deleted.length === 1, 'deleted', { timeout: 10000 })
    // Done once: counted when the delete is over, not after a pause.
    await waitUntil(() => !list.sessionStore!.activity(id) && !list.shadowRoot!.querySelector(`[data-id="${id}"]`), 'delete over', { timeout: 5000 })
    expect(deleted).to.deep.equal([id])
    expect(await requestCount('/access_codes/unmanaged/delete')).to.equal(1)
  })
})

describe('<unmanaged-code-list> with hostile payloads (fast-check)', () => {
  collectUncaught()
  afterEach(() => resetSessions())

  it('renders any payload the server sends', async () => {
    const stub = stubClient()
    const el = await fixture<UnmanagedCodeList>(html`<unmanaged-code-list device-id="d1" poll-interval="0" .client=${stub.client}></unmanaged-code-list>`)
    // A payload that is not a list fails the refresh, and the rows of the
    // last good one stay on screen (marked stale): they may show its text.
    let lastGood: unknown = []
    await fc.assert(
      fc.asyncProperty(hostileCodes, async (data) => {
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

describe('<unmanaged-code-list> and a conversion that fails after its dialog closed', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
  })
  afterEach(() => configureBackend({ failConversions: false, delayMs: 100 }))

  it('says so on its row, and the dialog reopened for the code shows why', async () => {
    const root = await fixture(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
      <unmanaged-code-list device-id=${DEMO.devices.august} locale="en-GB" poll-interval="0"></unmanaged-code-list>
    </seam-provider>`)
    const el = root.querySelector<UnmanagedCodeList>('unmanaged-code-list')!
    const id = CODES['unmanagedFront1']!
    const row = () => el.shadowRoot!.querySelector<HTMLElement>(`[data-id=${id}]`)
    await waitUntil(() => row()?.querySelector('[data-action=convert]'), 'Convert', { timeout: 10000 })
    await configureBackend({ failConversions: true, delayMs: 600 })
    let failed = 0
    root.addEventListener('unmanaged-code-convert-failed', () => failed++)
    // The list's own dialog closing is not the page's: a page's <dialog> around the list would take it for its own.
    let closes = 0
    root.addEventListener('close', () => closes++)
    row()!.querySelector<HTMLButtonElement>('[data-action=convert]')!.click()
    const dialog = () => el.shadowRoot!.querySelector<ConvertCodeDialog>('convert-code-dialog')!
    await waitUntil(() => dialog()?.shadowRoot?.querySelector<HTMLButtonElement>('[part=confirm-button]:not([disabled])'), 'the dialog', { timeout: 10000 })
    dialog().shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click()
    await waitUntil(() => dialog().shadowRoot!.querySelector('[part=confirm-button][disabled]'), 'converting')
    dialog().shadowRoot!.querySelector<HTMLButtonElement>('[part=cancel-button]')!.click()
    await waitUntil(() => failed === 1, 'unmanaged-code-convert-failed', { timeout: 10000 })
    await waitUntil(() => /could not be converted/.test(row()?.textContent ?? ''), 'the row says so', { timeout: 10000 })
    row()!.querySelector<HTMLButtonElement>('[data-action=convert]')!.click()
    await waitUntil(() => dialog().open && /could not be converted/.test(dialog().shadowRoot!.querySelector('#body')?.textContent ?? ''), 'the dialog says why')
    // Seen once: the next opening offers the choices again (allow changes, force), not only a Retry of the old ones.
    dialog().shadowRoot!.querySelector<HTMLButtonElement>('[part=cancel-button]')!.click()
    await waitUntil(() => !dialog().open, 'closed')
    expect(closes, 'no close out of the list').to.equal(0)
    row()!.querySelector<HTMLButtonElement>('[data-action=convert]')!.click()
    await dialog().updateComplete
    await waitUntil(() => dialog().open && !/could not be converted/.test(dialog().shadowRoot!.querySelector('#body')?.textContent ?? ''), 'the confirm step again')
  })
})

describe('<unmanaged-code-list> "Convert all" when a request fails', () => {
  afterEach(() => resetSessions())

  it('reports the failure as seam-error, as the single conversion does, and says it on the row', async () => {
    const stub = stubClient({ unmanaged: [unmanagedCode({ access_code_id: 'u1', name: 'One' }), unmanagedCode({ access_code_id: 'u2', name: 'Two' })] })
    stub.fail('unmanaged.convertToManaged', new SeamApiError({ status: 400, type: 'invalid_input', message: 'Nope' }))
    const el = await fixture<UnmanagedCodeList>(html`<unmanaged-code-list device-id="d1" poll-interval="0" .client=${stub.client}></unmanaged-code-list>`)
    await waitUntil(() => el.shadowRoot!.querySelector('.bulk button'), '"Convert all"')
    const reported = oneEvent(el, 'seam-error')
    el.shadowRoot!.querySelector<HTMLButtonElement>('.bulk button')!.click()
    const { detail } = await reported
    expect(detail.error).to.be.instanceOf(SeamApiError)
    expect(detail.error.message).to.equal('Nope')
    await waitUntil(() => /failed/.test(el.shadowRoot!.querySelector('.bulk .progress')!.textContent ?? ''), 'bulk done')
    expect(el.shadowRoot!.querySelector('[data-id=u1] .failure')).to.not.equal(null)
  })

  it('a conversion Seam may still apply, sent from anywhere in the session, is asked about by its row and the dialog; "Convert all" leaves it out', async () => {
    const codes = ['u1', 'u2', 'u3'].map((id) => unmanagedCode({ access_code_id: id, name: id }))
    const stub = stubClient({ unmanaged: codes })
    const sent: string[] = []
    const real = stub.client.accessCodes.unmanaged.convertToManaged
    stub.client.accessCodes.unmanaged.convertToManaged = (p, o) => (sent.push(p.access_code_id), real(p, o))
    const el = await fixture<UnmanagedCodeList>(html`<unmanaged-code-list device-id="d1" poll-interval="0" .client=${stub.client}></unmanaged-code-list>`)
    await waitUntil(() => el.shadowRoot!.querySelector('.bulk button'), '"Convert all"')
    // The convert dialog's conversion of u1 lost its answer, and the dialog was closed.
    storeForClient(stub.client).setUnsettled('convert', 'u1', new OutcomeUnknownError())
    await el.updateComplete
    const row = () => el.shadowRoot!.querySelector<HTMLElement>('[data-id=u1]')!
    expect(row().querySelector('[data-action=check-conversion]'), '"Check again" on its row').to.not.equal(null)
    expect(row().querySelector('[data-action=convert]')).to.equal(null)
    expect(row().textContent).to.include('Could not confirm whether it was converted')
    const dialog = await fixture<ConvertCodeDialog>(html`<convert-code-dialog .client=${stub.client}></convert-code-dialog>`)
    dialog.show(codes[0])
    await dialog.updateComplete
    expect(dialog.shadowRoot!.querySelector('[part=check-button]'), 'the dialog reopened asks too').to.not.equal(null)
    expect(dialog.shadowRoot!.querySelector('[part=confirm-button]')).to.equal(null)
    dialog.close()
    el.shadowRoot!.querySelector<HTMLButtonElement>('.bulk button')!.click()
    await waitUntil(() => sent.includes('u3'), 'the others converted')
    expect(sent).to.deep.equal(['u2', 'u3'])
  })

  it('a code whose conversion became unknown elsewhere while the run went on is passed over, not sent again', async () => {
    const codes = ['u1', 'u2', 'u3'].map((id) => unmanagedCode({ access_code_id: id, name: id }))
    const stub = stubClient({ unmanaged: codes })
    const sent: string[] = []
    const real = stub.client.accessCodes.unmanaged.convertToManaged
    stub.client.accessCodes.unmanaged.convertToManaged = (p, o) => {
      sent.push(p.access_code_id)
      // While u1 converts, u3's conversion from its dialog (or another tab) loses its answer.
      if (p.access_code_id === 'u1') storeForClient(stub.client).setUnsettled('convert', 'u3', new OutcomeUnknownError())
      return real(p, o)
    }
    const el = await fixture<UnmanagedCodeList>(html`<unmanaged-code-list device-id="d1" poll-interval="0" .client=${stub.client}></unmanaged-code-list>`)
    await waitUntil(() => el.shadowRoot!.querySelector('.bulk button'), '"Convert all"')
    el.shadowRoot!.querySelector<HTMLButtonElement>('.bulk button')!.click()
    const progress = () => el.shadowRoot!.querySelector('.bulk .progress')?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
    await waitUntil(() => /not tried/.test(progress()), 'the run ends', { timeout: 5000 })
    expect(sent).to.deep.equal(['u1', 'u2'])
    expect(progress()).to.include('2 converted, 0 failed, 1 not tried.')
    expect(el.shadowRoot!.querySelector('[data-id=u3] [data-action=check-conversion]'), 'its row asks instead').to.not.equal(null)
  })

  it('focus stays in the list when "Convert all" converted every code and its button went', async () => {
    const stub = stubClient({ unmanaged: ['u1', 'u2'].map((id) => unmanagedCode({ access_code_id: id, name: id })) })
    const el = await fixture<UnmanagedCodeList>(html`<unmanaged-code-list device-id="d1" poll-interval="0" .client=${stub.client}></unmanaged-code-list>`)
    await waitUntil(() => el.shadowRoot!.querySelector('.bulk button'), '"Convert all"')
    const all = el.shadowRoot!.querySelector<HTMLButtonElement>('.bulk button')!
    all.focus()
    all.click()
    const progress = () => el.shadowRoot!.querySelector('.bulk .progress')?.textContent ?? ''
    await waitUntil(() => /2 converted/.test(progress()), 'the run ends', { timeout: 5000 })
    await waitUntil(() => !all.isConnected || all.checkVisibility() === false, 'its button goes', { timeout: 5000 })
    await el.updateComplete
    const active = deepActiveElement()
    expect(active && el.shadowRoot!.contains(active), `focus in the list, not on ${active?.localName}`).to.equal(true)
  })

  it('a conversion Seam has not finished by the deadline is asked about ("Check again"), never sent again', async () => {
    const stub = stubClient({ unmanaged: [unmanagedCode({ access_code_id: 'u1', name: 'One' }), unmanagedCode({ access_code_id: 'u2', name: 'Two' })] })
    // Seam takes the conversion and never finishes it: the code stays unmanaged, no event comes.
    let sent = 0
    stub.client.accessCodes.unmanaged.convertToManaged = async () => (sent++, null)
    const el = await fixture<UnmanagedCodeList>(html`<unmanaged-code-list device-id="d1" poll-interval="0" .client=${stub.client}></unmanaged-code-list>`)
    await waitUntil(() => el.shadowRoot!.querySelector('.bulk button'), '"Convert all"')
    const time = fakeTimers()
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('.bulk button')!.click()
      const action = (id: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-id=u1] [data-action=${id}]`)
      // Past the time the store follows a conversion.
      await passTime(time, () => action('check-conversion'), '"Check again" on the row', { step: 30_000 })
      expect(action('convert'), 'no Convert beside it').to.equal(null)
      action('check-conversion')!.click()
      await passTime(time, () => !el.shadowRoot!.querySelector('[aria-busy=true]') && action('check-conversion'), 'asked, and still "Check again"', { step: 30_000 })
      // "Convert all" stopped at the first code it could not settle.
      expect(sent, 'sent once').to.equal(1)
    } finally {
      time.restore()
    }
  })
})

describe('<unmanaged-code-list> and words that arrive late', () => {
  beforeEach(() => resetSessions())

  it('shows a language\'s words that arrive after its first rows were explained in English (a chunk loaded on demand)', async () => {
    const code = unmanagedCode({ access_code_id: 'u1', errors: [{ error_code: 'failed_to_set_on_device', message: 'm', created_at: '' } as never] } as never)
    const stub = stubClient({ unmanaged: [code] })
    const el = await fixture<UnmanagedCodeList>(html`<unmanaged-code-list device-id="d1" poll-interval="0" locale="x-late-list" .client=${stub.client}></unmanaged-code-list>`)
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=issue]'), 'chip shown')
    await expectLateWordsShown(el, 'x-late-list')
  })
})

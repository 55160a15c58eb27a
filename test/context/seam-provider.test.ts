import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing'
import { LitElement, html as litHtml } from 'lit'
import '../../src/context/define.js'
import '../../src/elements/unmanaged-code-list/define.js'
import type { SeamProvider } from '../../src/context/seam-provider.js'
import type { UnmanagedCodeList } from '../../src/elements/unmanaged-code-list/unmanaged-code-list.js'
import { describeError } from '../../src/catalog/index.js'
import { openSessionCount, registryOptions, resetSessions } from '../../src/state/registry.js'
import { SeamElement } from '../../src/ui/seam-element.js'
import { CODES, DEMO, configureBackend, resetBackend } from '../helpers/backend.js'
import { fakeTimers, type FakeClock } from '../helpers/fake-timers.js'
import { requestCount } from '../helpers/quick-client.js'
import { stubClient } from '../helpers/stub-client.js'

/** A minimal data element: shows which store it got. */
class SessionProbe extends SeamElement {
  get currentStore() {
    return this.store
  }
  get currentError() {
    return this.session.error
  }
}
customElements.define('session-probe', SessionProbe)

/** Puts a probe inside its own shadow root. */
class ShadowHost extends LitElement {
  override render() {
    return litHtml`<session-probe></session-probe>`
  }
}
customElements.define('shadow-host', ShadowHost)

describe('<seam-provider>', () => {
  afterEach(() => resetSessions())

  it('gives one store to nested elements, ones inside other shadow roots and ones added later', async () => {
    const { client } = stubClient()
    const el = await fixture<SeamProvider>(html`<seam-provider .client=${client}>
      <div><session-probe id="a"></session-probe></div>
      <shadow-host></shadow-host>
    </seam-provider>`)
    const a = el.querySelector<SessionProbe>('#a')!
    const deep = el.querySelector('shadow-host')!.shadowRoot!.querySelector<SessionProbe>('session-probe')!
    const later = document.createElement('session-probe') as SessionProbe
    el.append(later)
    await later.updateComplete
    expect(a.currentStore).to.exist
    expect(deep.currentStore).to.equal(a.currentStore)
    expect(later.currentStore).to.equal(a.currentStore)
    expect(a.currentStore!.client).to.equal(client)
  })

  it('hands a new session down when its credentials change', async () => {
    const el = await fixture<SeamProvider>(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api"><session-probe></session-probe></seam-provider>`)
    const probe = el.querySelector<SessionProbe>('session-probe')!
    const first = probe.currentStore
    el.clientSessionToken = 'seam_cst1_other'
    await el.updateComplete
    await probe.updateComplete
    expect(probe.currentStore).to.exist.and.not.equal(first)
  })

  it('shows a specific message and fires seam-error when credentials are missing or conflict', async () => {
    const wrapper = await fixture(html`<div></div>`)
    const el = document.createElement('seam-provider') as SeamProvider
    el.setAttribute('client-session-token', 'seam_cst1_x')
    el.setAttribute('publishable-key', 'seam_pk_x')
    const event = oneEvent(el, 'seam-error')
    wrapper.append(el)
    const { detail } = await event
    expect(describeError(undefined, detail.error)).to.match(/not both/)
    await el.updateComplete
    const shown = el.shadowRoot!.querySelector('[part=error]')!
    expect(shown.getAttribute('role')).to.equal('alert')
    expect(shown.textContent).to.match(/not both/)
    await expect(el).to.be.accessible()
  })

  it('says its message in the language of the page around it, or of its own lang or locale, once those words arrive', async () => {
    const root = await fixture(html`<div lang="de"><seam-provider publishable-key="seam_pk_x"></seam-provider></div>`)
    const inherited = root.querySelector<SeamProvider>('seam-provider')!
    const own = await fixture<SeamProvider>(html`<seam-provider locale="es" publishable-key="seam_pk_x"></seam-provider>`)
    const shown = (el: SeamProvider) => el.shadowRoot!.querySelector('[part=error]')?.textContent ?? ''
    await waitUntil(() => shown(inherited).includes('Zugangscodes können nicht angezeigt werden'), 'German, from the page', { timeout: 10000 })
    await waitUntil(() => !shown(own).includes('Access codes cannot be shown') && shown(own) !== '', 'Spanish, its own', { timeout: 10000 })
    expect(shown(inherited)).to.not.match(/needs a user identifier key/)
  })

  it('spaces its message with the kit\'s spacing token', async () => {
    const el = await fixture<SeamProvider>(html`<seam-provider style="--seam-space: 10px"></seam-provider>`)
    await el.updateComplete
    const shown = el.shadowRoot!.querySelector<HTMLElement>('[part=error]')!
    expect(getComputedStyle(shown).paddingTop).to.equal('15px')
    expect(getComputedStyle(shown).marginBottom).to.equal('15px')
  })

  it('lets a data element work alone, sharing one session with equal credentials', async () => {
    const el = await fixture(html`<div>
      <session-probe client-session-token=${DEMO.clientSessionToken} endpoint="/api"></session-probe>
      <session-probe client-session-token=${DEMO.clientSessionToken} endpoint="/api"></session-probe>
      <session-probe></session-probe>
    </div>`)
    const [a, b, lonely] = [...el.querySelectorAll<SessionProbe>('session-probe')]
    await waitUntil(() => a!.currentStore != null)
    expect(a!.currentStore).to.equal(b!.currentStore)
    expect(lonely!.currentStore).to.equal(undefined)
    expect(describeError(undefined, lonely!.currentError!)).to.match(/No Seam credentials/)
  })
})

describe('a data element without a session', () => {
  let clock: FakeClock
  beforeEach(() => (clock = fakeTimers()))
  afterEach(() => {
    clock.restore()
    resetSessions()
  })

  it('fires seam-error once and shows why, instead of a silent blank', async () => {
    const errors: Event[] = []
    const wrapper = await fixture(html`<div @seam-error=${(e: Event) => errors.push(e)}></div>`)
    await import('../../src/elements/access-code-table/define.js')
    const table = document.createElement('access-code-table')
    table.setAttribute('device-id', 'd1')
    wrapper.append(table)
    await table.updateComplete
    table.heading = 'Codes'
    await table.updateComplete
    // The report waits a task; once, however long one waits.
    await clock.tickAsync(1000)
    expect(errors).to.have.length(1)
    expect(table.shadowRoot!.querySelector('[part=error]')!.textContent).to.match(/no Seam session/)
  })

  it('reports nothing when a provider upgraded after it hands a session down', async () => {
    const errors: Event[] = []
    const wrapper = await fixture(html`<div @seam-error=${(e: Event) => errors.push(e)}></div>`)
    const { client } = stubClient()
    wrapper.innerHTML = '<late-provider-probe><session-probe></session-probe></late-provider-probe>'
    const probe = wrapper.querySelector<SessionProbe>('session-probe')!
    await probe.updateComplete
    // The provider element upgrades only now, after its child rendered.
    const provider = document.createElement('seam-provider') as SeamProvider
    provider.client = client
    wrapper.querySelector('late-provider-probe')!.replaceWith(provider)
    provider.append(probe)
    await provider.updateComplete
    await probe.updateComplete
    await clock.tickAsync(1000)
    expect(probe.currentStore?.client).to.equal(client)
    expect(errors).to.have.length(0)
  })
})

describe('session lifetime', () => {
  // The registry's own delay, on a fake clock.
  const delay = registryOptions.releaseDelayMs
  let clock: FakeClock
  beforeEach(() => (clock = fakeTimers()))
  afterEach(() => {
    clock.restore()
    resetSessions()
  })

  it('closes a session nobody holds any more (a rotated token), and keeps one still held', async () => {
    const el = await fixture<SeamProvider>(html`<seam-provider client-session-token="seam_cst1_first" endpoint="/api"><session-probe></session-probe></seam-provider>`)
    const probe = el.querySelector<SessionProbe>('session-probe')!
    const first = probe.currentStore!
    const other = await fixture(html`<session-probe client-session-token="seam_cst1_kept" endpoint="/api"></session-probe>`)
    expect(openSessionCount()).to.equal(2)
    el.clientSessionToken = 'seam_cst1_second'
    await el.updateComplete
    await probe.updateComplete
    await clock.tickAsync(delay - 1)
    expect(openSessionCount(), 'the first lingers for the release delay').to.equal(3)
    await clock.tickAsync(1)
    expect(openSessionCount()).to.equal(2) // second and kept; first is closed
    expect(probe.currentStore).not.to.equal(first)
    other.remove()
    await clock.tickAsync(delay)
    expect(openSessionCount()).to.equal(1)
  })

  it('a provider put back after its session was closed shares an open one again, which can write', async () => {
    const wrapper = await fixture(html`<div><seam-provider client-session-token="seam_cst1_back" endpoint="/api"><session-probe></session-probe></seam-provider></div>`)
    const el = wrapper.querySelector<SeamProvider>('seam-provider')!
    const probe = el.querySelector<SessionProbe>('session-probe')!
    const first = probe.currentStore!
    el.remove()
    await clock.tickAsync(delay)
    expect(first.disposed, 'closed while out of the page').to.equal(true)
    wrapper.append(el)
    await el.updateComplete
    await probe.updateComplete
    const again = probe.currentStore!
    expect(again).to.not.equal(first)
    expect(again.disposed).to.equal(false)
    // A write goes through the store's cross-tab channel, which the closed one had shut.
    const ran = await again.runShared('probe-write', () => Promise.resolve('done'), { accessCodeId: 'ac1', deviceId: 'd1', activity: 'deleting' })
    expect(ran).to.equal('done')
  })

  it('keeps the session of an element that is only moved', async () => {
    const wrapper = await fixture(html`<div><session-probe client-session-token="seam_cst1_moved" endpoint="/api"></session-probe><section></section></div>`)
    const probe = wrapper.querySelector<SessionProbe>('session-probe')!
    const store = probe.currentStore
    wrapper.querySelector('section')!.append(probe)
    await clock.tickAsync(delay)
    expect(openSessionCount()).to.equal(1)
    expect(probe.currentStore).to.equal(store)
  })
})

describe('two <seam-provider>s with the same credentials', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
    await configureBackend({ delayMs: 100 })
  })
  afterEach(() => resetSessions())

  it('share one session: one write, and both agree', async () => {
    const root = await fixture(html`<div>
      <seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
        <unmanaged-code-list id="a" device-id=${DEMO.devices.august}></unmanaged-code-list>
      </seam-provider>
      <seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
        <unmanaged-code-list id="b" device-id=${DEMO.devices.august}></unmanaged-code-list>
      </seam-provider>
    </div>`)
    const [a, b] = ['#a', '#b'].map((s) => root.querySelector<UnmanagedCodeList>(s)!)
    const id = CODES['unmanagedFront1']!
    const button = (l: UnmanagedCodeList) => l.shadowRoot!.querySelector<HTMLButtonElement>(`[data-id="${id}"] button.danger`)
    await waitUntil(() => button(a!) && button(b!), 'both lists', { timeout: 5000 })
    expect(a!.sessionStore).to.equal(b!.sessionStore)
    for (const l of [a!, b!]) {
      button(l)!.click()
      await l.updateComplete
      l.shadowRoot!.querySelector<HTMLButtonElement>(`[data-id="${id}"] .confirm button.danger`)!.click()
    }
    await waitUntil(() => !a!.shadowRoot!.querySelector(`[data-id="${id}"]`) && !b!.shadowRoot!.querySelector(`[data-id="${id}"]`), 'both drop it', { timeout: 5000 })
    expect(await requestCount('/access_codes/unmanaged/delete')).to.equal(1)
  })
})

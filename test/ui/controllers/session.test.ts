import { expect, fixture, html } from '@open-wc/testing'
import { LitElement, html as litHtml } from 'lit'
import { property } from 'lit/decorators.js'
import type { SeamClient } from '../../../src/api/client.js'
import type { SeamError } from '../../../src/api/errors.js'
import '../../../src/context/define.js'
import type { SeamProvider } from '../../../src/context/seam-provider.js'
import { resetSessions } from '../../../src/state/registry.js'
import { SessionStore } from '../../../src/state/store.js'
import { SessionController } from '../../../src/ui/controllers/session.js'
import { DEMO } from '../../helpers/backend.js'
import { stubClient } from '../../helpers/stub-client.js'

/** A host with only the session controller: counts its renders and what it reported. */
class SessionHostProbe extends LitElement {
  @property({ attribute: 'publishable-key' }) publishableKey?: string
  @property({ attribute: 'user-identifier-key' }) userIdentifierKey?: string
  @property({ attribute: 'client-session-token' }) clientSessionToken?: string
  @property() endpoint?: string
  @property({ attribute: false }) client?: SeamClient
  optional = false
  renders = 0
  reported: SeamError[] = []
  readonly session = new SessionController(this, { report: (e) => this.reported.push(e), optional: () => this.optional })
  override render() {
    this.renders++
    return litHtml`${this.session.store ? 'store' : 'none'}`
  }
}
customElements.define('session-host-probe', SessionHostProbe)

/** One task: the controller reports a configuration error a task after the update that found it. */
const aTask = () => new Promise((r) => setTimeout(r))

describe('SessionController', () => {
  afterEach(() => resetSessions())

  it('uses the nearest provider\'s session, and the host\'s own credentials over it', async () => {
    const { client } = stubClient()
    const provider = await fixture<SeamProvider>(html`<seam-provider .client=${client}>
      <session-host-probe id="inherits"></session-host-probe>
      <session-host-probe id="own" client-session-token=${DEMO.clientSessionToken} endpoint="/api"></session-host-probe>
    </seam-provider>`)
    const inherits = provider.querySelector<SessionHostProbe>('#inherits')!
    const own = provider.querySelector<SessionHostProbe>('#own')!
    expect(inherits.session.store).to.equal(provider.session!.store)
    expect(own.session.store).to.exist.and.not.equal(provider.session!.store)
    expect(own.session.store!.client).not.to.equal(client)
  })

  it('resolves again only when a credential changes, and a store handed to it wins over everything', async () => {
    const el = await fixture<SessionHostProbe>(html`<session-host-probe client-session-token="seam_cst1_a" endpoint="/api"></session-host-probe>`)
    const first = el.session.store
    el.endpoint = '/api'
    await el.updateComplete
    expect(el.session.store).to.equal(first)
    const handed = new SessionStore(stubClient().client)
    el.session.hand(handed)
    await el.updateComplete
    expect(el.session.store).to.equal(handed)
    expect(el.session.handed).to.equal(true)
    el.session.hand(undefined)
    await el.updateComplete
    expect(el.session.store).to.equal(first)
    expect(el.session.handed).to.equal(false)
    el.clientSessionToken = 'seam_cst1_b'
    await el.updateComplete
    expect(el.session.store).to.exist.and.not.equal(first)
  })

  it('reports a missing session once, a task later, however often the host renders', async () => {
    const errors: Event[] = []
    const wrapper = await fixture(html`<div @seam-error=${(e: Event) => errors.push(e)}></div>`)
    const el = document.createElement('session-host-probe') as SessionHostProbe
    wrapper.append(el)
    await el.updateComplete
    expect(el.reported).to.have.length(0)
    await aTask()
    expect(el.reported).to.have.length(1)
    expect(el.session.value.error?.reason).to.equal('missing')
    el.requestUpdate()
    await el.updateComplete
    await aTask()
    expect(el.reported).to.have.length(1)
  })

  it('reports nothing while the host needs no session, and nothing once a session came within the task', async () => {
    const optional = document.createElement('session-host-probe') as SessionHostProbe
    optional.optional = true
    const late = document.createElement('session-host-probe') as SessionHostProbe
    const wrapper = await fixture(html`<div></div>`)
    wrapper.append(optional, late)
    await Promise.all([optional.updateComplete, late.updateComplete])
    late.session.hand(new SessionStore(stubClient().client))
    await late.updateComplete
    await aTask()
    expect(optional.reported).to.have.length(0)
    expect(late.reported).to.have.length(0)
  })

  it('reports a configuration error again only after a good session or for another problem', async () => {
    const el = await fixture<SessionHostProbe>(html`<session-host-probe client-session-token="nonsense"></session-host-probe>`)
    await aTask()
    expect(el.reported.map((e) => (e as { reason?: string }).reason)).to.deep.equal(['malformed-token'])
    el.clientSessionToken = 'still nonsense'
    await el.updateComplete
    await aTask()
    expect(el.reported).to.have.length(1)
    el.publishableKey = 'seam_pk_x'
    await el.updateComplete
    await aTask()
    expect(el.reported.map((e) => (e as { reason?: string }).reason)).to.deep.equal(['malformed-token', 'conflict'])
    el.publishableKey = undefined
    el.clientSessionToken = 'seam_cst1_fine'
    el.endpoint = '/api'
    await el.updateComplete
    el.clientSessionToken = 'nonsense'
    await el.updateComplete
    await aTask()
    expect(el.reported.map((e) => (e as { reason?: string }).reason)).to.deep.equal(['malformed-token', 'conflict', 'malformed-token'])
  })

  it('re-renders its host when anyone in the session starts or ends an activity, and stops when disconnected', async () => {
    const store = new SessionStore(stubClient().client)
    const el = await fixture<SessionHostProbe>(html`<session-host-probe></session-host-probe>`)
    el.session.hand(store)
    await el.updateComplete
    const before = el.renders
    store.setActivity('a', 'deleting')
    await el.updateComplete
    expect(el.renders).to.equal(before + 1)
    el.remove()
    store.setActivity('a', undefined)
    await el.updateComplete
    expect(el.renders).to.equal(before + 1)
  })

  it('reports each load failure once, however often it is seen', async () => {
    const el = await fixture<SessionHostProbe>(html`<session-host-probe .optional=${true}></session-host-probe>`)
    const failure = new Error('x') as SeamError
    el.session.reportOnce(failure)
    el.session.reportOnce(failure)
    el.session.reportOnce(undefined)
    await aTask()
    expect(el.reported).to.deep.equal([failure])
  })
})

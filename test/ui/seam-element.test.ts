import { expect, fixture, html } from '@open-wc/testing'
import { html as litHtml } from 'lit'
import { SeamNetworkError } from '../../src/api/errors.js'
import type { SeamError } from '../../src/api/errors.js'
import { resetSessions, storeForClient } from '../../src/state/registry.js'
import { SeamElement } from '../../src/ui/seam-element.js'
import { DEMO } from '../helpers/backend.js'
import { stubClient } from '../helpers/stub-client.js'

/** The thin base, with its protected parts in reach. */
class BaseProbe extends SeamElement {
  report(error: SeamError | undefined) {
    this.reportOnce(error)
  }
  get locale_() {
    return this.lang_
  }
  get currentStore() {
    return this.store
  }
  override render() {
    return litHtml`${this.lang_}`
  }
}
customElements.define('seam-element-probe', BaseProbe)

describe('SeamElement', () => {
  afterEach(() => resetSessions())

  it('takes its credentials, locale and time zone from attributes', async () => {
    const el = await fixture<BaseProbe>(html`<seam-element-probe
      client-session-token=${DEMO.clientSessionToken}
      endpoint="/api"
      locale="de-DE"
      time-zone="Europe/Berlin"
    ></seam-element-probe>`)
    expect([el.clientSessionToken, el.endpoint, el.locale, el.timeZone]).to.deep.equal([DEMO.clientSessionToken, '/api', 'de-DE', 'Europe/Berlin'])
    expect(el.locale_).to.equal('de-DE')
    expect(el.currentStore, 'its own credentials name a session').to.exist
    el.setAttribute('publishable-key', 'seam_pk_x')
    el.setAttribute('user-identifier-key', 'user_1')
    expect([el.publishableKey, el.userIdentifierKey]).to.deep.equal(['seam_pk_x', 'user_1'])
  })

  it('uses a store it is handed, whatever its credentials say', async () => {
    const el = await fixture<BaseProbe>(html`<seam-element-probe client-session-token=${DEMO.clientSessionToken} endpoint="/api"></seam-element-probe>`)
    const handed = storeForClient(stubClient().client)
    el.sessionStore = handed
    await el.updateComplete
    expect(el.sessionStore).to.equal(handed)
    expect(el.currentStore).to.equal(handed)
  })

  it('tells the page of a failure once, as a seam-error that leaves its shadow roots', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><seam-element-probe .client=${stubClient().client}></seam-element-probe></div>`)
    const el = wrapper.querySelector<BaseProbe>('seam-element-probe')!
    const heard: Event[] = []
    wrapper.addEventListener('seam-error', (e) => heard.push(e))
    const error = new SeamNetworkError()
    el.report(error)
    el.report(error)
    el.report(undefined)
    expect(heard).to.have.length(1)
    expect((heard[0] as CustomEvent<{ error: SeamError }>).detail.error).to.equal(error)
    expect([heard[0]!.bubbles, heard[0]!.composed]).to.deep.equal([true, true])
    el.report(new SeamNetworkError())
    expect(heard, 'another failure is told too').to.have.length(2)
  })
})

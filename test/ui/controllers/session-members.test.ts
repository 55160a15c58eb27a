import { expect, fixture, html } from '@open-wc/testing'
import { LitElement, html as litHtml } from 'lit'
import { property } from 'lit/decorators.js'
import { SessionStore } from '../../../src/state/store.js'
import { SessionMembership, sessionMember } from '../../../src/ui/controllers/session-members.js'
import { stubClient } from '../../helpers/stub-client.js'

class MemberProbe extends LitElement {
  @property({ attribute: false }) store?: SessionStore
  constructor() {
    super()
    new SessionMembership(this, 'member-probe', () => this.store)
  }
}
customElements.define('member-probe', MemberProbe)

class MemberShadowHost extends LitElement {
  @property({ attribute: false }) store?: SessionStore
  override render() {
    return litHtml`<member-probe .store=${this.store}></member-probe>`
  }
}
customElements.define('member-shadow-host', MemberShadowHost)

describe('session members', () => {
  const store = () => new SessionStore(stubClient().client)

  it('finds the element a session holds, inside shadow roots too, only while it is connected', async () => {
    const s = store()
    const host = await fixture<MemberShadowHost>(html`<member-shadow-host .store=${s}></member-shadow-host>`)
    const member = host.shadowRoot!.querySelector<MemberProbe>('member-probe')!
    await member.updateComplete
    expect(sessionMember(s, 'member-probe')).to.equal(member)
    expect(sessionMember(s, 'other-tag')).to.equal(undefined)
    expect(sessionMember(store(), 'member-probe')).to.equal(undefined)
    expect(sessionMember(undefined, 'member-probe')).to.equal(undefined)
    host.remove()
    expect(sessionMember(s, 'member-probe')).to.equal(undefined)
  })

  it('moves with its session, and leaves it when it has none', async () => {
    const [a, b] = [store(), store()]
    const el = await fixture<MemberProbe>(html`<member-probe .store=${a}></member-probe>`)
    el.store = b
    await el.updateComplete
    expect(sessionMember(a, 'member-probe')).to.equal(undefined)
    expect(sessionMember(b, 'member-probe')).to.equal(el)
    el.store = undefined
    await el.updateComplete
    expect(sessionMember(b, 'member-probe')).to.equal(undefined)
  })

  it('keeps its registry where another copy of the kit finds it', async () => {
    const s = store()
    const el = await fixture<MemberProbe>(html`<member-probe .store=${s}></member-probe>`)
    const shared = (globalThis as Record<symbol, WeakMap<object, Map<string, Set<Element>>>>)[Symbol.for('access-code-elements/session-members')]!
    expect([...shared.get(s)!.get('member-probe')!]).to.deep.equal([el])
  })
})

import { expect, fixture, html } from '@open-wc/testing'
import { LitElement } from 'lit'
import { Announcer } from '../../../src/ui/controllers/announcer.js'

class AnnouncerProbe extends LitElement {
  readonly announcer = new Announcer(this)
  readonly said: string[] = []
  override render() {
    return this.announcer.render()
  }
  override updated() {
    this.said.push(this.announcer.text)
  }
}
customElements.define('announcer-probe', AnnouncerProbe)

const region = (el: AnnouncerProbe) => el.shadowRoot!.querySelector<HTMLElement>('[role=status]')!

describe('Announcer', () => {
  it('keeps one polite live region, there before anything is said', async () => {
    const el = await fixture<AnnouncerProbe>(html`<announcer-probe></announcer-probe>`)
    const live = region(el)
    expect(live.getAttribute('aria-live')).to.equal('polite')
    expect(live.getAttribute('aria-atomic')).to.equal('true')
    expect(live.textContent).to.equal('')
    el.announcer.announce('Guest: Set')
    await el.updateComplete
    expect(region(el)).to.equal(live)
    expect(live.textContent).to.equal('Guest: Set')
    await expect(el).to.be.accessible()
  })

  it('says the same sentence again by clearing the region first, and ignores an empty one', async () => {
    const el = await fixture<AnnouncerProbe>(html`<announcer-probe></announcer-probe>`)
    el.announcer.announce('Deleted')
    await el.updateComplete
    el.announcer.announce('')
    await el.updateComplete
    expect(region(el).textContent).to.equal('Deleted')
    el.announcer.announce('Deleted')
    await el.updateComplete
    await el.updateComplete
    expect(region(el).textContent).to.equal('Deleted')
    // What the region held, render by render: cleared in between, so it is said twice.
    expect(el.said.slice(1)).to.deep.equal(['Deleted', '', 'Deleted'])
  })
})

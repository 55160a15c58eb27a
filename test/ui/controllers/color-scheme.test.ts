import { expect, fixture, html } from '@open-wc/testing'
import { emulateMedia } from '@web/test-runner-commands'
import { LitElement, html as litHtml } from 'lit'
import { ColorSchemeController } from '../../../src/ui/controllers/color-scheme.js'
import { tokens } from '../../../src/ui/styles/tokens.js'
import { skipWithoutMediaEmulation } from '../../support/engine.js'


/** Wears the kit's tokens and the controller, as every data element does. */
class SchemeProbe extends LitElement {
  static override styles = tokens
  readonly scheme = new ColorSchemeController(this)
  override render() {
    return litHtml`<p>text</p>`
  }
}
customElements.define('scheme-probe', SchemeProbe)

/** A probe in another element's shadow root, as the form sits in the table's dialog. */
class SchemeHost extends SchemeProbe {
  override render() {
    return litHtml`<scheme-probe></scheme-probe>`
  }
}
customElements.define('scheme-host', SchemeHost)

const DARK = 'rgb(22, 27, 38)'
const LIGHT = 'rgb(255, 255, 255)'
const background = (el: Element) => getComputedStyle(el).backgroundColor

describe('ColorSchemeController (the dark scheme follows the page, else the system)', () => {
  before(function () {
    if (!('states' in ElementInternals.prototype)) this.skip()
  })
  afterEach(async () => {
    document.documentElement.style.colorScheme = ''
    await emulateMedia({ colorScheme: 'light' })
  })

  it('wears the scheme the page declares on its root, whatever the system prefers', async () => {
    document.documentElement.style.colorScheme = 'dark'
    const el = await fixture(html`<scheme-probe></scheme-probe>`)
    expect(background(el)).to.equal(DARK)
  })

  it('wears a scheme declared on any ancestor, and a rule on the element itself wins', async () => {
    const wrapper = await fixture(html`<div style="color-scheme: dark"><scheme-probe></scheme-probe><scheme-probe style="color-scheme: light"></scheme-probe></div>`)
    const [inherited, own] = [...wrapper.querySelectorAll('scheme-probe')]
    expect([background(inherited!), background(own!)]).to.deep.equal([DARK, LIGHT])
  })

  it('follows the system where the page declares nothing, and the page\'s light over a dark system', async function () {
    await skipWithoutMediaEmulation(this)
    await emulateMedia({ colorScheme: 'dark' })
    expect(background(await fixture(html`<scheme-probe></scheme-probe>`))).to.equal(DARK)
    const light = await fixture(html`<div style="color-scheme: light"><scheme-probe></scheme-probe></div>`)
    expect(background(light.querySelector('scheme-probe')!)).to.equal(LIGHT)
  })

  it('inside another element, wears that element\'s scheme (a form in a forced-dark table\'s dialog)', async () => {
    const host = await fixture<SchemeHost>(html`<scheme-host style="color-scheme: dark"></scheme-host>`)
    expect(background(host.shadowRoot!.querySelector('scheme-probe')!)).to.equal(DARK)
  })
})

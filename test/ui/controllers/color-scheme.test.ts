import { expect, fixture, html, waitUntil } from '@open-wc/testing'
import { emulateMedia } from '@web/test-runner-commands'
import { LitElement, html as litHtml } from 'lit'
import { ColorSchemeController } from '../../../src/ui/controllers/color-scheme.js'
import { tokens } from '../../../src/ui/styles/tokens.js'
import { AccessCodeTable } from '../../../src/elements/access-code-table/access-code-table.js'
import { managedCode } from '../../helpers/stub-client.js'
import { skipWithoutMediaEmulation } from '../../support/engine.js'


/** Wears the kit's tokens and the controller, as every data element does. */
class SchemeProbe extends LitElement {
  static override styles = tokens
  readonly scheme = new ColorSchemeController(this, () => this.attachInternals())
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

/** Shows its children in a dark part of its shadow root (a card of the page's own). */
class SchemeCard extends LitElement {
  override render() {
    return litHtml`<div style="color-scheme: dark"><slot></slot></div>`
  }
}
customElements.define('scheme-card', SchemeCard)

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

  it('wears the scheme around the slot it is shown in (read when it connects: the slot must be there by then)', async () => {
    const card = await fixture(html`<scheme-card></scheme-card>`)
    const probe = document.createElement('scheme-probe')
    card.append(probe)
    expect(background(probe)).to.equal(DARK)
  })

  it('lets a page\'s subclass of an element have the element\'s internals too (an element attaches them once)', async () => {
    class OwnTable extends AccessCodeTable {
      readonly mine = this.attachInternals()
    }
    customElements.define('own-table-with-internals', OwnTable)
    document.documentElement.style.colorScheme = 'dark'
    const el = await fixture<OwnTable>(html`<own-table-with-internals .accessCodes=${[managedCode({ access_code_id: 'a' })]}></own-table-with-internals>`)
    expect(el.mine.states).to.exist
    expect(background(el)).to.equal(DARK)
  })

  it('inside another element, wears that element\'s scheme (a form in a forced-dark table\'s dialog)', async () => {
    const host = await fixture<SchemeHost>(html`<scheme-host style="color-scheme: dark"></scheme-host>`)
    expect(background(host.shadowRoot!.querySelector('scheme-probe')!)).to.equal(DARK)
  })

  it('follows a page that switches its scheme after the elements connected: a style, a class, a stylesheet, and back', async () => {
    const wrapper = await fixture(html`<div><scheme-host></scheme-host></div>`)
    const host = wrapper.querySelector<SchemeHost>('scheme-host')!
    const inner = host.shadowRoot!.querySelector('scheme-probe')!
    expect(background(host)).to.equal(LIGHT)
    // The page's toggle sets a style on its root.
    document.documentElement.style.colorScheme = 'dark'
    await waitUntil(() => background(host) === DARK && background(inner) === DARK, 'dark from the root style', { timeout: 2000 })
    document.documentElement.style.colorScheme = ''
    await waitUntil(() => background(host) === LIGHT, 'light again', { timeout: 2000 })
    // A class on an ancestor, which a stylesheet of the page's turns dark.
    const sheet = document.createElement('style')
    sheet.textContent = '.theme-dark { color-scheme: dark }'
    document.head.append(sheet)
    wrapper.classList.add('theme-dark')
    await waitUntil(() => background(host) === DARK, 'dark from a class', { timeout: 2000 })
    wrapper.classList.remove('theme-dark')
    await waitUntil(() => background(host) === LIGHT, 'light when the class goes', { timeout: 2000 })
    // A stylesheet that arrives later.
    wrapper.classList.add('late-dark')
    const late = document.createElement('style')
    late.textContent = '.late-dark { color-scheme: dark }'
    document.head.append(late)
    await waitUntil(() => background(host) === DARK, 'dark from a stylesheet added later', { timeout: 2000 })
    sheet.remove()
    late.remove()
    await waitUntil(() => background(host) === LIGHT, 'light when it is removed', { timeout: 2000 })
  })
})

import { expect, fixture, html } from '@open-wc/testing'
import { LitElement, html as litHtml } from 'lit'
import { property } from 'lit/decorators.js'
import { LocaleController } from '../../src/context/locale.js'

/** Renders its locale into one span; counts renders and reads the locale many times per render. */
class LocaleProbe extends LitElement {
  @property() locale?: string
  readonly localize = new LocaleController(this)
  renders = 0
  override render() {
    this.renders++
    // A table asks once per row: the walk up the tree must not follow.
    for (let i = 0; i < 50; i++) void this.localize.value
    return litHtml`<span>${this.localize.value}</span>`
  }
}
customElements.define('locale-probe', LocaleProbe)

/** Puts a probe in its shadow root, under a div that may carry a lang. */
class LocaleShadowHost extends LitElement {
  override render() {
    return litHtml`<div><locale-probe></locale-probe></div>`
  }
}
customElements.define('locale-shadow-host', LocaleShadowHost)

const shown = (el: LocaleProbe) => el.shadowRoot!.querySelector('span')!.textContent
/** Mutation observers run as a microtask; the re-render then completes. */
const settled = async (el: LocaleProbe) => {
  await Promise.resolve()
  await el.updateComplete
}

/** The probe inside the shadow root of `outer`'s <locale-shadow-host>, once both have rendered. */
async function probeInShadow(outer: Element): Promise<LocaleProbe> {
  const host = outer.querySelector<LocaleShadowHost>('locale-shadow-host')!
  await host.updateComplete
  const probe = host.shadowRoot!.querySelector<LocaleProbe>('locale-probe')!
  await probe.updateComplete
  return probe
}

describe('LocaleController', () => {
  it('takes the locale property, else the own lang, else the nearest lang, else the browser\'s', async () => {
    const root = await fixture(html`<div lang="de-AT">
      <locale-probe id="property" locale="fr-CA" lang="it"></locale-probe>
      <locale-probe id="own" lang="it"></locale-probe>
      <section><locale-probe id="ancestor"></locale-probe></section>
    </div>`)
    const alone = await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`)
    expect(shown(root.querySelector('#property')!)).to.equal('fr-CA')
    expect(shown(root.querySelector('#own')!)).to.equal('it')
    expect(shown(root.querySelector('#ancestor')!)).to.equal('de-AT')
    expect(shown(alone)).to.equal(document.documentElement.lang || navigator.language)
  })

  it('finds a lang across shadow roots', async () => {
    const outer = await fixture(html`<div lang="nl"><locale-shadow-host></locale-shadow-host></div>`)
    const probe = await probeInShadow(outer)
    expect(shown(probe)).to.equal('nl')
  })

  it('walks up once, not once per use, until something changes', async () => {
    const outer = await fixture(html`<div lang="sv"><section><locale-probe></locale-probe></section></div>`)
    const probe = outer.querySelector<LocaleProbe>('locale-probe')!
    let walks = 0
    const original = outer.getAttribute.bind(outer)
    outer.getAttribute = (name: string) => (name === 'lang' && walks++, original(name))
    probe.requestUpdate()
    await probe.updateComplete
    probe.requestUpdate()
    await probe.updateComplete
    expect(shown(probe)).to.equal('sv')
    expect(walks).to.equal(0)
    outer.setAttribute('lang', 'nb')
    await settled(probe)
    expect(shown(probe)).to.equal('nb')
    expect(walks).to.equal(1)
  })

  it('re-renders in place when a lang changes above it, in the document or in a shadow root', async () => {
    const outer = await fixture(html`<div lang="en-GB"><locale-shadow-host></locale-shadow-host></div>`)
    const probe = await probeInShadow(outer)
    const span = probe.shadowRoot!.querySelector('span')!
    expect(span.textContent).to.equal('en-GB')

    outer.setAttribute('lang', 'pt-BR')
    await settled(probe)
    expect(probe.shadowRoot!.querySelector('span')).to.equal(span)
    expect(span.textContent).to.equal('pt-BR')

    const inside = outer.querySelector<LocaleShadowHost>('locale-shadow-host')!.shadowRoot!.querySelector('div')!
    inside.setAttribute('lang', 'ja')
    await settled(probe)
    expect(span.textContent).to.equal('ja')

    inside.removeAttribute('lang')
    await settled(probe)
    expect(span.textContent).to.equal('pt-BR')
  })

  it('follows its own lang, and does not re-render for a change that leaves its locale as it is', async () => {
    const outer = await fixture(html`<div lang="es"><locale-probe locale="ko"></locale-probe><locale-probe id="plain"></locale-probe></div>`)
    const fixed = outer.querySelector<LocaleProbe>('locale-probe')!
    const plain = outer.querySelector<LocaleProbe>('#plain')!
    const renders = fixed.renders
    outer.setAttribute('lang', 'ca')
    await settled(fixed)
    expect(fixed.renders).to.equal(renders)
    expect(shown(fixed)).to.equal('ko')
    await settled(plain)
    expect(shown(plain)).to.equal('ca')
    plain.setAttribute('lang', 'eu')
    await settled(plain)
    expect(shown(plain)).to.equal('eu')
  })

  it('walks again when moved under another lang', async () => {
    const outer = await fixture(html`<div><p lang="fi"><locale-probe></locale-probe></p><p lang="et"></p></div>`)
    const probe = outer.querySelector<LocaleProbe>('locale-probe')!
    expect(shown(probe)).to.equal('fi')
    outer.querySelector('[lang=et]')!.append(probe)
    await probe.updateComplete
    expect(shown(probe)).to.equal('et')
  })
})

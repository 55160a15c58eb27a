import { expect, fixture, html } from '@open-wc/testing'
import { LitElement, html as litHtml } from 'lit'
import { InlineConfirm } from '../../../src/ui/controllers/confirm.js'

/** Two rows, each with a delete button that the question replaces. */
class ConfirmProbe extends LitElement {
  readonly confirm = new InlineConfirm(this)
  confirmed: string[] = []
  override render() {
    return litHtml`${['a', 'b'].map(
      (id) => litHtml`<div ${this.confirm.row(id)} tabindex="-1" data-id=${id}>
        ${this.confirm.current === id
          ? this.confirm.render(`Code ${id}`, 'en', () => this.confirmed.push(id))
          : litHtml`<button ${this.confirm.trigger(id)} class="trigger" @click=${() => this.confirm.open(id)}>Delete ${id}</button>`}
      </div>`,
    )}`
  }
}
customElements.define('confirm-probe', ConfirmProbe)

const q = (el: ConfirmProbe, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!
const buttons = (el: ConfirmProbe) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.confirm button')]

describe('InlineConfirm', () => {
  it('asks in place and moves focus to Cancel, and back to the delete button when cancelled', async () => {
    const el = await fixture<ConfirmProbe>(html`<confirm-probe></confirm-probe>`)
    q(el, '[data-id=b] .trigger').click()
    await el.updateComplete
    const question = q(el, '[data-id=b] .confirm')
    expect(question.getAttribute('role')).to.equal('group')
    expect(question.getAttribute('aria-label')).to.equal('Delete “Code b” from the lock?')
    expect(el.shadowRoot!.activeElement!.textContent).to.equal('Cancel')
    buttons(el)[1]!.click()
    await el.updateComplete
    expect(el.confirm.current).to.equal(undefined)
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '[data-id=b] .trigger'))
    expect(el.confirmed).to.deep.equal([])
  })

  it('once confirmed runs the action and moves focus to the row', async () => {
    const el = await fixture<ConfirmProbe>(html`<confirm-probe></confirm-probe>`)
    q(el, '[data-id=a] .trigger').click()
    await el.updateComplete
    buttons(el)[0]!.click()
    await el.updateComplete
    expect(el.confirmed).to.deep.equal(['a'])
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '[data-id=a]'))
  })

  it('asks about one code at a time, and keeps clicks inside from reaching the row', async () => {
    const el = await fixture<ConfirmProbe>(html`<confirm-probe></confirm-probe>`)
    let rowClicks = 0
    q(el, '[data-id=a]').addEventListener('click', () => rowClicks++)
    el.confirm.open('a')
    await el.updateComplete
    q(el, '[data-id=a] .confirm span').click()
    expect(rowClicks).to.equal(0)
    el.confirm.open('b')
    await el.updateComplete
    expect(el.shadowRoot!.querySelectorAll('.confirm')).to.have.length(1)
    expect(el.shadowRoot!.activeElement!.closest('[data-id]')!.getAttribute('data-id')).to.equal('b')
  })
})

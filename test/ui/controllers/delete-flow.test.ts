import { expect, fixture, html } from '@open-wc/testing'
import { LitElement, html as litHtml } from 'lit'
import { property } from 'lit/decorators.js'
import { SeamApiError, type SeamError } from '../../../src/api/errors.js'
import { registerStrings } from '../../../src/i18n/index.js'
import { SessionStore } from '../../../src/state/store.js'
import { Announcer } from '../../../src/ui/controllers/announcer.js'
import { DeleteFlow } from '../../../src/ui/controllers/delete-flow.js'
import { stubClient } from '../../helpers/stub-client.js'

type Code = { access_code_id: string; name: string }

/** A list of codes with a delete button each, built on the flow the way the table and the list are. */
class DeleteFlowProbe extends LitElement {
  @property() locale = 'en'
  codes: Code[] = [
    { access_code_id: 'a', name: 'Alice' },
    { access_code_id: 'b', name: 'Bob' },
  ]
  store: SessionStore | undefined = new SessionStore(stubClient().client)
  removals: string[] = []
  removed: string[] = []
  reported: SeamError[] = []
  /** What the next removal does: resolve, or reject with this. */
  next: SeamError | undefined
  readonly announcer = new Announcer(this)
  readonly deletes = new DeleteFlow<Code>(this, {
    store: () => this.store,
    locale: () => this.locale,
    name: (code) => code.name,
    remove: async (_store, code) => {
      this.removals.push(code.access_code_id)
      const failure = this.next
      this.next = undefined
      if (failure) throw failure
      this.codes = this.codes.filter((c) => c !== code)
    },
    removed: (code) => this.removed.push(code.access_code_id),
    report: (error) => this.reported.push(error),
    announcer: this.announcer,
  })

  override render() {
    return litHtml`${this.codes.map(
      (code) => litHtml`<div ${this.deletes.confirm.row(code.access_code_id)} tabindex="-1" data-id=${code.access_code_id}>
        ${this.deletes.asking(code.access_code_id)
          ? this.deletes.question(code, this.locale)
          : litHtml`<button ${this.deletes.confirm.trigger(code.access_code_id)} class="trigger" @click=${() => this.deletes.ask(code.access_code_id)}>x</button>`}
        ${this.deletes.failureNote(code.access_code_id, this.locale)}
      </div>`,
    )}${this.announcer.render()}`
  }
}
customElements.define('delete-flow-probe', DeleteFlowProbe)

const q = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)
const live = (el: Element) => q(el, '[aria-live=polite]')!.textContent

async function confirmDelete(el: DeleteFlowProbe, id: string): Promise<void> {
  q(el, `[data-id=${id}] .trigger`)!.click()
  await el.updateComplete
  q(el, `[data-id=${id}] .confirm button.danger`)!.click()
  await el.updateComplete
}

describe('DeleteFlow', () => {
  it('sends one delete per code while one runs, even where the store does not show it under way yet (its chunk still loading)', async () => {
    const el = await fixture<DeleteFlowProbe>(html`<delete-flow-probe></delete-flow-probe>`)
    const code = el.codes[0]!
    const first = el.deletes.delete(code)
    // The store's activity is not 'deleting' yet, so the row could offer Delete again: a second run is ignored.
    const second = el.deletes.delete(code)
    // What the row shows meanwhile: the flow's own delete, since the store has no activity for it.
    expect(el.deletes.activity('a')).to.equal('deleting')
    await Promise.all([first, second])
    expect(el.removals).to.deep.equal(['a'])
    expect(el.deletes.activity('a')).to.equal(undefined)
    // Once the first has ended, a delete of the same code runs again (it failed, say, and the person tries again).
    el.codes = [code]
    await el.deletes.delete(code)
    expect(el.removals).to.deep.equal(['a', 'a'])
  })

  it('asks, runs the store mutation once, says the code was deleted, then tells the element', async () => {
    const el = await fixture<DeleteFlowProbe>(html`<delete-flow-probe></delete-flow-probe>`)
    q(el, '[data-id=b] .trigger')!.click()
    await el.updateComplete
    expect(q(el, '[data-id=b] .confirm')!.getAttribute('aria-label')).to.equal('Delete “Bob” from the lock?')
    expect(el.removals).to.deep.equal([])
    q(el, '[data-id=b] .confirm button.danger')!.click()
    await el.updateComplete
    await el.updateComplete
    expect(el.removals).to.deep.equal(['b'])
    expect(el.removed).to.deep.equal(['b'])
    expect(live(el)).to.equal('Bob was deleted.')
    expect(el.reported).to.deep.equal([])
  })

  it('keeps a failure beside its code, says it, reports it, and clears it when tried again', async () => {
    const el = await fixture<DeleteFlowProbe>(html`<delete-flow-probe></delete-flow-probe>`)
    const error = new SeamApiError({ status: 409, type: 'conflict', message: 'The lock is busy.' })
    el.next = error
    await confirmDelete(el, 'a')
    await el.updateComplete
    expect(el.deletes.failure('a', 'en')).to.equal('Could not delete: The lock is busy.')
    expect(q(el, '[data-id=a] .failure')!.textContent).to.equal('Could not delete: The lock is busy.')
    expect(q(el, '[data-id=b] .failure')).to.equal(null)
    expect(live(el)).to.equal('Could not delete: The lock is busy.')
    expect(el.reported).to.deep.equal([error])
    expect(el.removed).to.deep.equal([])

    await confirmDelete(el, 'a')
    await el.updateComplete
    expect(el.deletes.failure('a', 'en')).to.equal(undefined)
    expect(el.removed).to.deep.equal(['a'])
  })

  it('puts a kept failure into the words of the locale in use when shown', async () => {
    registerStrings('x-delete-flow', { deleteFailed: 'Nicht gelöscht: {reason}' })
    const el = await fixture<DeleteFlowProbe>(html`<delete-flow-probe></delete-flow-probe>`)
    el.next = new SeamApiError({ status: 409, type: 'conflict', message: 'busy' })
    await confirmDelete(el, 'a')
    await el.updateComplete
    el.locale = 'x-delete-flow'
    await el.updateComplete
    expect(q(el, '[data-id=a] .failure')!.textContent).to.equal('Nicht gelöscht: busy')
  })

  it('does nothing without a session', async () => {
    const el = await fixture<DeleteFlowProbe>(html`<delete-flow-probe></delete-flow-probe>`)
    el.store = undefined
    await el.deletes.delete(el.codes[0]!)
    expect(el.removals).to.deep.equal([])
    expect(el.reported).to.deep.equal([])
  })
})

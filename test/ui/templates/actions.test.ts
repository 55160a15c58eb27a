import { expect, fixture, html, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import { LitElement, html as litHtml } from 'lit'
import { RowMenu } from '../../../src/ui/controllers/row-menu.js'
import { PopoverController } from '../../../src/ui/popover.js'
import { codeParts } from '../../../src/ui/styles/code-parts.js'
import { tokens } from '../../../src/ui/styles/tokens.js'
import { actionsPart, type ActionDescriptor } from '../../../src/ui/templates/actions.js'
import { icons } from '../../../src/ui/templates/icons.js'
import { explanationPart } from '../../../src/ui/templates/issues.js'
import type { Floating } from '../../../src/ui/templates/tips.js'

// Issue 19: a row's actions are descriptors, rendered as icon buttons with
// names and tooltips, or past three as a menu button.
class ActionsProbe extends LitElement {
  static override styles = [tokens, codeParts]
  static override properties = { actions: { attribute: false } }
  actions: ActionDescriptor[] = []
  readonly tips: PopoverController<Floating> = new PopoverController<Floating>(this)
  readonly menu = new RowMenu(this)
  override render() {
    return litHtml`<span class="row-actions">${actionsPart(this.actions, 'r1', this.tips, (rest) => this.menu.render('r1', 'Guest', rest, 'en'))}</span>
      ${explanationPart('en', this.tips)}`
  }
}
customElements.define('actions-probe', ActionsProbe)

const ran: string[] = []
const action = (id: string, extra: Partial<ActionDescriptor> = {}): ActionDescriptor => ({
  id,
  label: `${id} Guest`,
  tip: id,
  icon: icons.edit,
  run: () => ran.push(id),
  ...extra,
})
const focused = (el: Element) => el.shadowRoot!.activeElement

describe('row actions (issue 19)', () => {
  beforeEach(() => (ran.length = 0))

  it('up to three: icon buttons with names and tooltips; an unavailable one stays focusable and says why', async () => {
    const el = await fixture<ActionsProbe>(html`<actions-probe .actions=${[action('edit'), action('delete', { tone: 'danger', unavailable: 'Offline codes end on their own.' })]}></actions-probe>`)
    const [edit, del] = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.row-actions > button')]
    expect(edit!.getAttribute('aria-label')).to.equal('edit Guest')
    expect(del!.getAttribute('aria-disabled')).to.equal('true')
    expect(del!.disabled).to.equal(false)
    expect(del!.classList.contains('danger'), 'an unavailable action is not styled as one that destroys').to.equal(false)
    expect(el.shadowRoot!.getElementById(del!.getAttribute('aria-describedby')!)!.textContent).to.equal('Offline codes end on their own.')
    del!.click()
    edit!.click()
    expect(ran).to.deep.equal(['edit'])
    del!.focus()
    await waitUntil(() => el.shadowRoot!.querySelector('[part=explanation]')!.textContent!.includes('Offline codes end on their own.'), 'the reason on focus')
    expect(el.shadowRoot!.querySelector('[part=explanation]')!.getAttribute('role')).to.equal('tooltip')
    edit!.focus()
    await waitUntil(() => el.shadowRoot!.querySelector('[part=explanation]')!.textContent!.trim() === 'edit', 'the tooltip follows the focus')
    await expect(el).to.be.accessible()
  })

  it('Escape dismisses an action\'s tooltip, on the focused button and when it was opened by hovering with focus elsewhere (WCAG 1.4.13)', async () => {
    const outside = await fixture<HTMLButtonElement>(html`<button>elsewhere</button>`)
    const el = await fixture<ActionsProbe>(html`<actions-probe .actions=${[action('edit'), action('delete')]}></actions-probe>`)
    const tip = () => el.shadowRoot!.querySelector('[part=explanation]')!.textContent!.trim()
    const [edit, del] = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.row-actions > button')]
    edit!.focus()
    await waitUntil(() => tip() === 'edit', 'the tooltip on focus')
    await sendKeys({ press: 'Escape' })
    await waitUntil(() => tip() === '', 'gone on Escape')
    expect(focused(el), 'focus stays on the button').to.equal(edit)
    // Hovered while focus is on the page.
    outside.focus()
    del!.dispatchEvent(new MouseEvent('mouseenter'))
    await waitUntil(() => tip() === 'delete', 'the tooltip on hover')
    await sendKeys({ press: 'Escape' })
    await waitUntil(() => tip() === '', 'gone on Escape pressed in the page')
  })

  it('past three: the first stays, the rest behind an ARIA menu button that the keys drive', async () => {
    const el = await fixture<ActionsProbe>(
      html`<actions-probe .actions=${[action('convert'), action('replace'), action('edit', { unavailable: 'Not here.' }), action('delete')]}></actions-probe>`,
    )
    const root = el.shadowRoot!
    const inline = [...root.querySelectorAll<HTMLButtonElement>('.row-actions > button')]
    expect(inline.map((b) => b.dataset['action'])).to.deep.equal(['convert'])
    const button = root.querySelector<HTMLButtonElement>('.row-menu > button')!
    expect(button.getAttribute('aria-haspopup')).to.equal('menu')
    expect(button.getAttribute('aria-expanded')).to.equal('false')
    expect(button.getAttribute('aria-label')).to.equal('More actions for Guest')
    await expect(el).to.be.accessible()

    button.focus()
    await sendKeys({ press: 'Enter' })
    await el.updateComplete
    await waitUntil(() => focused(el)?.getAttribute('role') === 'menuitem', 'first item focused')
    expect(button.getAttribute('aria-expanded')).to.equal('true')
    expect(root.getElementById(button.getAttribute('aria-controls')!)!.getAttribute('role')).to.equal('menu')
    expect((focused(el) as HTMLElement).dataset['action']).to.equal('replace')
    await expect(el).to.be.accessible()
    await sendKeys({ press: 'ArrowDown' })
    expect((focused(el) as HTMLElement).dataset['action']).to.equal('edit')
    await sendKeys({ press: 'Enter' })
    expect(ran, 'an unavailable item does nothing').to.deep.equal([])
    await sendKeys({ press: 'ArrowDown' })
    await sendKeys({ press: 'ArrowDown' })
    expect((focused(el) as HTMLElement).dataset['action'], 'the arrows wrap').to.equal('replace')
    await sendKeys({ press: 'End' })
    expect((focused(el) as HTMLElement).dataset['action']).to.equal('delete')
    await sendKeys({ press: 'Escape' })
    await el.updateComplete
    await waitUntil(() => focused(el) === button, 'focus back on the button')
    expect(root.querySelector('[role=menu]')).to.equal(null)

    await sendKeys({ press: 'ArrowUp' })
    await waitUntil(() => (focused(el) as HTMLElement | null)?.dataset['action'] === 'delete', 'ArrowUp opens on the last item')
    await sendKeys({ press: 'Enter' })
    expect(ran).to.deep.equal(['delete'])
    await el.updateComplete
    expect(root.querySelector('[role=menu]')).to.equal(null)
  })
})

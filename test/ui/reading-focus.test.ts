import { expect, fixture, html } from '@open-wc/testing'
import { sendKeys, sendMouse } from '@web/test-runner-commands'
import { LitElement, html as litHtml } from 'lit'
import { repeat } from 'lit/directives/repeat.js'
import { ReadingFocus } from '../../src/ui/reading-focus.js'

/** Rows of buttons, one per id, and an explanation outside them that the first row's chip describes. */
class ReadingHost extends LitElement {
  static override properties = { ids: { attribute: false } }
  ids: string[] = ['a', 'b']
  constructor() {
    super()
    new ReadingFocus(this)
  }
  override render() {
    return litHtml`<ul>
        ${repeat(
          this.ids,
          (id) => id,
          (id) => litHtml`<li part="row" id=${id}><button id=${`${id}1`}>${id}1</button><button id=${`${id}2`} aria-describedby=${id === 'a' ? 'explanation' : ''}>${id}2</button></li>`,
        )}
      </ul>
      <div id="explanation"><button id="remedy">Fix it</button></div>`
  }
}
customElements.define('reading-host', ReadingHost)

describe('ReadingFocus', () => {
  const mount = async () => {
    const box = await fixture<HTMLElement>(html`<div><button id="before">before</button><reading-host></reading-host></div>`)
    const host = box.querySelector<ReadingHost>('reading-host')!
    await host.updateComplete
    const $ = (id: string) => (id === 'before' ? box.querySelector<HTMLElement>('#before')! : host.shadowRoot!.querySelector<HTMLElement>(`#${id}`)!)
    const marked = () => [...host.shadowRoot!.querySelectorAll('[data-reading]')].map((r) => r.id)
    return { host, $, marked }
  }

  it('marks the row keyboard focus is in, keeps it while focus moves inside, and unmarks it once focus leaves', async () => {
    const { host, $, marked } = await mount()
    $('before').focus()
    await sendKeys({ press: 'Tab' })
    expect(host.shadowRoot!.activeElement).to.equal($('a1'))
    expect(marked()).to.deep.equal(['a'])
    await sendKeys({ press: 'Tab' })
    expect(marked(), 'still in the row').to.deep.equal(['a'])
    await sendKeys({ press: 'Tab' })
    expect(host.shadowRoot!.activeElement).to.equal($('b1'))
    expect(marked(), 'the next row only').to.deep.equal(['b'])
    $('before').focus()
    expect(marked(), 'out of the rows').to.deep.equal([])
  })

  it('keeps the mark while focus is in the explanation of one of the row\'s chips', async () => {
    const { $, marked } = await mount()
    $('before').focus()
    await sendKeys({ press: 'Tab' })
    $('remedy').focus()
    expect(marked()).to.deep.equal(['a'])
  })

  it('a row whose focused button moved away loses its mark once the host renders', async () => {
    const { host, $, marked } = await mount()
    $('before').focus()
    await sendKeys({ press: 'Tab' })
    expect(marked()).to.deep.equal(['a'])
    // Re-rendered without the focused row's buttons focusable where they were: focus goes to the page.
    $('a1').remove()
    host.ids = ['b', 'a']
    await host.updateComplete
    expect(host.shadowRoot!.activeElement, 'nothing in the host has focus').to.equal(null)
    expect(marked()).to.deep.equal([])
  })

  it('a mouse click into a row does not mark it', async () => {
    const { $, marked } = await mount()
    const box = $('b1').getBoundingClientRect()
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] })
    await sendMouse({ type: 'move', position: [0, 0] })
    expect(marked()).to.deep.equal([])
  })
})

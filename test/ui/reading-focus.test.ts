import { expect, fixture, html } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import { readingFocus } from '../../src/ui/reading-focus.js'

describe('readingFocus', () => {
  it('marks the row keyboard focus is in, keeps it while focus moves inside, and unmarks it once focus leaves', async () => {
    const box = await fixture<HTMLElement>(html`<div>
      <button id="before">before</button>
      <ul @focusin=${readingFocus.in} @focusout=${readingFocus.out}>
        <li part="row" id="a"><button id="a1">a1</button><button id="a2">a2</button></li>
        <li part="row" id="b"><button id="b1">b1</button></li>
      </ul>
    </div>`)
    const $ = (id: string) => box.querySelector<HTMLElement>(`#${id}`)!
    const marked = () => [...box.querySelectorAll('[data-reading]')].map((r) => r.id)
    $('before').focus()
    await sendKeys({ press: 'Tab' })
    expect(document.activeElement).to.equal($('a1'))
    expect(marked()).to.deep.equal(['a'])
    await sendKeys({ press: 'Tab' })
    expect(marked(), 'still in the row').to.deep.equal(['a'])
    await sendKeys({ press: 'Tab' })
    expect(document.activeElement).to.equal($('b1'))
    expect(marked(), 'the next row only').to.deep.equal(['b'])
    $('before').focus()
    expect(marked(), 'out of the rows').to.deep.equal([])
  })
})

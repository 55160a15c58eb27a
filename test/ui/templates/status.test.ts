import { expect, fixture, html } from '@open-wc/testing'
import { render } from 'lit'
import { createRef } from 'lit/directives/ref.js'
import type { PopoverController } from '../../../src/ui/popover.js'
import { statusMeanings, statusPart } from '../../../src/ui/templates/status.js'
import type { Floating } from '../../../src/ui/templates/tips.js'

async function part(template: ReturnType<typeof statusPart>): Promise<HTMLElement> {
  const box = await fixture<HTMLElement>(html`<div></div>`)
  render(template, box)
  return box.querySelector<HTMLElement>('[part=status]')!
}
const words = (el: HTMLElement) => el.textContent!.replace(/\s+/g, ' ').trim()

describe('statusPart', () => {
  it('says a status and what it means, or only the status in the compact form', async () => {
    const full = await part(statusPart('set', 'en'))
    expect(full.className).to.equal('status status-set')
    expect(words(full)).to.equal('SetOn the lock and working.')
    expect(words(await part(statusPart('set', 'en', { meaning: false })))).to.equal('Set')
  })

  it('says a status it does not know as unrecognised', async () => {
    const el = await part(statusPart('sideways', 'en', { meaning: false }))
    expect(el.className).to.equal('status status-unknown')
    expect(words(el)).to.equal('Unrecognised')
  })

  it('shows what the session is doing instead: as the status it leads to, or in the compact form as what happens', async () => {
    const table = await part(statusPart('set', 'en', { activity: 'deleting' }))
    expect(table.className).to.equal('status status-removing')
    expect(words(table)).to.equal('RemovingBeing removed from the lock.')
    const deleting = await part(statusPart('set', 'en', { activity: 'deleting', meaning: false }))
    expect(deleting.className).to.equal('status status-removing')
    expect(words(deleting)).to.equal('Deleting from the lock…')
    const converting = await part(statusPart('set', 'en', { activity: 'converting', meaning: false }))
    expect(converting.className).to.equal('status status-setting')
    expect(words(converting)).to.equal('Converting…')
    expect(converting.querySelector('svg[aria-hidden=true]')).to.exist
  })
})

describe('statusPart: the row form', () => {
  // The host renders the meanings once and the rows' statuses beside them, as the table and the list do.
  async function row(status: unknown, locale = 'en'): Promise<{ button: HTMLElement; description: string; tip: unknown }> {
    let tip: unknown
    const popover = { element: createRef(), open: (_el: Element, t: unknown) => (tip = t), close: () => {} } as unknown as PopoverController<Floating>
    const box = await fixture<HTMLElement>(html`<div></div>`)
    render(html`${statusMeanings(locale)}${statusPart(status, locale, { popover })}`, box)
    const button = box.querySelector<HTMLElement>('[part=status]')!
    const ids = button.getAttribute('aria-describedby')!.split(/\s+/)
    const description = ids.map((id) => box.querySelector(`[id="${id}"]`)?.textContent ?? `(no #${id})`).join(' ')
    button.dispatchEvent(new Event('mouseenter'))
    return { button, description, tip }
  }

  it('describes a known status by its own meaning', async () => {
    const set = await row('set')
    expect(set.description).to.equal('On the lock and working.')
    const unknown = await row('unknown')
    expect(unknown.description).to.match(/^Seam cannot tell whether this code is on the lock/)
  })

  it('describes a status it does not recognise as the tooltip does, not as Seam\'s "unknown"', async () => {
    const { button, description, tip } = await row('sideways')
    expect(button.className).to.include('status-unknown')
    expect(description).to.equal('Seam reported a status for this code that this page does not recognise.')
    expect(tip).to.deep.include({ title: 'Unrecognised', text: description })
  })
})

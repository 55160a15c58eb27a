import { expect, fixture, html } from '@open-wc/testing'
import { render } from 'lit'
import { statusPart } from '../../../src/ui/templates/status.js'

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

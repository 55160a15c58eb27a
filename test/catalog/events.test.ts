import { expect } from '@open-wc/testing'
import { registerCatalog } from '../../src/catalog/index.js'
import { describeEvent } from '../../src/catalog/events.js'
import { eventTextEn, eventTones } from '../../src/catalog/events.en.js'

describe('catalog: the events of a code\'s history', () => {
  it('says every access_code event type of the reference, with a tone', () => {
    for (const type of Object.keys(eventTones)) {
      const said = describeEvent(type, 'en')
      expect(said.known, type).to.equal(true)
      expect(said.text, type).to.equal(eventTextEn.types[type as keyof typeof eventTextEn.types])
    }
    expect(describeEvent('access_code.failed_to_set_on_device').tone).to.equal('problem')
    expect(describeEvent('access_code.set_on_device').tone).to.equal('success')
  })

  it('names an event type it does not know, and takes any value', () => {
    expect(describeEvent('access_code.brand_new', 'en')).to.deep.equal({
      text: 'Seam reported an event this page does not know (access_code.brand_new).',
      tone: 'info',
      known: false,
    })
    for (const odd of [undefined, null, 42, {}, '', 'toString', '__proto__']) {
      const said = describeEvent(odd)
      expect(said.known, String(odd)).to.equal(false)
      expect(said.text, String(odd)).to.match(/^Seam reported an event/)
    }
  })

  it('takes a host\'s translation, English for the rest', () => {
    registerCatalog('xh', { events: { types: { 'access_code.created': 'Yenziwe.' } } })
    expect(describeEvent('access_code.created', 'xh').text).to.equal('Yenziwe.')
    expect(describeEvent('access_code.deleted', 'xh').text).to.equal('Deleted.')
  })
})

import { expect } from '@open-wc/testing'
import { issuesEn, registerCatalog, remediesByCode, remedyOf, remedyText, remedyTextEn } from '../../src/catalog/index.js'
import { codeOptionTextEn } from '../../src/catalog/code-options.en.js'
import { codeRuleTextEn } from '../../src/catalog/code-rules.en.js'
import { codeOptionText, codeRuleText, describeLengths, describeRefusal } from '../../src/catalog/code-rules.js'
import { SeamApiError, SeamNetworkError } from '../../src/api/errors.js'

describe('catalog: remedies', () => {
  it('counts the codes of a full lock in each language\'s plural forms', () => {
    expect(remedyText('freeSlotsBar', 'en', { count: 1 })).to.include('The one code on it is listed').and.not.include('1 codes')
    expect(remedyText('freeSlotsBar', 'en', { count: 3 })).to.include('All 3 codes on it are listed')
  })

  it('says for every issue it explains who can carry out the remedy, and for nothing else', () => {
    expect(Object.keys(remediesByCode).sort()).to.deep.equal(Object.keys(issuesEn).sort())
    expect(remedyOf('duplicate_code_on_device')).to.equal('choose-pin')
    expect(remedyOf('failed_to_set_on_device')).to.equal('use-backup')
    expect(remedyOf('no_space_for_access_code_on_device')).to.equal('free-slots')
    expect(remedyOf('account_disconnected')).to.equal('host')
    expect(remedyOf('bridge_disconnected')).to.equal('host')
    expect(remedyOf('device_offline')).to.equal('host')
    expect(remedyOf('brand_new_error')).to.equal('none')
    expect(remedyOf('toString')).to.equal('none')
    expect(remedyOf(undefined)).to.equal('none')
  })

  it('offers an action only where the entry\'s own words say what to do', () => {
    const acts = Object.entries(remediesByCode).filter(([, r]) => r === 'choose-pin').map(([code]) => issuesEn[code]!.action)
    for (const action of acts) expect(action).to.match(/PIN/)
  })

  it('has words for every remedy and the backup flow, filled and free of identifiers', () => {
    for (const [key, value] of Object.entries(remedyTextEn)) {
      expect(value.trim(), key).to.not.equal('')
      expect(value, key).to.not.match(/[a-z]+_[a-z]+/)
    }
    expect(remedyText('backupConfirm', 'en', { name: 'Guest' })).to.include('“Guest”')
  })
})

describe('catalog: code rules, options and refusals', () => {
  it('words for every rule and option, free of identifiers', () => {
    for (const [key, value] of [...Object.entries(codeRuleTextEn), ...Object.entries(codeOptionTextEn).map(([k, v]) => [k, typeof v === 'string' ? v : `${v.label} ${v.meaning}`] as const)]) {
      expect(value.trim(), key).to.not.equal('')
      expect(value, key).to.not.match(/\b[a-z]+_[a-z_]+\b/)
    }
  })

  it('says lengths as people do', () => {
    expect(describeLengths([6])).to.equal('6')
    expect(describeLengths([4, 6])).to.equal('4 or 6')
    expect(describeLengths([4, 6, 8])).to.equal('4, 6 or 8')
    expect(describeLengths([8, 4, 5, 6, 7])).to.equal('4 to 8')
    expect(codeRuleText('lengths', 'en', { lengths: describeLengths([4, 5]) })).to.equal('4 or 5 digits long')
  })

  it('puts a refusal into words, on the field it is about', () => {
    const duplicate = new SeamApiError({ status: 409, type: 'duplicate_access_code', message: 'Cannot set duplicate access code 1234' })
    expect(describeRefusal(duplicate, 'en')).to.deep.equal({ text: 'Another code on this lock already uses this PIN. Choose another PIN.', field: 'code' })
    const input = new SeamApiError({ status: 400, type: 'invalid_input', message: 'ends_at must be after starts_at', requestId: 'r1' })
    expect(describeRefusal(input, 'en')).to.deep.equal({ text: 'ends_at must be after starts_at (request id r1, for Seam support)', field: 'ends_at' })
    expect(describeRefusal(new SeamNetworkError(), 'en').field).to.equal(undefined)
    // "access code" names no field: the field the message names is the one it is about.
    const end = new SeamApiError({ status: 400, type: 'invalid_input', message: "The access code's ends_at must be at least one hour after starts_at" })
    expect(describeRefusal(end, 'en').field).to.equal('ends_at')
    const vague = new SeamApiError({ status: 400, type: 'invalid_input', message: 'This access code cannot be created' })
    expect(describeRefusal(vague, 'en').field, 'above the form').to.equal(undefined)
    expect(describeRefusal(new SeamApiError({ status: 400, type: 'invalid_input', message: 'code must be numeric' }), 'en').field).to.equal('code')
  })

  it('takes the field from validation_errors before the message, the first the form shows', () => {
    // The message names "code" in passing; Seam's validation_errors say the dates are at fault.
    const dates = new SeamApiError({ status: 400, type: 'invalid_input', message: 'This code cannot end before it starts', invalidFields: ['ends_at', 'starts_at'] })
    expect(describeRefusal(dates, 'en').field).to.equal('starts_at')
    // A field the form does not show leaves the refusal above the form, whatever the message says.
    const device = new SeamApiError({ status: 400, type: 'invalid_input', message: 'device_id for this code is required', invalidFields: ['device_id'] })
    expect(describeRefusal(device, 'en').field).to.equal(undefined)
  })

  it('takes translations, and English for what they leave out', () => {
    registerCatalog('fr', { codeRules: { no_zeros: 'Sans 0' }, codeOptions: { is_one_time_use: { label: 'Usage unique', meaning: 'Une seule fois.' } }, refusals: { duplicate_access_code: 'PIN déjà utilisé.' } })
    expect(codeRuleText('no_zeros', 'fr-FR')).to.equal('Sans 0')
    expect(codeRuleText('digits', 'fr')).to.equal('Digits only')
    expect(codeOptionText('is_one_time_use', 'fr').label).to.equal('Usage unique')
    expect(describeRefusal(new SeamApiError({ status: 409, type: 'duplicate_access_code' }), 'fr').text).to.equal('PIN déjà utilisé.')
  })
})

import { expect } from '@open-wc/testing'
import { registerStrings, t } from '../../src/i18n/index.js'
import { stringsEn } from '../../src/i18n/strings.en.js'

// Which language a locale reads is the catalog's lookup, tested with it in
// test/catalog/locale.test.ts; this is what the string table adds.
describe('t and registerStrings', () => {
  it('fills a sentence\'s parameters', () => {
    expect(t('en', 'deleteFailed', { reason: 'the lock is offline' })).to.equal('Could not delete: the lock is offline')
    expect(t('en', 'copyCode', { name: 'Guest' })).to.equal('Copy the code of Guest')
  })

  it('extends a language rather than replacing it, and falls back to English key by key', () => {
    registerStrings('x-i18n', { retry: 'Nochmal' })
    registerStrings('x-i18n', { cancel: 'Abbrechen' })
    expect(t('x-i18n', 'retry')).to.equal('Nochmal')
    expect(t('x-i18n', 'cancel')).to.equal('Abbrechen')
    expect(t('x-i18n', 'copy')).to.equal(stringsEn.copy)
  })
})

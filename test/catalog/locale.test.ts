import { expect } from '@open-wc/testing'
import { describeStatus, intlLocale, languageKey, localeChain, registerCatalog, statusEn } from '../../src/catalog/index.js'
import { registerStrings, t } from '../../src/i18n/index.js'
import { stringsEn } from '../../src/i18n/strings.en.js'
import '../../src/i18n/strings.more.en.js'

describe('locale lookup', () => {
  it('keys a tag trimmed, in lower case, with _ read as -', () => {
    expect(languageKey('pt-BR')).to.equal('pt-br')
    expect(languageKey(' pt_br ')).to.equal('pt-br')
    expect(languageKey('PT')).to.equal('pt')
    expect(languageKey(undefined)).to.equal('')
    expect(languageKey(42)).to.equal('')
  })

  it('looks in the region, then the language, then English', () => {
    expect(localeChain('pt-BR')).to.deep.equal(['pt-br', 'pt', 'en'])
    expect(localeChain('pt_br')).to.deep.equal(['pt-br', 'pt', 'en'])
    expect(localeChain('  PT-br  ')).to.deep.equal(['pt-br', 'pt', 'en'])
    expect(localeChain('pt')).to.deep.equal(['pt', 'en'])
    expect(localeChain('zh-Hant-TW')).to.deep.equal(['zh-hant-tw', 'zh-hant', 'zh', 'en'])
    expect(localeChain('en-GB')).to.deep.equal(['en-gb', 'en'])
    expect(localeChain('en')).to.deep.equal(['en'])
  })

  it('works a chain out once per tag, and no caller can change it for the next', () => {
    const first = localeChain('pt-BR')
    expect(localeChain('pt-BR')).to.equal(first)
    expect(Object.isFrozen(first)).to.equal(true)
    // More tags than the memo keeps: each still gets its own chain.
    for (let i = 0; i < 200; i++) expect(localeChain(`x${i}-YY`)).to.deep.equal([`x${i}-yy`, `x${i}`, 'en'])
    expect(localeChain('pt-BR')).to.deep.equal(['pt-br', 'pt', 'en'])
  })

  it('ends at English for nothing, blanks and non-strings', () => {
    for (const locale of [undefined, null, '', '   ', '-', 42, {}, ['pt']]) {
      expect(localeChain(locale), String(locale)).to.deep.equal(['en'])
    }
  })

  it('gives Intl a tag it reads: _ as -, canonical case, else the language, else English', () => {
    expect(intlLocale('de_DE')).to.equal('de-DE')
    expect(intlLocale(' en-gb ')).to.equal('en-GB')
    expect(intlLocale('es-419')).to.equal('es-419')
    expect(intlLocale('fr_CA')).to.equal('fr-CA')
    expect(intlLocale('de-XYZ-1234567')).to.equal('de')
    for (const bad of ['not a locale!', '', '-', undefined, 42]) expect(intlLocale(bad), String(bad)).to.equal('en')
  })

  it('is the one order both the element strings and the catalog follow', () => {
    registerStrings('qa', { tryAgain: 'Qa again' })
    registerStrings('QA_zz', { retry: 'Qa-zz retry' })
    registerCatalog('qa', { status: { set: { label: 'Qa set', meaning: 'Qa.' } } })
    registerCatalog('qa-ZZ', { status: { unset: { label: 'Qa-zz unset', meaning: 'Qa-zz.' } } })
    for (const locale of ['qa-ZZ', 'qa_zz', ' QA-zz ']) {
      expect(t(locale, 'retry'), locale).to.equal('Qa-zz retry')
      expect(t(locale, 'tryAgain'), locale).to.equal('Qa again')
      expect(t(locale, 'cancel'), locale).to.equal(stringsEn.cancel)
      expect(describeStatus('unset', locale).label, locale).to.equal('Qa-zz unset')
      expect(describeStatus('set', locale).label, locale).to.equal('Qa set')
      expect(describeStatus('removing', locale).label, locale).to.equal(statusEn.removing.label)
    }
    expect(t('qa', 'retry')).to.equal(stringsEn.retry)
    expect(describeStatus('unset', 'qa').label).to.equal(statusEn.unset.label)
    for (const locale of [undefined, '', 'xx', 42 as never]) {
      expect(t(locale, 'retry')).to.equal(stringsEn.retry)
      expect(describeStatus('set', locale).label).to.equal(statusEn.set.label)
    }
  })

  it('does not mistake an object key for a language', () => {
    for (const locale of ['constructor', '__proto__', 'toString']) {
      expect(t(locale, 'retry'), locale).to.equal(stringsEn.retry)
      expect(describeStatus('set', locale).label, locale).to.equal(statusEn.set.label)
    }
  })
})

import { expect } from '@open-wc/testing'
import { describeError, describeStatus, explainIssue, fill, registerCatalog } from '../../src/catalog/index.js'
import { english } from '../../src/catalog/tables.js'
import { SeamConfigError, SeamNetworkError } from '../../src/api/errors.js'
import { registerStrings, t } from '../../src/i18n/index.js'
import { LOCALE_HUB, SHIPPED_LOCALES, loadLocale, shippedLanguageOf, wordsArriving, type LocaleWords } from '../../src/i18n/load.js'
import { stringsEn } from '../../src/i18n/strings.en.js'
import '../../src/i18n/strings.more.en.js'
import { codeOptionTextEn } from '../../src/catalog/code-options.en.js'
import { eventTextEn } from '../../src/catalog/events.en.js'
import { codeRuleTextEn, refusalTextEn } from '../../src/catalog/code-rules.en.js'

type Texts = Map<string, string>

/** Every text of a table as `path → text`, however deep its sections go. */
function flatten(value: unknown, path = '', into: Texts = new Map()): Texts {
  if (typeof value === 'string') into.set(path, value)
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flatten(inner, path ? `${path}.${key}` : key, into)
  }
  return into
}

/** What a translation must keep from the English: each placeholder, and each count that picks a plural. */
function placeholders(text: string): string[] {
  const found = new Set<string>()
  for (const m of text.matchAll(/\{(\w+)(\}|,\s*plural,)/g)) found.add(m[2] === '}' ? `{${m[1]}}` : `{${m[1]}, plural}`)
  // A plural in one language may be a plain number in another: what must match is the value used.
  return [...found].map((p) => p.replace(', plural}', '}')).filter((p, i, all) => all.indexOf(p) === i).sort()
}

/** The selectors of every plural in `text`. */
function pluralSelectors(text: string): string[][] {
  const out: string[][] = []
  for (const m of text.matchAll(/\{\w+,\s*plural,((?:[^{}]|\{[^{}]*\})*)\}/g)) out.push([...m[1]!.matchAll(/(=\d+|[a-z]+)\s*\{/g)].map((s) => s[1]!))
  return out
}

/** Texts each language writes exactly as English does (product names, loanwords). */
const SAME_AS_ENGLISH: Record<(typeof SHIPPED_LOCALES)[number], string[]> = {
  de: ['Code', 'Name', 'Status', 'Seam Bridge', 'Bridge offline', 'Offline', '{name}: {status}', 'PIN', '{label}:'],
  es: ['Seam Bridge', '{name}: {status}', 'PIN', '{label}:'],
  fr: ['Code', 'Actions', 'Seam Bridge'],
}

// The form's and the history's sections come with their elements, not in `english`, yet every shipped language translates them too.
const englishCatalog = { ...english, codeRules: codeRuleTextEn, codeOptions: codeOptionTextEn, refusals: refusalTextEn, events: eventTextEn }
const englishTexts = { strings: flatten(stringsEn), catalog: flatten(englishCatalog) }

// The languages the kit ships, loaded once through the loader itself.
const shipped = new Map<string, LocaleWords>()

describe('shipped locales: loading', () => {
  // First in this file: until a chunk arrives, nothing of it is here.
  it('reads in English until the words arrive, then in the language of the region (de-AT, es-MX, fr-CA); the host\'s own words still win', async () => {
    expect(t('de-AT', 'tryAgain')).to.equal(stringsEn.tryAgain)
    expect(describeStatus('set', 'es-MX').label).to.equal(english.status.set.label)
    registerStrings('fr', { retry: 'Encore une fois (hôte)' })
    registerCatalog('fr', { status: { set: { label: 'Posé (hôte)', meaning: '…' } } })

    const arriving = wordsArriving('de-AT')
    expect(arriving).to.be.instanceOf(Promise)
    expect(wordsArriving('de')).to.equal(arriving)
    await Promise.all([arriving, loadLocale('es-MX'), loadLocale('fr-CA')])
    expect(wordsArriving('de-AT')).to.equal(undefined)

    expect(t('de-AT', 'tryAgain')).to.equal('Erneut versuchen')
    expect(t('es-MX', 'tryAgain')).to.equal('Reintentar')
    expect(t('fr-CA', 'tryAgain')).to.equal('Réessayer')
    expect(describeStatus('set', 'es-MX').label).to.equal('Programado')
    expect(explainIssue({ error_code: 'device_offline' }, 'error', 'de-CH').title).to.equal('Schloss offline')
    expect(describeError('fr', new SeamNetworkError(new Error('x')))).to.equal('Impossible de joindre Seam. Vérifiez la connexion et réessayez.')
    expect(describeError('de', new SeamConfigError('malformed-key'))).to.include('„seam_pk“')
    // Registered before the chunk arrived, and still the host's.
    expect(t('fr', 'retry')).to.equal('Encore une fois (hôte)')
    expect(describeStatus('set', 'fr').label).to.equal('Posé (hôte)')
    expect(describeStatus('unset', 'fr').label).to.equal('Non programmé')
  })

  it('loads nothing for English, a region of English, or a language the kit does not ship, and says so without a blank', async () => {
    for (const locale of ['en', 'en-GB', 'EN_us', 'nl', 'xx-YY', '', undefined, 42]) {
      expect(shippedLanguageOf(locale), String(locale)).to.equal(undefined)
      expect(wordsArriving(locale), String(locale)).to.equal(undefined)
    }
    await loadLocale('nl')
    expect(t('nl', 'tryAgain')).to.equal(stringsEn.tryAgain)
    expect(t('xx-YY', 'heading')).to.equal(stringsEn.heading)
    expect(shippedLanguageOf('de-AT')).to.equal('de')
    expect(shippedLanguageOf('es_MX')).to.equal('es')
    expect(shippedLanguageOf('FR-ca')).to.equal('fr')
  })

  it('hands every chunk\'s words to the hub, one entry per language, which a second copy of the kit can read', async () => {
    await Promise.all(SHIPPED_LOCALES.map((l) => loadLocale(l)))
    const hub = (globalThis as unknown as Record<symbol, [string, LocaleWords][]>)[LOCALE_HUB]!
    expect(hub.map(([language]) => language).sort()).to.deep.equal([...SHIPPED_LOCALES].sort())
    for (const [language, words] of hub) shipped.set(language, words)
  })
})

describe('shipped locales: every key, every placeholder', () => {
  before(async () => {
    await Promise.all(SHIPPED_LOCALES.map((l) => loadLocale(l)))
    const hub = (globalThis as unknown as Record<symbol, [string, LocaleWords][]>)[LOCALE_HUB]!
    for (const [language, words] of hub) shipped.set(language, words)
  })

  for (const language of SHIPPED_LOCALES) {
    for (const table of ['strings', 'catalog'] as const) {
      it(`${language}: the ${table} have every English key and no other, each with the English placeholders`, () => {
        const theirs = flatten(shipped.get(language)![table])
        const ours = englishTexts[table]
        // A chip's short words are each language's own choice: given only where its title is long.
        const optional = (k: string) => table === 'catalog' && /^issues\.\w+\.chip$/.test(k)
        const missing = [...ours.keys()].filter((k) => !theirs.has(k) && !optional(k))
        const extra = [...theirs.keys()].filter((k) => !ours.has(k) && !optional(k))
        expect(missing, `${language} ${table}: missing`).to.deep.equal([])
        expect(extra, `${language} ${table}: not in English`).to.deep.equal([])
        for (const [key, text] of ours) {
          if (!theirs.has(key) && optional(key)) continue
          expect(theirs.get(key)!.trim(), `${language} ${table}.${key} is blank`).to.not.equal('')
          expect(placeholders(theirs.get(key)!), `${language} ${table}.${key}`).to.deep.equal(placeholders(text))
        }
      })
    }

    it(`${language}: every plural has "other", only the language's own categories, and fills without a brace left`, () => {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[]
      for (const [key, text] of [...flatten(shipped.get(language)!.strings), ...flatten(shipped.get(language)!.catalog)]) {
        for (const selectors of pluralSelectors(text)) {
          expect(selectors, `${language} ${key}`).to.include('other')
          for (const s of selectors) if (!s.startsWith('=')) expect(categories, `${language} ${key}: ${s}`).to.include(s)
        }
        for (const n of [0, 1, 2, 5, 21, 1000000]) {
          const params = Object.fromEntries(placeholders(text).map((p) => [p.slice(1, -1), n]))
          expect(fill(text, params, language), `${language} ${key} (${n})`).to.not.match(/[{}#]/)
        }
      }
    })

    it(`${language}: every chip and status word fits its place (a chip's short words, or a title short enough)`, () => {
      const issues = shipped.get(language)!.catalog.issues as Record<string, { title: string; chip?: string }>
      expect(Object.keys(issues).length).to.be.greaterThan(50)
      for (const [code, text] of Object.entries(issues)) {
        const chip = text.chip ?? text.title
        expect(chip.length, `${language} ${code}: "${chip}"`).to.be.at.most(20)
        // Short words only where the title is long, and never the title again.
        if (text.chip !== undefined) {
          expect(text.title.length, `${language} ${code}: a chip for a title that fits`).to.be.greaterThan(16)
          expect(text.chip.length, `${language} ${code}.chip is shorter than its title`).to.be.lessThan(text.title.length)
        }
      }
      // A status word stands in a narrow column, in bold: it fits without an ellipsis at 1280 px (13 characters, as "Wird entfernt").
      const catalog = shipped.get(language)!.catalog as { status: Record<string, { label: string }>; unknownStatus: { label: string } }
      const labels = [...Object.entries(catalog.status), ['unrecognised', catalog.unknownStatus] as const]
      for (const [status, text] of labels) {
        expect(text.label.length, `${language} status ${status}: "${text.label}"`).to.be.at.most(13)
      }
      // A chip beside the status never says the status word again (a failed set is not "not set").
      for (const [code, text] of Object.entries(issues)) {
        expect(labels.map(([, l]) => l.label), `${language} ${code}: its chip repeats a status word`).to.not.include(text.chip ?? text.title)
      }
      const fallback = shipped.get(language)!.catalog.issueFallback as Record<string, string>
      expect(fallback['chip']!.length, `${language} issueFallback.chip`).to.be.at.most(20)
    })

    it(`${language}: written with the language's own punctuation`, () => {
      for (const [key, text] of [...flatten(shipped.get(language)!.strings), ...flatten(shipped.get(language)!.catalog)]) {
        const where = `${language} ${key}: ${text}`
        expect(text, where).to.not.include('"')
        expect(text, where).to.not.include('...')
        if (language === 'fr') {
          expect(text, where).to.not.match(/ [:;?!»]|« |[^\u00a0\u202f][:;?!](?:\s|$)/)
          expect(text, where).to.not.include("'")
        }
        // German opens low („) and closes with the mark English opens with (“).
        if (language === 'de') expect(text, where).to.not.match(/[”«»]/)
        if (language === 'de' && text.includes('“')) expect(text, where).to.include('„')
        if (language === 'es' && text.includes('?')) expect(text, where).to.include('¿')
      }
    })

    it(`${language}: nothing left in English but words that are the same in ${language}`, () => {
      for (const table of ['strings', 'catalog'] as const) {
        const theirs = flatten(shipped.get(language)![table])
        for (const [key, text] of englishTexts[table]) {
          if (SAME_AS_ENGLISH[language].includes(text)) continue
          expect(theirs.get(key), `${language} ${table}.${key} is still the English`).to.not.equal(text)
        }
      }
    })
  }
})

describe('plurals', () => {
  it('picks the form by the language\'s rules, exact numbers first', () => {
    const codes = '{count, plural, =0 {no codes} one {# code} other {# codes}}'
    expect(fill(codes, { count: 0 }, 'en')).to.equal('no codes')
    expect(fill(codes, { count: 1 }, 'en')).to.equal('1 code')
    expect(fill(codes, { count: 2 }, 'en')).to.equal('2 codes')
    // French counts 0 and 1 alike; English does not.
    const fr = '{count, plural, one {# code affiché} other {# codes affichés}}'
    expect(fill(fr, { count: 0 }, 'fr')).to.equal('0 code affiché')
    expect(fill(fr, { count: 1 }, 'fr')).to.equal('1 code affiché')
    expect(fill(fr, { count: 2 }, 'fr')).to.equal('2 codes affichés')
    // Placeholders inside a case, and # of the plural it sits in.
    expect(fill('{n, plural, one {# of {name}} other {# of {name}s}}', { n: 3, name: 'code' }, 'en')).to.equal('3 of codes')
    expect(fill('{a, plural, one {# a, {b, plural, one {# b} other {# bs}}} other {# as}}', { a: 1, b: 2 }, 'en')).to.equal('1 a, 2 bs')
    // A case of nothing but the count (no brace left to fill) still gets it.
    expect(fill('{n, plural, one {#} other {# codes}}', { n: 1 }, 'en')).to.equal('1')
  })

  it('writes a count in the language\'s numerals, ungrouped as the elements always showed it', () => {
    expect(fill('{count} codes', { count: 10000 }, 'en')).to.equal('10000 codes')
    expect(fill('{count, plural, one {# Code} other {# Codes}}', { count: 25000 }, 'de')).to.equal('25000 Codes')
    expect(fill('{count}', { count: 25000 }, 'fr')).to.equal('25000')
    expect(fill('{count}', { count: 12 }, 'ar-EG')).to.equal(new Intl.NumberFormat('ar-EG').format(12))
    expect(fill('{count}', { count: 25000 })).to.equal('25000')
  })

  it('leaves what is not a placeholder or a plural as it is', () => {
    expect(fill('Delete', {}, 'en')).to.equal('Delete')
    expect(fill('Code #3', {}, 'en')).to.equal('Code #3')
    expect(fill('Code #3 {not closed', {})).to.equal('Code #3 {not closed')
    expect(fill('{x, plural, one {# only}}', { x: 1 }, 'en')).to.equal('{x, plural, one {# only}}')
    expect(fill('{x, select, a}', { x: 1 }, 'en')).to.equal('{x, select, a}')
    expect(fill('{name}', { name: '$& {count}' }, 'en')).to.equal('$& {count}')
    expect(fill('{missing}!', {}, 'en')).to.equal('!')
    expect(fill('{count, plural, one {# code} other {# codes}}', { count: 1 }, 'not a locale')).to.equal('1 code')
  })

  it('never says "1 codes" in English, nor uses English rules for a language\'s own words', () => {
    expect(t('en', 'summary', { count: 1, issues: 0 })).to.equal('1 code · 0 with issues')
    expect(t('en', 'summary', { count: 13, issues: 3 })).to.equal('13 codes · 3 with issues')
    expect(t('en-GB', 'summaryFiltered', { shown: 1, count: 1, issues: 1 })).to.equal('1 of 1 code shown · 1 with issues')
    expect(t('en', 'convertAll', { count: 1 })).to.equal('Convert (1)')
    expect(t('en', 'convertAll', { count: 4 })).to.equal('Convert all (4)')
    for (const count of [0, 1, 2, 1000]) expect(t(undefined, 'summary', { count, issues: 0 })).to.not.match(/\b1 codes\b/)
    // A language that lacks a sentence shows the English one, counted in English.
    registerStrings('xq', { heading: 'Xq' })
    expect(t('xq', 'summary', { count: 0, issues: 0 })).to.equal('0 codes · 0 with issues')
  })

  it('counts in each shipped language', async () => {
    await Promise.all(SHIPPED_LOCALES.map((l) => loadLocale(l)))
    expect(t('de', 'summary', { count: 1, issues: 0 })).to.equal('1 Code · 0 mit Problemen')
    expect(t('de', 'summary', { count: 2, issues: 1 })).to.equal('2 Codes · 1 mit Problemen')
    expect(t('fr', 'summaryFiltered', { shown: 1, count: 9, issues: 0 })).to.equal('1 code affiché sur 9 · 0 avec des problèmes')
    expect(t('fr', 'convertAllDone', { converted: 2, failed: 0, skipped: 1 })).to.equal('2 convertis, 0 en échec, 1 non tenté.')
    expect(t('es', 'summaryFiltered', { shown: 1, count: 1, issues: 0 })).to.equal('Se muestra 1 de 1 código · 0 con problemas')
    expect(t('es', 'convertAllDone', { converted: 1, failed: 2, skipped: 0 })).to.equal('1 convertido, 2 fallidos, 0 sin intentar.')
  })
})

import { fill, languageKey, localeChain, wordsChanged } from '../catalog/index.js'
import { stringsEn, type StringKey } from './strings.en.js'

export type { StringKey }

/** Translation tables by language key (see the catalog's `languageKey`); English is complete and the fallback. */
const tables: Record<string, Partial<Record<StringKey, string>>> = { en: stringsEn }

/** Adds or extends a language, e.g. `registerStrings('de', { tryAgain: 'Erneut versuchen' })`. */
export function registerStrings(language: string, strings: Partial<Record<StringKey, string>>): void {
  const key = languageKey(language)
  tables[key] = { ...tables[key], ...strings }
  wordsChanged()
}

/** Puts strings the kit ships beneath the host's own for that language: they may arrive later, and the host's still win. */
export function provideStrings(language: string, strings: Partial<Record<StringKey, string>>): void {
  const key = languageKey(language)
  tables[key] = { ...strings, ...tables[key] }
  wordsChanged()
}

/**
 * The element sentence `key` in `locale` (its region, its language, then
 * English), with `params` filled in and plurals chosen (see the catalog's
 * `fill`). A sentence that falls back to English counts in English.
 */
export function t(locale: string | undefined, key: StringKey, params: Record<string, string | number> = {}): string {
  for (const tag of localeChain(locale)) {
    const text = Object.hasOwn(tables, tag) ? tables[tag]![key] : undefined
    if (text != null) return fill(text, params, tag === 'en' && !isEnglish(locale) ? 'en' : locale)
  }
  return fill(stringsEn[key], params, 'en')
}

const isEnglish = (locale: string | undefined): boolean => languageKey(locale).split('-')[0] === 'en'

import { fill, languageKey, localeChain } from '../catalog/index.js'
import { stringsEn, type StringKey } from './strings.en.js'

export type { StringKey }

/** Translation tables by language key (see the catalog's `languageKey`); English is complete and the fallback. */
const tables: Record<string, Partial<Record<StringKey, string>>> = { en: stringsEn }

/** Adds or extends a language, e.g. `registerStrings('de', { tryAgain: 'Erneut versuchen' })`. */
export function registerStrings(language: string, strings: Partial<Record<StringKey, string>>): void {
  const key = languageKey(language)
  tables[key] = { ...tables[key], ...strings }
}

export function t(locale: string | undefined, key: StringKey, params: Record<string, string | number> = {}): string {
  const text = localeChain(locale)
    .map((tag) => (Object.hasOwn(tables, tag) ? tables[tag]![key] : undefined))
    .find((value) => value != null)
  return fill(text ?? stringsEn[key], params)
}


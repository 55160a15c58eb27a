import type { SeamConfigReason } from '../api/errors.js'
import { configErrorTextEn, errorTextEn, type ErrorText } from './errors.en.js'
import { issueFallbackEn, issuesEn, type IssueFallbackText, type IssueText } from './issues.en.js'
import { localeChain, languageKey } from './locale.js'
import { providerTextEn, type ProviderText } from './providers.en.js'
import { statusEn, unknownStatusEn, type StatusKey, type StatusText } from './status.en.js'
import type { CodeOptionText } from './code-options.en.js'
import type { CodeRuleText } from './code-rules.en.js'
import { remedyTextEn, type RemedyText } from './remedies.en.js'
import type { CodeEventType } from './events.en.js'

export { fill, type Params } from './message.js'

/** Everything a language can translate; English is complete and the fallback. */
export interface CatalogLanguage {
  issues: Record<string, IssueText>
  issueFallback: IssueFallbackText
  status: Record<StatusKey, StatusText>
  unknownStatus: StatusText
  provider: ProviderText
  errors: ErrorText
  configErrors: Record<SeamConfigReason, string>
  remedies: RemedyText
}

/** A language may translate only part of the catalog; the rest comes from English. */
export interface CatalogTranslation {
  issues?: Record<string, IssueText>
  issueFallback?: Partial<IssueFallbackText>
  status?: Partial<Record<StatusKey, StatusText>>
  unknownStatus?: StatusText
  provider?: Partial<ProviderText>
  errors?: Partial<ErrorText>
  configErrors?: Partial<Record<SeamConfigReason, string>>
  // The form's words: their English comes with the form (catalog/code-rules.ts).
  codeRules?: Partial<CodeRuleText>
  codeOptions?: Partial<CodeOptionText>
  remedies?: Partial<RemedyText>
  refusals?: Record<string, string>
  // The history's words: their English comes with the details (catalog/events.ts).
  events?: { types?: Partial<Record<CodeEventType, string>>; unknown?: string }
}

/** The built-in English catalog: every section and key a translation may give. */
export const english: CatalogLanguage = {
  issues: issuesEn,
  issueFallback: issueFallbackEn,
  status: statusEn,
  unknownStatus: unknownStatusEn,
  provider: providerTextEn,
  errors: errorTextEn,
  configErrors: configErrorTextEn,
  remedies: remedyTextEn,
}

/** Catalog tables by language key (see `languageKey`). */
const languages: Record<string, CatalogTranslation> = { en: english }

let words = 0
/**
 * Counts every change of the words (the catalog's, and the element strings',
 * which call wordsChanged): a view that keeps what it built from them, by
 * locale, keeps it only while this stays, so a language's words that arrive
 * after its first render (a chunk loaded on demand) replace the English.
 */
export const wordsVersion = (): number => words
export const wordsChanged = (): void => void words++

/** Adds or extends a language, e.g. `registerCatalog('de', { status: { set: { label: 'Gesetzt', meaning: '…' } } })`. */
export function registerCatalog(language: string, translation: CatalogTranslation): void {
  words++
  const key = languageKey(language)
  const was = languages[key] ?? {}
  languages[key] = {
    issues: { ...was.issues, ...translation.issues },
    issueFallback: { ...was.issueFallback, ...translation.issueFallback },
    status: { ...was.status, ...translation.status },
    unknownStatus: translation.unknownStatus ?? was.unknownStatus,
    provider: { ...was.provider, ...translation.provider },
    errors: { ...was.errors, ...translation.errors },
    configErrors: { ...was.configErrors, ...translation.configErrors },
    codeRules: { ...was.codeRules, ...translation.codeRules },
    codeOptions: { ...was.codeOptions, ...translation.codeOptions },
    remedies: { ...was.remedies, ...translation.remedies },
    refusals: { ...was.refusals, ...translation.refusals },
    events: { types: { ...was.events?.types, ...translation.events?.types }, unknown: translation.events?.unknown ?? was.events?.unknown },
  }
}

/**
 * Puts a translation the kit ships beneath what the host registered for
 * that language: it may arrive after the host's own words, which still win.
 */
export function provideCatalog(language: string, translation: CatalogTranslation): void {
  const key = languageKey(language)
  const own = languages[key]
  delete languages[key]
  registerCatalog(key, translation)
  if (own) registerCatalog(key, own)
}

export const hasOwn = (table: object | undefined, key: string): boolean =>
  table !== undefined && Object.prototype.hasOwnProperty.call(table, key)

/**
 * The tables to look in, most specific first: `pt-br`, `pt`, then English;
 * the built-in English last of all, so a partial `registerCatalog('en', …)`
 * still finds every text.
 */
export function tablesFor(locale: unknown): CatalogTranslation[] {
  return localeChain(locale)
    .filter((tag) => hasOwn(languages, tag))
    .map((tag) => languages[tag]!)
    .concat(english)
}

/** The first table that has `key` in the section `pick` returns. */
export function lookup<T>(locale: unknown, pick: (tables: CatalogTranslation) => object | undefined, key: string): T | undefined {
  for (const tables of tablesFor(locale)) {
    const section = pick(tables)
    const value = hasOwn(section, key) ? (section as Record<string, T | undefined>)[key] : undefined
    if (value !== undefined && value !== null) return value
  }
  return undefined
}

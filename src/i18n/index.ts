import type { SeamError } from '../api/errors.js'
import { SeamApiError } from '../api/errors.js'
import { stringsEn, type StringKey } from './strings.en.js'

export type { StringKey }

/** Translation tables by language; English is complete and the fallback. */
const tables: Record<string, Partial<Record<StringKey, string>>> = { en: stringsEn }

/** Adds or extends a language, e.g. `registerStrings('de', { tryAgain: 'Erneut versuchen' })`. */
export function registerStrings(language: string, strings: Partial<Record<StringKey, string>>): void {
  tables[language.toLowerCase()] = { ...tables[language.toLowerCase()], ...strings }
}

export function t(locale: string | undefined, key: StringKey, params: Record<string, string | number> = {}): string {
  const lang = (locale ?? 'en').toLowerCase()
  const text = tables[lang]?.[key] ?? tables[lang.split('-')[0]!]?.[key] ?? stringsEn[key]
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
}

/** An error in words a person can act on; the API's message when it has one. */
export function describeError(locale: string | undefined, error: SeamError): string {
  if (error instanceof SeamApiError) {
    const message = error.status === 401 ? t(locale, 'errorUnauthorized') : error.message
    // The request id is what Seam's support asks for first.
    return error.requestId ? t(locale, 'requestId', { message, id: error.requestId }) : message
  }
  if (error.kind === 'network') return t(locale, 'errorNetwork')
  if (error.kind === 'timeout') return t(locale, 'errorTimeout')
  // Our own words for what went wrong in the page, never a raw JavaScript error.
  if (error.kind === 'unexpected') return t(locale, 'errorUnexpected')
  return error.message
}

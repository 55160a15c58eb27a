import { issueGroupFlags, issueGroupsByCode, type IssueGroup } from './groups.js'
import { issueFallbackEn, issuesEn, type IssueFallbackText, type IssueText } from './issues.en.js'
import { providerDisplayNameOf, type ProviderRule } from './providers.js'
import { providerTextEn, type ProviderText } from './providers.en.js'
import { statusEn, unknownStatusEn, type StatusKey, type StatusText } from './status.en.js'
import type { Device } from '@seamapi/types/connect'

export type { IssueGroup, IssueFallbackText, IssueText, ProviderText, StatusKey, StatusText }
export { issueGroupFlags, issueGroupsByCode } from './groups.js'
export { issueFallbackEn, issuesEn } from './issues.en.js'
export { statusEn, unknownStatusEn } from './status.en.js'
export {
  providerDisplayNameOf,
  providerHas,
  providerNamesEn,
  providerOf,
  providerRules,
  providerTextEn,
  type ProviderRule,
} from './providers.js'

/** One error or warning, in words a person can act on. */
export interface ExplainedIssue {
  /** The `error_code` or `warning_code`, when the issue has one. */
  code: string | undefined
  severity: 'error' | 'warning'
  group: IssueGroup
  title: string
  explanation: string
  action: string
  /** Whether the catalog has texts for this code. */
  known: boolean
  /** The API's own message, when it sent a non-empty one. */
  message: string | undefined
}

/** Everything a language can translate; English is complete and the fallback. */
export interface CatalogLanguage {
  issues: Record<string, IssueText>
  issueFallback: IssueFallbackText
  status: Record<StatusKey, StatusText>
  unknownStatus: StatusText
  provider: ProviderText
}

/** A language may translate only part of the catalog; the rest comes from English. */
export interface CatalogTranslation {
  issues?: Record<string, IssueText>
  issueFallback?: Partial<IssueFallbackText>
  status?: Partial<Record<StatusKey, StatusText>>
  unknownStatus?: StatusText
  provider?: Partial<ProviderText>
}

const english: CatalogLanguage = {
  issues: issuesEn,
  issueFallback: issueFallbackEn,
  status: statusEn,
  unknownStatus: unknownStatusEn,
  provider: providerTextEn,
}

/** Catalog tables by lower-case language tag. */
const languages: Record<string, CatalogTranslation> = { en: english }

/** Adds or extends a language, e.g. `registerCatalog('de', { status: { set: { label: 'Gesetzt', meaning: '…' } } })`. */
export function registerCatalog(language: string, translation: CatalogTranslation): void {
  const key = language.toLowerCase()
  const was = languages[key] ?? {}
  languages[key] = {
    issues: { ...was.issues, ...translation.issues },
    issueFallback: { ...was.issueFallback, ...translation.issueFallback },
    status: { ...was.status, ...translation.status },
    unknownStatus: translation.unknownStatus ?? was.unknownStatus,
    provider: { ...was.provider, ...translation.provider },
  }
}

const hasOwn = (table: object | undefined, key: string): boolean => table !== undefined && Object.prototype.hasOwnProperty.call(table, key)

/** The tables to look in, most specific first: `pt-br`, `pt`, then English. */
function tablesFor(locale: unknown): CatalogTranslation[] {
  const tag = typeof locale === 'string' ? locale.trim().toLowerCase() : ''
  const tags = [tag, tag.split(/[-_]/)[0]!].filter((t) => t !== '' && hasOwn(languages, t))
  return [...new Set(tags)].map((t) => languages[t]!).concat(english)
}

/** The first table that has `key` in the section `pick` returns. */
function lookup<T>(locale: unknown, pick: (tables: CatalogTranslation) => object | undefined, key: string): T | undefined {
  for (const tables of tablesFor(locale)) {
    const section = pick(tables)
    const value = hasOwn(section, key) ? (section as Record<string, T | undefined>)[key] : undefined
    if (value !== undefined && value !== null) return value
  }
  return undefined
}

const nonBlank = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined)
const asRecord = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {})

function groupOf(issue: Record<string, unknown>, code: string | undefined, known: boolean): IssueGroup {
  const flagged = issueGroupFlags.find(([flag]) => issue[flag] === true)
  if (flagged) return flagged[1]
  if (code === undefined || !known) return 'unknown'
  const listed = (Object.keys(issueGroupsByCode) as (keyof typeof issueGroupsByCode)[]).find((group) => issueGroupsByCode[group].includes(code))
  return listed ?? 'access_code'
}

/**
 * Explains one item of an `errors` or `warnings` list. Takes anything: a
 * missing, malformed or unknown issue still gets a title, an explanation and
 * an action (the API's own message when the code is unknown).
 */
export function explainIssue(issue: unknown, severity: 'error' | 'warning', locale?: string): ExplainedIssue {
  const level = severity === 'warning' ? 'warning' : 'error'
  const fields = asRecord(issue)
  const [ownKey, otherKey] = level === 'error' ? ['error_code', 'warning_code'] : ['warning_code', 'error_code']
  const code = nonBlank(fields[ownKey]) ?? nonBlank(fields[otherKey])
  const message = nonBlank(fields.message)
  const text = code === undefined ? undefined : lookup<IssueText>(locale, (t) => t.issues, code)
  const group = groupOf(fields, code, text !== undefined)
  if (text) return { code, severity: level, group, ...text, known: true, message }
  const fallback = (key: keyof IssueFallbackText) => lookup<string>(locale, (t) => t.issueFallback, key)!
  return {
    code,
    severity: level,
    group,
    title: fallback(level === 'error' ? 'errorTitle' : 'warningTitle'),
    explanation: message ?? fallback(level === 'error' ? 'errorExplanation' : 'warningExplanation'),
    action: fallback('action'),
    known: false,
    message,
  }
}

/** The label and one-line meaning of an access code status; any value is accepted. */
export function describeStatus(status: unknown, locale?: string): { label: string; meaning: string; known: boolean } {
  const text = typeof status === 'string' ? lookup<StatusText>(locale, (t) => t.status, status) : undefined
  if (text) return { label: text.label, meaning: text.meaning, known: true }
  const unknown = tablesFor(locale).find((t) => t.unknownStatus)!.unknownStatus!
  return { label: unknown.label, meaning: unknown.meaning, known: false }
}

/**
 * A sentence about what the device's provider allows, with `{provider}`
 * filled in (the device's provider display name, or a neutral phrase).
 */
export function describeProviderRule(rule: ProviderRule, device: Device | undefined, locale?: string): string {
  const sentence = lookup<string>(locale, (t) => t.provider, rule)!
  const name = providerDisplayNameOf(device) ?? lookup<string>(locale, (t) => t.provider, 'unknownProvider')!
  return sentence.replaceAll('{provider}', () => name)
}

import type { Device } from '@seamapi/types/connect'
import { issueGroupFlags, issueGroupsByCode, type IssueGroup } from './groups.js'
import type { IssueFallbackText, IssueText } from './issues.en.js'
import { providerDisplayNameOf, type ProviderRule } from './providers.js'
import type { ProviderText } from './providers.en.js'
import type { StatusKey, StatusText } from './status.en.js'
import { lookup, tablesFor } from './tables.js'

export { issueTextsArriving } from './issue-texts.js'

export type { IssueGroup, IssueFallbackText, IssueText, ProviderText, StatusKey, StatusText }
export { issueGroupFlags, issueGroupsByCode } from './groups.js'
export { issueFallbackEn, issuesEn } from './issues.en.js'
export { statusEn, unknownStatusEn } from './status.en.js'
export { configErrorTextEn, errorTextEn, type ErrorText } from './errors.en.js'
export { describeError } from './errors.js'
export { intlLocale, languageKey, localeChain } from './locale.js'
export { fill, registerCatalog, wordsChanged, wordsVersion, type CatalogLanguage, type CatalogTranslation } from './tables.js'
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
  /** The title as a row's chip shows it: short, the full title in the explanation. */
  chip: string
  explanation: string
  action: string
  /** Whether the catalog has texts for this code. */
  known: boolean
  /** The API's own message, when it sent a non-empty one. */
  message: string | undefined
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
 * The explanation and action, read from the catalog's entry when asked: in
 * the script-tag ES module an English entry gets them only when the first
 * explanation opens, after the rows that show its title were built. Own and
 * enumerable, so a spread or a deep comparison sees them.
 */
function withTexts(issue: Omit<ExplainedIssue, 'explanation' | 'action'>, text: Partial<IssueText>): ExplainedIssue {
  const live = (key: 'explanation' | 'action'): PropertyDescriptor => ({
    get: () => text[key] ?? '',
    // A page may still set one (the properties were plain before): it then holds that value.
    set: (value: unknown) => Object.defineProperty(issue, key, { value, writable: true, enumerable: true, configurable: true }),
    enumerable: true,
    configurable: true,
  })
  return Object.defineProperties(issue, { explanation: live('explanation'), action: live('action') }) as ExplainedIssue
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
  if (text) return withTexts({ code, severity: level, group, title: text.title, chip: text.chip ?? text.title, known: true, message }, text)
  const fallback = (key: keyof IssueFallbackText) => lookup<string>(locale, (t) => t.issueFallback, key)!
  const titleKey = level === 'error' ? 'errorTitle' : 'warningTitle'
  // The chip in the title's own language: a language a page registered without a chip shows its title, not English.
  const own = tablesFor(locale).find((t) => t.issueFallback?.[titleKey] != null)!.issueFallback!
  const title = own[titleKey]!
  return {
    code,
    severity: level,
    group,
    title,
    chip: own.chip ?? title,
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

// The form's words (code rules, options, refusals) are not re-exported
// here: the form imports ./code-rules.js itself, so they load with its
// chunk and not with every element that reads the catalog.
export type { CodeRuleText } from './code-rules.en.js'
export type { CodeOptionText, OptionText } from './code-options.en.js'
export { remedyTextEn, type RemedyText } from './remedies.en.js'
// Nor the history's (./events.js): the details import them, and a module
// re-exported here would sit in the script-tag entry, used or not.
export type { CodeEventType, EventText, EventTone } from './events.en.js'
export { remediesByCode, remedyOf, remedyText, type Remedy } from './remedies.js'
export type { CodeField } from './code-rules.js'

import type { SeamError } from '../api/errors.js'
import { codeOptionTextEn, type CodeOptionText, type OptionText } from './code-options.en.js'
import { codeRuleTextEn, refusalTextEn, type CodeRuleText } from './code-rules.en.js'
import { describeError } from './errors.js'
import { fill, lookup } from './tables.js'

// The form's words. Their English comes with this module, which only the
// form imports, so a page with a table alone does not carry them; a
// translation registered with registerCatalog is looked up first.

/** The fields of a code that a refusal can be about. */
export type CodeField = 'name' | 'code' | 'starts_at' | 'ends_at'

/** The field each known refusal of `access_codes/create` or `/update` is about. */
export const refusalFields: Readonly<Record<string, CodeField>> = {
  duplicate_access_code: 'code',
  // What the fake gives for a PIN the lock's rules refuse (dev/shim.mjs, refusePin).
  invalid_code: 'code',
}

export function codeRuleText(key: keyof CodeRuleText, locale?: string, params: Record<string, string | number> = {}): string {
  return fill(lookup<string>(locale, (t) => t.codeRules, key) ?? codeRuleTextEn[key], params)
}

export function codeOptionText(key: Exclude<keyof CodeOptionText, 'roundHour' | 'roundDay'>, locale?: string): OptionText {
  return lookup<OptionText>(locale, (t) => t.codeOptions, key) ?? codeOptionTextEn[key]
}

export function roundingText(key: 'roundHour' | 'roundDay', locale?: string): string {
  return lookup<string>(locale, (t) => t.codeOptions, key) ?? codeOptionTextEn[key]
}

/** "4", "4 or 6", "4 to 8" for the lengths a lock accepts. */
export function describeLengths(lengths: readonly number[], locale?: string): string {
  const sorted = [...new Set(lengths)].sort((a, b) => a - b)
  if (sorted.length === 1) return String(sorted[0])
  const contiguous = sorted.every((n, i) => i === 0 || n === sorted[i - 1]! + 1)
  if (contiguous && sorted.length > 2) return codeRuleText('lengthRange', locale, { min: sorted[0]!, max: sorted.at(-1)! })
  return codeRuleText('lengthChoice', locale, { list: sorted.slice(0, -1).join(', '), last: sorted.at(-1)! })
}

/** The form's fields in the order it shows them: a refusal about several goes to the first. */
const FIELD_ORDER: readonly CodeField[] = ['name', 'code', 'starts_at', 'ends_at']

/**
 * Why Seam refused a write, in words, and the field it is about where the
 * API says which: a known error type, else the fields an invalid-input
 * refusal's `validation_errors` names, else a field its message names.
 * Anything else is described as every error is.
 */
export function describeRefusal(error: SeamError, locale?: string): { text: string; field: CodeField | undefined } {
  const type = (error as { type?: unknown }).type
  const known =
    typeof type === 'string' ? (lookup<string>(locale, (t) => t.refusals, type) ?? (Object.hasOwn(refusalTextEn, type) ? refusalTextEn[type] : undefined)) : undefined
  let field = typeof type === 'string' && Object.prototype.hasOwnProperty.call(refusalFields, type) ? refusalFields[type] : undefined
  const invalid = (error as { invalidFields?: readonly string[] }).invalidFields ?? []
  if (field === undefined && type === 'invalid_input' && invalid.length > 0) {
    // None of the form's own (say, device_id) leaves the refusal above the form.
    field = FIELD_ORDER.find((f) => invalid.includes(f))
  } else if (field === undefined && type === 'invalid_input') {
    // An answer without validation_errors (a proxy's, an older API's): its message may still name the field.
    const message = (error as { seamMessage?: unknown }).seamMessage
    // A field's own name first; a bare "code" only where it is not "access code" ("The access code's ends_at …").
    const named = typeof message === 'string' ? (/\b(ends_at|starts_at)\b/.exec(message) ?? /(?<!\baccess )\b(code|name)\b/.exec(message))?.[1] : undefined
    field = named as CodeField | undefined
  }
  return { text: known ?? describeError(locale, error), field }
}

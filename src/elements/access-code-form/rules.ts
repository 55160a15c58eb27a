import type { Device } from '@seamapi/types/connect'

// What a lock asks of a PIN and a name, read from the device
// (`properties.code_constraints`, `supported_code_lengths`), and the checks
// of each rule. The words for each rule are in the catalog (code-rules.en.ts)
// under the same key.

export type PinRuleKey =
  | 'digits'
  | 'lengths'
  | 'no_zeros'
  | 'cannot_start_with_12'
  | 'no_triple_consecutive_ints'
  | 'no_ascending_or_descending_sequence'
  | 'at_least_three_unique_digits'
  | 'cannot_contain_089'
  | 'cannot_contain_0789'
  | 'unique_first_four_digits'
  | 'no_all_same_digits'
  | 'pin_code_matches_existing_set'

export interface LockRules {
  /** False when the lock picks its own PIN (`cannot_specify_pin_code`). */
  pinChoosable: boolean
  /** The PIN rules, in the order they are shown. */
  pin: PinRuleKey[]
  /** The lengths the lock accepts, when it says. */
  lengths: number[] | undefined
  nameMin: number | undefined
  nameMax: number | undefined
  nameUnique: boolean
  /** `start_date_in_future`: a time-bound code must start later than now. */
  startInFuture: boolean
  /** The lock can take codes over its connection (`can_program_online_access_codes` is not false). */
  online: boolean
  /** The lock can take offline codes (`can_program_offline_access_codes`). */
  offline: boolean
  /** The lock keeps a pool of backup codes (`supports_backup_access_code_pool`). */
  backupPool: boolean
  /** The lock is offline now (`properties.online` is false). */
  lockOffline: boolean
  /** How many active codes the lock holds at most (`properties.max_active_codes_supported`), when it says. */
  maxActive: number | undefined
}

const digit = (c: string) => c.charCodeAt(0) - 48

/** Each rule's check; true when the PIN keeps it, undefined when the page cannot tell. */
const checks: Record<PinRuleKey, (pin: string, rules: LockRules) => boolean | undefined> = {
  digits: (pin) => /^\d+$/.test(pin),
  lengths: (pin, rules) => rules.lengths === undefined || rules.lengths.includes(pin.length),
  no_zeros: (pin) => !pin.includes('0'),
  cannot_start_with_12: (pin) => !pin.startsWith('12'),
  // Three in a row that repeat (111) or step by one either way (123, 987).
  no_triple_consecutive_ints: (pin) => {
    for (let i = 0; i + 2 < pin.length; i++) {
      const a = digit(pin[i]!)
      const step = digit(pin[i + 1]!) - a
      if (Math.abs(step) <= 1 && digit(pin[i + 2]!) - digit(pin[i + 1]!) === step) return false
    }
    return true
  },
  no_ascending_or_descending_sequence: (pin) => {
    if (pin.length < 2) return true
    const step = digit(pin[1]!) - digit(pin[0]!)
    if (Math.abs(step) !== 1) return true
    for (let i = 2; i < pin.length; i++) if (digit(pin[i]!) - digit(pin[i - 1]!) !== step) return true
    return false
  },
  at_least_three_unique_digits: (pin) => new Set(pin).size >= 3,
  cannot_contain_089: (pin) => !/[089]/.test(pin),
  cannot_contain_0789: (pin) => !/[0789]/.test(pin),
  unique_first_four_digits: (pin) => new Set(pin.slice(0, 4)).size === Math.min(4, pin.length),
  no_all_same_digits: (pin) => !/^(\d)\1+$/.test(pin),
  pin_code_matches_existing_set: () => undefined,
}

/** The PIN rules in the order the form lists them ('lengths' first). */
export const PIN_RULE_ORDER: readonly PinRuleKey[] = [
  'lengths',
  'no_zeros',
  'cannot_contain_089',
  'cannot_contain_0789',
  'cannot_start_with_12',
  'no_all_same_digits',
  'at_least_three_unique_digits',
  'unique_first_four_digits',
  'no_triple_consecutive_ints',
  'no_ascending_or_descending_sequence',
  'pin_code_matches_existing_set',
]

const positiveInts = (v: unknown): number[] | undefined => {
  const list = Array.isArray(v) ? v.filter((n): n is number => Number.isInteger(n) && n > 0) : []
  return list.length > 0 ? [...new Set(list)].sort((a, b) => a - b) : undefined
}
const count = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined)

/** The rules of a lock; a device that says nothing gets "digits only" and nothing else. */
export function lockRules(device: Device | undefined): LockRules {
  const d = (device ?? {}) as Partial<Device>
  const props: Record<string, unknown> = d.properties ?? {}
  const constraints = (Array.isArray(props['code_constraints']) ? props['code_constraints'] : []).filter(
    (c): c is { constraint_type: string; min_length?: unknown; max_length?: unknown } => typeof c?.constraint_type === 'string',
  )
  const types = new Set(constraints.map((c) => c.constraint_type))
  const name = constraints.find((c) => c.constraint_type === 'name_length')
  const lengths = positiveInts(props['supported_code_lengths'])
  return {
    pinChoosable: !types.has('cannot_specify_pin_code'),
    pin: ['digits', ...PIN_RULE_ORDER.filter((k) => (k === 'lengths' ? lengths !== undefined : types.has(k)))],
    lengths,
    nameMin: count(name?.min_length),
    nameMax: count(name?.max_length),
    nameUnique: types.has('name_must_be_unique'),
    startInFuture: types.has('start_date_in_future'),
    online: d.can_program_online_access_codes !== false,
    offline: d.can_program_offline_access_codes === true || props['offline_access_codes_enabled'] === true,
    backupPool: props['supports_backup_access_code_pool'] === true,
    lockOffline: props['online'] === false,
    maxActive: count(props['max_active_codes_supported']),
  }
}

export interface RuleCheck {
  key: PinRuleKey
  /** Whether the PIN keeps the rule; undefined when the page cannot tell (Seam checks it). */
  met: boolean | undefined
}

/** Every PIN rule of the lock with whether this PIN keeps it. */
export function checkPin(pin: string, rules: LockRules): RuleCheck[] {
  return rules.pin.map((key) => ({ key, met: checks[key](pin, rules) }))
}

/** The first rule the PIN breaks, if any. */
export function brokenPinRule(pin: string, rules: LockRules): PinRuleKey | undefined {
  return checkPin(pin, rules).find((c) => c.met === false)?.key
}

export type NameProblem = 'nameMin' | 'nameMax' | 'nameBetween' | 'name_must_be_unique'

/** What is wrong with a name for this lock (an empty name is fine: names are optional). */
export function nameProblem(name: string, rules: LockRules, otherNames: readonly string[]): NameProblem | undefined {
  const trimmed = name.trim()
  if (trimmed === '') return undefined
  const length = [...trimmed].length
  const { nameMin: min, nameMax: max } = rules
  if ((min !== undefined && length < min) || (max !== undefined && length > max)) {
    return min !== undefined && max !== undefined ? 'nameBetween' : min !== undefined ? 'nameMin' : 'nameMax'
  }
  if (rules.nameUnique && otherNames.some((n) => n.trim().toLowerCase() === trimmed.toLowerCase())) return 'name_must_be_unique'
  return undefined
}

/** The name rule to show as a hint before anything is typed. */
export function nameRule(rules: LockRules): NameProblem | undefined {
  const { nameMin: min, nameMax: max } = rules
  if (min !== undefined && max !== undefined) return 'nameBetween'
  if (max !== undefined) return 'nameMax'
  if (min !== undefined) return 'nameMin'
  return undefined
}

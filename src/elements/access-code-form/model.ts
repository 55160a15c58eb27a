import type { AccessCode } from '@seamapi/types/connect'
import type { CodeField, CodeRuleText } from '../../catalog/index.js'
import type { CreateCodeParams, UpdateCodeParams } from '../../state/index.js'
import { parseTime } from '../../ui/format.js'
import { fromLocalInput, instantOf, toLocalInput, wallTimeAt } from '../../ui/zoned-time.js'
import { brokenPinRule, nameProblem, type LockRules } from './rules.js'

// What the person typed, and what it means: the problems to show before
// anything is sent, the time window it names, and the request it becomes.
// No DOM here; the element renders it.

export interface CodeOptions {
  allow_external_modification: boolean
  attempt_for_offline_device: boolean
  prefer_native_scheduling: boolean
  use_backup_access_code_pool: boolean
  is_offline_access_code: boolean
  is_one_time_use: boolean
  max_time_rounding: '1hour' | '1day'
}
export type OptionKey = keyof CodeOptions

/** Prefill for a new code (`.defaults`): any create parameter the form shows. */
export type AccessCodeDefaults = Partial<Pick<CreateCodeParams, 'name' | 'code' | 'starts_at' | 'ends_at'>> & Partial<CodeOptions>

export interface FormValues {
  name: string
  code: string
  timeBound: boolean
  /** `datetime-local` text in the form's zone, as typed; '' is "now". */
  start: string
  end: string
  /** Instants from a prefill, shown in whatever zone applies until the person types over them. */
  startMs?: number | undefined
  endMs?: number | undefined
  options: CodeOptions
}

export const DEFAULT_OPTIONS: CodeOptions = {
  allow_external_modification: false,
  // Seam's own defaults (access_codes/create in @seamapi/types): the form
  // shows an option as it is when left alone.
  attempt_for_offline_device: true,
  prefer_native_scheduling: true,
  use_backup_access_code_pool: false,
  is_offline_access_code: false,
  is_one_time_use: false,
  max_time_rounding: '1hour',
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '')

export function valuesFromDefaults(d: AccessCodeDefaults | undefined): FormValues {
  const startMs = parseTime(d?.starts_at)
  const endMs = parseTime(d?.ends_at)
  const options = { ...DEFAULT_OPTIONS }
  for (const key of Object.keys(DEFAULT_OPTIONS) as OptionKey[]) {
    const v = d?.[key]
    if (typeof v === typeof DEFAULT_OPTIONS[key]) (options as Record<OptionKey, unknown>)[key] = v
  }
  return { name: text(d?.name), code: text(d?.code), timeBound: startMs != null || endMs != null || options.is_offline_access_code, start: '', end: '', startMs, endMs, options }
}

/**
 * An edit starts from the code. Seam does not report every option on the
 * code (how it was asked to be scheduled, say): those are the defaults,
 * unless `known` says what this form last saved for it.
 */
export function valuesFromCode(code: AccessCode, known: Partial<CodeOptions> = {}): FormValues {
  const timeBound = code.type === 'time_bound'
  return {
    name: text(code.name),
    code: text(code.code),
    timeBound,
    start: '',
    end: '',
    startMs: timeBound ? parseTime(code.starts_at) : undefined,
    endMs: timeBound ? parseTime(code.ends_at) : undefined,
    options: { ...DEFAULT_OPTIONS, ...known, allow_external_modification: code.is_external_modification_allowed === true },
  }
}

/** The text of a time input: what was typed, else the prefilled instant in this zone. */
export function timeText(values: FormValues, which: 'start' | 'end', timeZone: string): string {
  const typed = values[which]
  const ms = which === 'start' ? values.startMs : values.endMs
  return typed !== '' || ms == null ? typed : toLocalInput(wallTimeAt(ms, timeZone))
}

/** A new time window: from the next full hour, for a day. */
export function suggestedWindow(now: number, timeZone: string): { start: string; end: string } {
  const next = wallTimeAt(now + 3_600_000, timeZone)
  const start = instantOf({ ...next, minute: 0 }, timeZone)
  const end = instantOf({ ...wallTimeAt(start + 86_400_000, timeZone), minute: 0 }, timeZone)
  return { start: toLocalInput(wallTimeAt(start, timeZone)), end: toLocalInput(wallTimeAt(end, timeZone)) }
}

/** Whether a code is offline: chosen, or the only kind the lock takes. */
export function isOffline(values: FormValues, rules: LockRules): boolean {
  return rules.offline && (values.options.is_offline_access_code || !rules.online)
}

/** The options this lock supports for this code, in the order they are shown. */
export function shownOptions(values: FormValues, rules: LockRules, editing: boolean): OptionKey[] {
  const offline = isOffline(values, rules)
  const shown: OptionKey[] = []
  if (!editing && rules.offline && rules.online) shown.push('is_offline_access_code')
  if (offline) return editing ? shown : [...shown, 'is_one_time_use', 'max_time_rounding']
  shown.push('allow_external_modification')
  if (rules.lockOffline) shown.push('attempt_for_offline_device')
  if (values.timeBound) {
    shown.push('prefer_native_scheduling')
    if (rules.backupPool && !editing) shown.push('use_backup_access_code_pool')
  }
  return shown
}

/**
 * The lock's codes that take one of its places now: not ended, not being
 * removed. Said before a create on a lock that has no place left, which Seam
 * would accept and then fail to set (no_space_for_access_code_on_device).
 */
export function activeCodes(codes: readonly AccessCode[], now: number): number {
  return codes.filter((c) => c.status !== 'removing' && !((parseTime(c.ends_at) ?? Infinity) <= now)).length
}

export interface TimeWindow {
  /** Undefined: from now. */
  start: number | undefined
  end: number | undefined
  /** The start was set but has passed, so the code works from now. */
  startPassed: boolean
}

/** The window the inputs name, read in `timeZone`; a start that has passed means now (unless it is the code's own, unchanged). */
export function timeWindow(values: FormValues, timeZone: string, now: number, original?: AccessCode): TimeWindow {
  const read = (which: 'start' | 'end'): number | undefined => {
    const typed = values[which]
    if (typed === '') return which === 'start' ? values.startMs : values.endMs
    const wall = fromLocalInput(typed)
    return wall ? instantOf(wall, timeZone) : undefined
  }
  let start = read('start')
  const end = read('end')
  const ownStart = original != null && values.start === '' && start != null && start === parseTime(original.starts_at)
  const startPassed = start != null && start <= now && !ownStart
  if (startPassed) start = undefined
  return { start, end, startPassed }
}

/**
 * An edit that leaves alone the schedule of a time-bound code Seam holds
 * without an end (it allows one): still time-bound, nothing typed over its
 * times. Such an edit keeps the schedule as it is, so it needs no end and
 * sends none; any change to the schedule is checked and sent as a new one's.
 */
export function keepsOpenSchedule(values: FormValues, original: AccessCode | undefined): boolean {
  if (original?.type !== 'time_bound' || parseTime(original.ends_at) != null) return false
  return values.timeBound && values.start === '' && values.end === '' && values.endMs == null && values.startMs === parseTime(original.starts_at)
}

export interface Problem {
  key: keyof CodeRuleText
  params?: Record<string, string | number>
}
export type Problems = Partial<Record<CodeField, Problem>>

export interface CheckContext {
  rules: LockRules
  timeZone: string
  now: number
  /** The other managed codes of the lock (for a PIN or a name already in use). */
  others: readonly AccessCode[]
  original?: AccessCode | undefined
  /** The PIN field is shown (the lock lets one choose, and the code is not offline). */
  pinShown: boolean
}

/** Everything that stops the form from being sent, by field. */
export function findProblems(values: FormValues, c: CheckContext): Problems {
  const problems: Problems = {}
  const others = c.others.filter((o) => o.access_code_id !== c.original?.access_code_id)
  const name = nameProblem(values.name, c.rules, others.map((o) => text(o.name)))
  if (name) problems.name = { key: name, params: { min: c.rules.nameMin ?? 0, max: c.rules.nameMax ?? 0 } }
  const pin = values.code.trim()
  // A code's own PIN, unchanged, is not sent again: it stops nothing.
  if (c.pinShown && pin !== '' && pin !== text(c.original?.code)) {
    const broken = brokenPinRule(pin, c.rules)
    if (broken) problems.code = { key: broken }
    else if (others.some((o) => o.code === pin)) problems.code = { key: 'pinTaken' }
  }
  const offline = isOffline(values, c.rules)
  if (!values.timeBound || keepsOpenSchedule(values, c.original)) return problems
  const startText = values.start
  if (startText !== '' && !fromLocalInput(startText)) problems.starts_at = { key: 'startInvalid' }
  const w = timeWindow(values, c.timeZone, c.now, c.original)
  // Such a lock takes no start of "now": an empty start is not sent as one.
  if (c.rules.startInFuture && (w.startPassed || (w.start == null && startText === ''))) problems.starts_at = { key: 'start_date_in_future' }
  if (values.end !== '' && !fromLocalInput(values.end)) problems.ends_at = { key: 'endInvalid' }
  else if (w.end == null) problems.ends_at = { key: offline ? 'offlineNeedsWindow' : 'endRequired' }
  else if (w.end <= c.now) problems.ends_at = { key: 'endPassed' }
  else if (w.end <= (w.start ?? c.now)) problems.ends_at = { key: 'endBeforeStart' }
  return problems
}

const iso = (ms: number) => new Date(ms).toISOString()

/** The options to send: those shown, with their values; with `from`, only those changed from it. */
function optionParams(values: FormValues, shown: OptionKey[], from?: CodeOptions): Partial<CodeOptions> {
  const out: Partial<CodeOptions> = {}
  for (const key of shown) if (from == null || values.options[key] !== from[key]) (out as Record<OptionKey, unknown>)[key] = values.options[key]
  return out
}

/** The create request; a start that has passed is sent as `now`. */
export function createParams(deviceId: string, values: FormValues, c: CheckContext, shown: OptionKey[]): CreateCodeParams {
  const params: CreateCodeParams = { device_id: deviceId, ...optionParams(values, shown) }
  const name = values.name.trim()
  if (name !== '') params.name = name
  if (c.pinShown && values.code.trim() !== '') params.code = values.code.trim()
  if (isOffline(values, c.rules)) params.is_offline_access_code = true
  if (values.timeBound) {
    const w = timeWindow(values, c.timeZone, c.now)
    params.starts_at = iso(w.start ?? c.now)
    params.ends_at = iso(w.end!)
  }
  return params
}

/**
 * The update request: only what changed. The schedule goes whole when any
 * of it changed, and not at all when none did: sent again, an active code's
 * start (now past) is refused by a lock that wants a future one.
 */
export function updateParams(values: FormValues, c: CheckContext & { original: AccessCode }, shown: OptionKey[], known: Partial<CodeOptions> = {}): UpdateCodeParams {
  const o = c.original
  // Only the options the person changed: the form starts an edit from the
  // defaults for those a code does not report (how it was scheduled, say),
  // and sending those back would change a code the person did not touch.
  const params: UpdateCodeParams = { ...optionParams(values, shown, valuesFromCode(o, known).options) }
  const name = values.name.trim()
  if (name !== text(o.name).trim()) params.name = name
  const pin = values.code.trim()
  if (c.pinShown && pin !== '' && pin !== text(o.code)) params.code = pin
  if (keepsOpenSchedule(values, o)) return params
  if (values.timeBound) {
    const w = timeWindow(values, c.timeZone, c.now, o)
    const start = w.start ?? c.now
    if (o.type !== 'time_bound' || start !== parseTime(o.starts_at) || w.end !== parseTime(o.ends_at)) {
      params.type = 'time_bound'
      params.starts_at = iso(start)
      params.ends_at = iso(w.end!)
    }
  } else if (o.type !== 'ongoing') {
    params.type = 'ongoing'
  }
  return params
}

import type { AccessCode, UnmanagedAccessCode } from '@seamapi/types/connect'
import { intlLocale } from '../catalog/index.js'
import { t } from '../i18n/index.js'

export interface FormatContext {
  locale: string
  timeZone?: string | undefined
  now?: number
}

// Intl objects are costly to build; rows call these thousands of times.
const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>()

/**
 * An Intl object for a page's locale tag, as Intl spells it (`de_DE` is
 * `de-DE`: see intlLocale), in `timeZone`. Only a zone Intl does not know
 * can still throw: the browser's zone then, never the browser's language.
 */
export function zonedIntl<T>(build: (locale: string, timeZone: string | undefined) => T, locale: string, timeZone: string | undefined): T {
  try {
    return build(intlLocale(locale), timeZone)
  } catch {
    return build(intlLocale(locale), undefined)
  }
}
function dateFormat(locale: string, timeZone: string | undefined, withYear: boolean): Intl.DateTimeFormat {
  const key = `d|${locale}|${timeZone}|${withYear}`
  let f = cache.get(key) as Intl.DateTimeFormat | undefined
  if (!f) {
    // An unknown zone or locale from an attribute must not break the row.
    f = zonedIntl((l, zone) => new Intl.DateTimeFormat(l, { day: 'numeric', month: 'short', ...(withYear && { year: 'numeric' }), hour: '2-digit', minute: '2-digit', timeZone: zone }), locale, timeZone)
    cache.set(key, f)
  }
  return f
}

type Style = 'day' | 'dayOfYear' | 'year' | 'full' | 'clock'
/**
 * The compact day ("1 Nov 2026"), the same without its year ("1 Nov"), the
 * year alone (in the locale's own calendar), the full date and time of a
 * hover, and the clock that says whether a time is midnight.
 */
function styledFormat(locale: string, timeZone: string | undefined, style: Style): Intl.DateTimeFormat {
  const key = `${style}|${locale}|${timeZone}`
  let f = cache.get(key) as Intl.DateTimeFormat | undefined
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      style === 'day'
        ? { day: 'numeric', month: 'short', year: 'numeric' }
        : style === 'dayOfYear'
          ? { day: 'numeric', month: 'short' }
          : style === 'year'
            ? { year: 'numeric' }
            : style === 'full'
          ? { dateStyle: 'full', timeStyle: 'short' }
          : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
    f = zonedIntl((l, zone) => new Intl.DateTimeFormat(l, { ...options, timeZone: zone }), style === 'clock' ? 'en-US' : locale, timeZone)
    cache.set(key, f)
  }
  return f
}

/** The day only, compact, in the zone of `ctx` ("1 Nov 2026"). */
export function formatDay(ms: number, ctx: FormatContext): string {
  return styledFormat(ctx.locale, ctx.timeZone, 'day').format(ms)
}

/** The full date and time, for a hover ("Sunday 1 November 2026 at 15:00"). */
export function formatFull(ms: number, ctx: FormatContext): string {
  return styledFormat(ctx.locale, ctx.timeZone, 'full').format(ms)
}

/** Midnight in the zone of `ctx`: the day says all, a time would add nothing. */
function isMidnight(ms: number, ctx: FormatContext): boolean {
  return styledFormat('en-US', ctx.timeZone, 'clock').format(ms) === '00:00'
}

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  const key = `r|${locale}`
  let f = cache.get(key) as Intl.RelativeTimeFormat | undefined
  if (!f) {
    f = new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto' })
    cache.set(key, f)
  }
  return f
}

/**
 * Builds the formatters a schedule and a count need and formats once with
 * each, so the locale data is loaded. The first Intl.DateTimeFormat of a page costs tens of
 * ms: call this while the first request is on the network, not after its
 * answer has arrived and the rows wait for it.
 */
export function warmFormats(context: FormatContext | (() => FormatContext)): void {
  const now = Date.now()
  let ctx: FormatContext | undefined
  // Read in the first task: it may take the browser's zone, itself an Intl call.
  const read = (): FormatContext => (ctx ??= typeof context === 'function' ? context() : context)
  // One formatter a task, so an answer that arrives meanwhile is not kept waiting long.
  const steps = [
    () => formatDate(now, read(), true),
    () => formatDate(now, read(), false),
    () => relativeTime(now + 864e5, read()),
    // A count in a sentence ("250 codes") builds the language's number format and plural rules: 2 ms more, cold.
    () => t(read().locale, 'summary', { count: 2, shown: 2, issues: 0 }),
  ]
  const next = (): void => {
    steps.shift()?.()
    if (steps.length > 0) setTimeout(next)
  }
  setTimeout(next)
}

/** A timestamp, or undefined when it is missing or does not parse. */
export function parseTime(value: unknown): number | undefined {
  if (typeof value !== 'string' || value === '') return undefined
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? undefined : ms
}

// Its own format without a year, not the year's parts cut out of the one
// with: in Japanese, Korean, Hungarian or a Buddhist calendar the year
// comes with characters (年, 년, an era) that cutting left behind.
function formatDayShort(ms: number, ctx: FormatContext, withYear: boolean): string {
  return styledFormat(ctx.locale, ctx.timeZone, withYear ? 'day' : 'dayOfYear').format(ms)
}

export function formatDate(ms: number, ctx: FormatContext, withYear = true): string {
  return dateFormat(ctx.locale, ctx.timeZone, withYear).format(ms)
}

/** "in 3 days", "2 hours ago": the largest unit that fits. */
export function relativeTime(ms: number, ctx: FormatContext): string {
  const diff = ms - (ctx.now ?? Date.now())
  const abs = Math.abs(diff)
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 365 * 864e5],
    ['month', 30 * 864e5],
    ['week', 7 * 864e5],
    ['day', 864e5],
    ['hour', 36e5],
    ['minute', 6e4],
  ]
  for (const [unit, size] of units) {
    if (abs >= size) return relativeFormat(ctx.locale).format(Math.round(diff / size), unit)
  }
  return relativeFormat(ctx.locale).format(0, 'minute')
}

export interface ScheduleText {
  /** The schedule in words. */
  text: string
  /** A relative phrase where it helps ("in 3 days"). */
  relative?: string | undefined
}

/**
 * A code's type and time window in words: compact (the year only when it is
 * not this one, the time only when it is not midnight), or `full` for a hover.
 */
export function describeSchedule(code: Pick<AccessCode | UnmanagedAccessCode, 'type' | 'starts_at' | 'ends_at'>, ctx: FormatContext, full = false): ScheduleText {
  const now = ctx.now ?? Date.now()
  const start = parseTime(code.starts_at)
  const end = parseTime(code.ends_at)
  if (code.type !== 'time_bound' || (start == null && end == null)) return { text: t(ctx.locale, 'ongoing') }
  // This year is the lock's (New Year's Eve there may be New Year's Day
  // here), in the locale's calendar (a Persian year is not a Gregorian one).
  const year = styledFormat(ctx.locale, ctx.timeZone, 'year')
  const thisYear = year.format(now)
  const sameYear = (ms: number) => year.format(ms) === thisYear
  const fmt = (ms: number) => (full ? formatFull(ms, ctx) : isMidnight(ms, ctx) ? formatDayShort(ms, ctx, !sameYear(ms)) : formatDate(ms, ctx, !sameYear(ms)))
  if (end != null && end <= now) return { text: t(ctx.locale, 'ended', { end: fmt(end) }), relative: relativeTime(end, ctx) }
  if (start != null && start > now) {
    const text = end != null ? t(ctx.locale, 'startsEnds', { start: fmt(start), end: fmt(end) }) : t(ctx.locale, 'startsAt', { start: fmt(start) })
    return { text, relative: relativeTime(start, ctx) }
  }
  if (end != null) return { text: t(ctx.locale, 'activeUntil', { end: fmt(end) }), relative: relativeTime(end, ctx) }
  // Started with no end (Seam allows a time-bound code without one): it works from then on.
  return { text: t(ctx.locale, 'activeSince', { start: fmt(start!) }), relative: relativeTime(start!, ctx) }
}

/** A name to show: the code's own, or the catalog's word for none. */
export function displayName(code: { name?: unknown }, locale: string): string {
  return typeof code.name === 'string' && code.name.trim() !== '' ? code.name : t(locale, 'unnamed')
}

/**
 * The lock's name to show: the first of its `display_name`, its
 * `properties.name` and `fallbacks` that is a string with something in it
 * (a `display_name` of `{}` or `""` would read "[object Object]" or nothing).
 */
export function lockName(device: { display_name?: unknown; properties?: unknown } | undefined, ...fallbacks: unknown[]): string | undefined {
  const candidates = [device?.display_name, (device?.properties as { name?: unknown } | null | undefined)?.name, ...fallbacks]
  return candidates.find((v): v is string => typeof v === 'string' && v.trim() !== '')
}

// Wall time in an IANA zone <-> exact instants, with Intl only (no time zone
// library). A `datetime-local` input holds wall time without a zone; the
// form reads it as the lock's wall time and sends the instant it names.

/** A minute of wall-clock time: month 1-12. */
export interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
}

const formats = new Map<string, Intl.DateTimeFormat>()
function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formats.set(timeZone, f)
  }
  return f
}

/** Whether the browser knows this IANA zone. */
export function isTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return false
  try {
    partsFormat(timeZone)
    return true
  } catch {
    return false
  }
}

/** The wall time an instant shows in a zone (seconds dropped). */
export function wallTimeAt(ms: number, timeZone: string): WallTime {
  const p: Record<string, number> = {}
  for (const part of partsFormat(timeZone).formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value)
  return { year: p['year']!, month: p['month']!, day: p['day']!, hour: p['hour']! % 24, minute: p['minute']! }
}

const utcOf = (w: WallTime): number => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute)

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetAt(ms: number, timeZone: string): number {
  const floored = Math.floor(ms / 60_000) * 60_000
  return utcOf(wallTimeAt(floored, timeZone)) - floored
}

const same = (a: WallTime, b: WallTime) =>
  a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute

/**
 * The instant at which the zone's clocks show `wall`. Across a
 * daylight-saving change it does what a person means: a time that happens
 * twice (clocks go back) is the first of the two; a time that never happens
 * (clocks go forward) moves forward by the gap, so 02:30 on the night Paris
 * skips from 02:00 to 03:00 is 03:30.
 */
export function instantOf(wall: WallTime, timeZone: string): number {
  const asUtc = utcOf(wall)
  // The offsets a day either side cover any single change around this time.
  const before = offsetAt(asUtc - 86_400_000, timeZone)
  const after = offsetAt(asUtc + 86_400_000, timeZone)
  const fits = [...new Set([before, after])].map((offset) => asUtc - offset).filter((ms) => same(wallTimeAt(ms, timeZone), wall))
  if (fits.length > 0) return Math.min(...fits)
  // In the gap: read the wall time with the offset from before the change.
  return asUtc - before
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** `YYYY-MM-DDTHH:mm`, the value of a `datetime-local` input. */
export function toLocalInput(w: WallTime): string {
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`
}

/** The wall time in a `datetime-local` input's value, or undefined when it holds none. */
export function fromLocalInput(value: string): WallTime | undefined {
  const m = /^(\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value)
  if (!m) return undefined
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number]
  const check = new Date(Date.UTC(year, month - 1, day, hour, minute))
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return undefined
  return { year, month, day, hour, minute }
}

let browserZone: string | undefined
/** The browser's own zone (read once: building the formatter costs more than a row). */
export function browserTimeZone(): string {
  return (browserZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone)
}

const sameZones = new Map<string, boolean>()
/**
 * Whether two zones show the same times: one id as the browser resolves it
 * (Chromium makes `Etc/UTC` and `GMT` its `UTC`; WebKit keeps an alias as
 * given), else the same offsets each month of the coming year. A lock in `Etc/UTC`
 * seen from a browser in `UTC` then needs no zone named on screen.
 */
function sameZone(a: string, b: string): boolean {
  if (a === b) return true
  const key = `${a}\n${b}`
  let same = sameZones.get(key)
  if (same === undefined) {
    const now = Date.now()
    same =
      partsFormat(a).resolvedOptions().timeZone === partsFormat(b).resolvedOptions().timeZone ||
      // Monthly, so zones whose summer time starts on other dates differ.
      Array.from({ length: 12 }, (_, month) => now + month * 30 * 86_400_000).every((ms) => offsetAt(ms, a) === offsetAt(ms, b))
    sameZones.set(key, same)
  }
  return same
}

/** Where a zone shown on screen comes from. */
export type ZoneSource = 'page' | 'lock' | 'browser'

export interface ResolvedZone {
  timeZone: string
  source: ZoneSource
  /** True when it is not the browser's own, so the screen must name it. */
  differsFromBrowser: boolean
  /** The lock's zone was the one to use, but the lock could not be loaded: the browser's stands in, and the screen says so. */
  lockUnknown?: boolean
}

/** The lock's own zone (`device.location.timezone`, or `time_zone`), when it names one the browser knows. */
export function lockTimeZone(device: unknown): string | undefined {
  const location = (device as { location?: { timezone?: unknown; time_zone?: unknown } | null } | undefined)?.location
  const zone = location?.timezone ?? location?.time_zone
  return isTimeZone(zone) ? zone : undefined
}

/**
 * The zone for times on screen (CONTRACT v2): the page's `time-zone` when
 * it set one, else the lock's own, else the browser's. `lockFailed`: the
 * request for the lock failed, so whether it names a zone is not known.
 */
export function resolveTimeZone(pageZone: string | undefined, device: unknown, lockFailed = false): ResolvedZone {
  const browser = browserTimeZone()
  const lock = lockTimeZone(device)
  const [given, source]: [string, ZoneSource] = isTimeZone(pageZone) ? [pageZone, 'page'] : lock ? [lock, 'lock'] : [browser, 'browser']
  // The name shown is the one given, in the browser's case where only that
  // differs (`europe/paris` is `Europe/Paris`).
  const resolved = partsFormat(given).resolvedOptions().timeZone
  const timeZone = resolved.toLowerCase() === given.toLowerCase() ? resolved : given
  const zone: ResolvedZone = { timeZone, source, differsFromBrowser: source !== 'browser' && !sameZone(given, browser) }
  if (source === 'browser' && lockFailed && device == null) zone.lockUnknown = true
  return zone
}

import type { AccessCode } from '@seamapi/types/connect'
import type { ExplainedIssue } from '../../catalog/index.js'
import { intlLocale } from '../../catalog/index.js'
import { displayName, parseTime } from '../../ui/format.js'
import { issuesOf, type IssueFilters } from '../../ui/templates/issues.js'

export type SortKey = 'name' | 'status' | 'starts' | 'ends' | 'created'
export interface Sort {
  key: SortKey
  direction: 'ascending' | 'descending'
}

export interface Row {
  code: AccessCode
  issues: ExplainedIssue[]
  /** Lower-cased name and PIN, built once per data set rather than per keystroke. */
  haystack: string
}

const STATUS_ORDER: Record<string, number> = { setting: 0, removing: 1, unset: 2, unknown: 3, set: 4 }
const collators = new Map<string, Intl.Collator>()
const collator = (locale: string) => {
  let c = collators.get(locale)
  if (!c) {
    c = new Intl.Collator(intlLocale(locale), { numeric: true, sensitivity: 'base' })
    collators.set(locale, c)
  }
  return c
}

/**
 * The codes of a page's own array (`accessCodes`) that the table shows: the
 * managed ones of `deviceId` when it is set. The store already keeps only
 * these for the data it loads.
 */
export function controlledCodes(codes: readonly AccessCode[], deviceId: string | undefined): AccessCode[] {
  return (Array.isArray(codes) ? codes : []).filter(
    (c) => c != null && (deviceId == null || c.device_id === deviceId) && (c as { is_managed?: unknown }).is_managed !== false,
  )
}

/**
 * Rows for the codes the table shows, after the host's filter; a code
 * twice, or not a code at all, is shown once or not at all. `cache` keeps
 * the row of each code object it has seen, so each new page of a long list
 * explains only its own codes; pass a fresh one when the locale or the
 * issue filters change.
 */
export function buildRows(
  codes: readonly AccessCode[],
  locale: string,
  filters: IssueFilters & { accessCodeFilter?: ((code: AccessCode) => boolean) | undefined },
  cache: WeakMap<AccessCode, Row> = new WeakMap(),
): Row[] {
  const rows: Row[] = []
  for (const code of distinctCodes(codes)) {
    if (filters.accessCodeFilter && !safe(() => filters.accessCodeFilter!(code), true)) continue
    let row = cache.get(code)
    if (!row) {
      // The name as the row shows it ("Unnamed code" for none), found as typed.
      const pin = typeof code.code === 'string' ? code.code : ''
      row = { code, issues: issuesOf(code, locale, filters), haystack: searchable(`${displayName(code, locale)}\u0000${pin}`) }
      cache.set(code, row)
    }
    rows.push(row)
  }
  return rows
}

/** Each code once, by id, leaving out what is not a code at all: what the lock holds, whatever the page shows of it. */
export function* distinctCodes(codes: readonly AccessCode[]): Generator<AccessCode> {
  const seen = new Set<string>()
  for (const code of codes) {
    if (code == null || typeof code !== 'object' || typeof code.access_code_id !== 'string' || seen.has(code.access_code_id)) continue
    seen.add(code.access_code_id)
    yield code
  }
}

function safe<T>(run: () => T, fallback: T): T {
  try {
    return run()
  } catch {
    return fallback
  }
}

/**
 * Text as search compares it: lower case, accents and other marks dropped,
 * so "jose" and "José" (typed, or stored as e + a combining accent, as some
 * systems do) find "José", and "muller" finds "Müller".
 */
export const searchable = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

export function searchRows(rows: Row[], query: string, onlyIssues: boolean): Row[] {
  const q = searchable(query.trim())
  if (q === '' && !onlyIssues) return rows
  return rows.filter((r) => (!onlyIssues || r.issues.length > 0) && (q === '' || r.haystack.includes(q)))
}

/** Each row's place in name order (equal names share one), by data set and locale. */
const ranksOf = new WeakMap<Row[], Map<string, Float64Array>>()

/**
 * Collation keys, which Intl does not give: each row's rank in name order,
 * from one collator sort of the data set, kept until the data set or the
 * locale changes. A sort by name then orders numbers, not strings (10,000
 * names: the collator's ~20 ms once, then ~2 ms a sort), and the table
 * computes them while idle once a list is complete, before anyone asks.
 */
export function nameRanks(rows: Row[], locale: string): Float64Array {
  let byLocale = ranksOf.get(rows)
  const known = byLocale?.get(locale)
  if (known) return known
  // By the name the row shows: an unnamed code sorts as the words that stand for it ("Unnamed code"), as search finds it.
  const names = rows.map((row) => displayName(row.code, locale))
  const compare = collator(locale).compare
  const order = names.map((_, i) => i).sort((i, j) => compare(names[i]!, names[j]!))
  const ranks = new Float64Array(rows.length)
  let rank = 0
  for (let k = 0; k < order.length; k++) {
    if (k > 0 && compare(names[order[k - 1]!]!, names[order[k]!]!) !== 0) rank = k
    ranks[order[k]!] = rank
  }
  if (!byLocale) ranksOf.set(rows, (byLocale = new Map()))
  byLocale.set(locale, ranks)
  return ranks
}

export function sortRows(rows: Row[], sort: Sort | undefined, locale: string, comparator?: (a: AccessCode, b: AccessCode) => number): Row[] {
  if (!sort && !comparator) return rows
  if (!sort) return [...rows].sort((a, b) => safe(() => comparator!(a.code, b.code), 0) || 0)
  const sign = sort.direction === 'descending' ? -1 : 1
  // One key per row, read once (not a Date.parse or a collator call per comparison).
  const time = (v: unknown) => parseTime(v) ?? Number.POSITIVE_INFINITY
  const keys: ArrayLike<number> =
    sort.key === 'name'
      ? nameRanks(rows, locale)
      : rows.map(({ code }) =>
          sort.key === 'status'
            ? (STATUS_ORDER[code.status] ?? 9)
            : time(sort.key === 'starts' ? code.starts_at : sort.key === 'ends' ? code.ends_at : code.created_at),
        )
  // The schedule column: by start, and codes that start together by end.
  const then = sort.key === 'starts' ? rows.map(({ code }) => time(code.ends_at)) : undefined
  // Indices sort stably: equal keys keep the data's order, either direction.
  // Infinity - Infinity (two codes without a start) is NaN: equal, not unordered.
  const order = rows.map((_, i) => i).sort((i, j) => sign * (keys[i]! - keys[j]! || (then ? then[i]! - then[j]! : 0)) || 0)
  return order.map((i) => rows[i]!)
}

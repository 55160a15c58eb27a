import type { AccessCode } from '@seamapi/types/connect'
import type { ExplainedIssue } from '../../catalog/index.js'
import { parseTime } from '../../ui/format.js'
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
    try {
      c = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' })
    } catch {
      c = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })
    }
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
  const seen = new Set<string>()
  const rows: Row[] = []
  for (const code of codes) {
    if (code == null || typeof code !== 'object' || typeof code.access_code_id !== 'string') continue
    if (seen.has(code.access_code_id)) continue
    if (filters.accessCodeFilter && !safe(() => filters.accessCodeFilter!(code), true)) continue
    seen.add(code.access_code_id)
    let row = cache.get(code)
    if (!row) {
      const name = typeof code.name === 'string' ? code.name : ''
      const pin = typeof code.code === 'string' ? code.code : ''
      row = { code, issues: issuesOf(code, locale, filters), haystack: `${name}\u0000${pin}`.toLowerCase() }
      cache.set(code, row)
    }
    rows.push(row)
  }
  return rows
}

function safe<T>(run: () => T, fallback: T): T {
  try {
    return run()
  } catch {
    return fallback
  }
}

export function searchRows(rows: Row[], query: string, onlyIssues: boolean): Row[] {
  const q = query.trim().toLowerCase()
  if (q === '' && !onlyIssues) return rows
  return rows.filter((r) => (!onlyIssues || r.issues.length > 0) && (q === '' || r.haystack.includes(q)))
}

export function sortRows(rows: Row[], sort: Sort | undefined, locale: string, comparator?: (a: AccessCode, b: AccessCode) => number): Row[] {
  if (!sort && !comparator) return rows
  const sign = sort?.direction === 'descending' ? -1 : 1
  const time = (v: unknown) => parseTime(v) ?? Number.POSITIVE_INFINITY
  const by: Record<SortKey, (a: AccessCode, b: AccessCode) => number> = {
    name: (a, b) => collator(locale).compare(String(a.name ?? ''), String(b.name ?? '')),
    status: (a, b) => (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9),
    // The schedule column: by start, and codes that start together by end.
    starts: (a, b) => time(a.starts_at) - time(b.starts_at) || time(a.ends_at) - time(b.ends_at),
    ends: (a, b) => time(a.ends_at) - time(b.ends_at),
    created: (a, b) => time(a.created_at) - time(b.created_at),
  }
  const compare = sort ? by[sort.key] : comparator!
  // Infinity - Infinity (two codes without a start) is NaN: equal, not unordered.
  return [...rows].sort((a, b) => sign * (safe(() => compare(a.code, b.code), 0) || 0) || 0)
}

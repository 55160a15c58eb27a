// A reporter that ends the browser run with one line per engine and a plain
// total, and leaves them in a file for the last line of `npm test`
// (scripts/test-summary.mjs), where a CI reader looks first.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, relative } from 'node:path'

export const SUMMARY_FILE = 'node_modules/.cache/engine-summary.json'

function count(suite, totals, path = []) {
  const here = suite.name ? [...path, suite.name] : path
  let ms = 0
  for (const t of suite.tests) {
    ms += t.duration ?? 0
    totals[t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed']++
    if (t.skipped) totals.skippedTests.push([...here, t.name].join(' > '))
  }
  for (const s of suite.suites) ms += count(s, totals, here)
  return ms
}

/**
 * Per engine: tests passed, failed, skipped; a file that failed outside any
 * test (did not load, timed out) counts as one failure. And the file whose
 * tests took longest, so testsFinishTimeout (the config) can be kept a few
 * times above it.
 */
export function engineCounts(sessions) {
  const engines = new Map()
  for (const session of sessions) {
    const name = session.browser.name
    if (!engines.has(name)) engines.set(name, { passed: 0, failed: 0, skipped: 0, skippedTests: [], slowest: undefined })
    const totals = engines.get(name)
    const before = totals.failed
    const ms = session.testResults ? count(session.testResults, totals) : 0
    if (ms > (totals.slowest?.ms ?? -1)) totals.slowest = { file: session.testFile, ms }
    if (session.passed === false && totals.failed === before) totals.failed++
  }
  return Object.fromEntries(engines)
}

export function summaryLines(counts) {
  const entries = Object.entries(counts)
  const line = (c) => `${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`
  const total = entries.reduce((t, [, c]) => ({ passed: t.passed + c.passed, failed: t.failed + c.failed, skipped: t.skipped + c.skipped }), { passed: 0, failed: 0, skipped: 0 })
  return [entries.map(([name, c]) => `${name}: ${line(c)}`).join('; '), line(total)]
}

/** Each engine's longest file, by the time its tests took. */
export function slowestLine(counts) {
  const files = Object.entries(counts).flatMap(([name, c]) => (c.slowest ? [`${name} ${relative(process.cwd(), c.slowest.file)} ${(c.slowest.ms / 1000).toFixed(0)} s`] : []))
  return files.length ? `Longest file per engine: ${files.join('; ')}` : ''
}

/** The tests each engine skipped (test/support/engine.ts says why, in the code and the browser logs). */
export function skippedLines(counts) {
  return Object.entries(counts).flatMap(([name, c]) => (c.skippedTests ?? []).map((t) => `  skipped in ${name}: ${t}`))
}

export function engineSummary() {
  let startTime
  return {
    start({ startTime: t }) {
      startTime = t
    },
    stop({ sessions }) {
      const counts = engineCounts(sessions)
      mkdirSync(dirname(SUMMARY_FILE), { recursive: true })
      writeFileSync(SUMMARY_FILE, JSON.stringify({ counts, seconds: Math.round((Date.now() - startTime) / 1000) }, null, 2))
    },
    getTestProgress({ sessions }) {
      if (sessions.length === 0 || sessions.some((s) => s.status !== 'FINISHED')) return []
      const counts = engineCounts(sessions)
      return ['', ...skippedLines(counts), ...summaryLines(counts)]
    },
  }
}

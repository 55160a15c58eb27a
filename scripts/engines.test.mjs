// node --test: how the browser run picks its engines, tells their requests
// apart, and counts their results for the summary at the end of `npm test`.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { selectedEngines } from './ensure-browsers.mjs'
import { engineCounts, skippedLines, slowestLine, summaryLines } from '../test/support/engine-summary.mjs'
import { engineOf } from '../test/support/engines.mjs'

test('BROWSERS picks engines; all three by default; a typo fails', () => {
  assert.deepEqual(selectedEngines({}), ['chromium', 'firefox', 'webkit'])
  assert.deepEqual(selectedEngines({ BROWSERS: ' Firefox, webkit ' }), ['firefox', 'webkit'])
  assert.throws(() => selectedEngines({ BROWSERS: 'safari' }), /unknown engines: safari/)
})

test('each engine is told apart by its User-Agent (each has its own fake backend)', () => {
  assert.equal(engineOf('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36'), 'chromium')
  assert.equal(engineOf('Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0'), 'firefox')
  assert.equal(engineOf('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/60.5 Safari/605.1.15'), 'webkit')
  assert.equal(engineOf(undefined), 'unknown')
})

test('the summary counts tests per engine, and a file that failed outside any test as one failure', () => {
  const suite = (tests, suites = []) => ({ name: '', tests, suites })
  const t = (name, passed, skipped = false) => ({ name, passed, skipped })
  const sessions = [
    { browser: { name: 'Chromium' }, passed: true, testResults: suite([t('a', true)], [{ name: 'S', tests: [t('b', true), t('c', true, true)], suites: [] }]) },
    { browser: { name: 'Firefox' }, passed: false, testResults: suite([t('a', true), t('b', false)]) },
    // Did not load: no test failed, yet the file did.
    { browser: { name: 'Firefox' }, passed: false, testResults: suite([]) },
  ]
  const counts = engineCounts(sessions)
  assert.deepEqual(summaryLines(counts), ['Chromium: 2 passed, 0 failed, 1 skipped; Firefox: 1 passed, 2 failed', '3 passed, 2 failed, 1 skipped'])
  assert.deepEqual(skippedLines(counts), ['  skipped in Chromium: S > c'])
})

test("the summary names each engine's longest file, by its tests' durations, nested suites included", () => {
  const t = (name, duration) => ({ name, passed: true, skipped: false, duration })
  const file = (testFile, tests, nested = []) => ({ browser: { name: 'WebKit' }, passed: true, testFile, testResults: { name: '', tests, suites: [{ name: 'S', tests: nested, suites: [] }] } })
  const sessions = [file(`${process.cwd()}/test/a.test.ts`, [t('x', 4000)]), file(`${process.cwd()}/test/ui/b.test.ts`, [t('y', 1000)], [t('z', 9000)])]
  assert.equal(slowestLine(engineCounts(sessions)), 'Longest file per engine: WebKit test/ui/b.test.ts 10 s')
  assert.equal(slowestLine({}), '')
})

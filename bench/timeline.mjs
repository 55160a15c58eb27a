// Where the time to the first rows goes, on the page a person opens (our
// script-tag ES module in the head, the table in the markup): for each of
// several fresh loads, from navigation start, when the entry had arrived,
// when the session request left and was answered, when the first list
// request left and was answered, when the lock (its time zone) was, and when 20 rows were painted; medians
// printed. `npm run build` first. BENCH_SIZE (1000) and BENCH_REPS (9).
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { startBenchServer } from './server.mjs'

const SIZE = Number(process.env.BENCH_SIZE ?? 1000)
const REPS = Number(process.env.BENCH_REPS ?? 9)
const server = await startBenchServer([SIZE])
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
const ours = { row: '[part~="row"]', host: 'access-code-table', shadow: true }
const runs = []
try {
  for (let i = 0; i < REPS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await context.addInitScript({ path: fileURLToPath(new URL('page-helpers.js', import.meta.url)) })
    const page = await context.newPage()
    await page.goto(`${server.origin}/page/ours?device=device_bench_${SIZE}&plain`)
    const rows = await page.evaluate(([c]) => window.__bench.rows(c, 20, 10000), [ours])
    const marks = await page.evaluate(() => {
      const r = performance.getEntriesByType('resource')
      const find = (part) => r.find((e) => e.name.includes(part))
      const at = (e, k) => (e ? Math.round(e[k]) : null)
      const entry = find('/ours/access-code-elements.js')
      const session = find('/client_sessions/')
      const list = find('/access_codes/list')
      const lock = find('/devices/get')
      return {
        entryIn: at(entry, 'responseEnd'),
        sessionOut: at(session, 'startTime'),
        sessionIn: at(session, 'responseEnd'),
        listOut: at(list, 'startTime'),
        listIn: at(list, 'responseEnd'),
        lockIn: at(lock, 'responseEnd'),
      }
    })
    runs.push({ ...marks, rows: Math.round(rows) })
    await context.close()
  }
} finally {
  await browser.close()
  await server.close()
}
const median = (xs) => xs.filter((x) => x != null).sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const keys = Object.keys(runs[0])
console.log(`N = ${SIZE}, ${REPS} loads, ms from navigation start (median; each load on its own line below)`)
console.log(keys.map((k) => `${k} ${median(runs.map((r) => r[k]))}`).join(' · '))
for (const r of runs) console.log(keys.map((k) => String(r[k]).padStart(5)).join(' '))

import { chromium } from 'playwright-core'
import { fileURLToPath } from 'node:url'
import { startBenchServer } from '/work/wt/perf/bench/server.mjs'
const server = await startBenchServer([1000])
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
const c = { row: '[part~="row"]', host: 'access-code-table', shadow: true }
for (let i = 0; i < Number(process.env.N ?? 5); i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await context.addInitScript({ path: '/work/wt/perf/bench/page-helpers.js' })
  const page = await context.newPage()
  await page.goto(`${server.origin}/page/ours?device=device_bench_1000&plain`)
  const rows = await page.evaluate(([c]) => window.__bench.rows(c, 20, 10000), [c])
  const r = await page.evaluate(() => {
    const e = performance.getEntriesByType('resource').map((r) => [new URL(r.name).pathname.replace(/^\/(api|ours)\//, ''), Math.round(r.startTime), Math.round(r.responseEnd)])
    return { e, lt: window.__longTasks.map((t) => [Math.round(t.start), Math.round(t.duration)]) }
  })
  console.log(Math.round(rows), JSON.stringify(r.e), 'long', JSON.stringify(r.lt))
  await context.close()
}
await browser.close(); await server.close()

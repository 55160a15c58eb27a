import { chromium } from 'playwright-core'
import { startBenchServer } from './server.mjs'
const server = await startBenchServer([1000])
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
const c = { row: '[part~="row"]', host: 'access-code-table', shadow: true }
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
await context.addInitScript({ path: '/work/wt/perf/bench/page-helpers.js' })
const page = await context.newPage()
const cdp = await context.newCDPSession(page)
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start')
await page.goto(`${server.origin}/page/ours?device=device_bench_1000&plain`)
await page.evaluate(([c]) => window.__bench.rows(c, 20, 10000), [c])
const { profile } = await cdp.send('Profiler.stop')
const r = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => [new URL(r.name).pathname, Math.round(r.startTime), Math.round(r.responseEnd)]))
console.log(JSON.stringify(r))
// self time by function until the list request leaves
const listAt = r.find((x) => x[0].includes('access_codes/list'))[1]
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const self = {}
let t = profile.startTime
const nav = profile.startTime // approx
const times = []
for (let i = 0; i < profile.samples.length; i++) { t += profile.timeDeltas[i]; times.push(t) }
// map to page time: use first sample relative; print buckets in 10ms windows of top function
const start = times[0]
const buckets = {}
for (let i = 0; i < profile.samples.length; i++) {
  const n = byId.get(profile.samples[i]); const f = n.callFrame
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`
  if (f.functionName === '(idle)' || f.functionName === '(program)') continue
  const b = Math.floor((times[i] - start) / 1000 / 20) * 20
  ;(buckets[b] ??= {})[key] = ((buckets[b] ??= {})[key] ?? 0) + profile.timeDeltas[i] / 1000
}
for (const [b, m] of Object.entries(buckets)) {
  const top = Object.entries(m).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(1)}`)
  const total = Object.values(m).reduce((a, b) => a + b, 0)
  console.log(b, total.toFixed(1), top.join(' | '))
}
await browser.close(); await server.close()

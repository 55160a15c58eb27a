// npm run bench: our <access-code-table> against Seam's own web components
// (@seamapi/react dist/elements.js), loaded as a user would, on the same
// machine, in the same run, against the same fake backend and data. Prints
// medians with ratios and writes BENCHMARKS.md. Nothing here is asserted.
import { readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { FILES, startBenchServer } from './server.mjs'

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number)
const REPS = Number(process.env.BENCH_REPS ?? 5)
const FIND_TIMEOUT_MS = 30_000

const CONTENDERS = {
  ours: { row: '[part~="row"]', search: '[part="search"]', host: 'access-code-table', shadow: true },
  anchor: { row: '.seam-table-row', search: 'input.seam-text-field-input', host: 'seam-access-code-table', shadow: false },
}

const gz = (path) => gzipSync(readFileSync(path)).length
const BYTES = {
  ours: gz(FILES['/ours/access-code-elements.js'][0]),
  anchor: gz(FILES['/anchor/elements.js'][0]) + gz(FILES['/anchor/index.css'][0]),
}

const median = (xs) => {
  const v = xs.filter((x) => x != null).sort((a, b) => a - b)
  return v.length === 0 ? null : v[Math.floor(v.length / 2)]
}
const timeout = (ms) => new Promise((r) => setTimeout(() => r(null), ms))

async function measure(browser, origin, kind, size) {
  const c = CONTENDERS[kind]
  const open = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await context.addInitScript({ path: 'bench/page-helpers.js' })
    const page = await context.newPage()
    await page.goto(`${origin}/page/${kind}?device=device_bench_${size}`)
    return { context, page }
  }
  // One load for the clocks: first rows, then the last code by search at once.
  let { context, page } = await open()
  const first = await Promise.race([page.evaluate(([c, n]) => window.__bench.rows(c, n), [c, Math.min(20, size)]), timeout(FIND_TIMEOUT_MS)])
  const afterData = await page.evaluate(([c, n]) => window.__bench.afterData(c, n), [c, Math.min(20, size)]).catch(() => null)
  const name = `Guest ${String(size).padStart(5, '0')}`
  const found = await Promise.race([page.evaluate(([c, n]) => window.__bench.find(c, n), [c, name]), timeout(FIND_TIMEOUT_MS)])
  const longest = await page.evaluate(() => window.__bench.longestTask())
  await context.close()
  // Another for memory and DOM, once the list has settled and nothing narrows it.
  ;({ context, page } = await open())
  await Promise.race([page.evaluate(([c, n]) => window.__bench.rows(c, n), [c, Math.min(20, size)]), timeout(FIND_TIMEOUT_MS)])
  await page.waitForTimeout(1500)
  await page.evaluate(() => window.gc?.())
  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null)
  const nodes = await page.evaluate(() => window.__bench.nodes())
  await context.close()
  return { first, afterData, found, longest, heap, nodes }
}

/** API requests a page makes in its first seconds (ours: table, list and dialog on one device). */
async function requests(browser, origin, kind, size) {
  await fetch(`${origin}/api/_shim/reset`, { method: 'POST' })
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${origin}/page/${kind}?device=device_bench_${size}&extra`)
  await page.waitForTimeout(4000)
  const log = (await (await fetch(`${origin}/api/_shim/requests`, { method: 'POST' })).json()).requests
  await context.close()
  const byRoute = {}
  for (const r of log) byRoute[r] = (byRoute[r] ?? 0) + 1
  return byRoute
}

const server = await startBenchServer(SIZES)
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
})
const rows = []
const requestCounts = {}
try {
  for (const size of SIZES) {
    const m = {}
    for (const kind of Object.keys(CONTENDERS)) {
      const runs = []
      for (let i = 0; i < REPS; i++) runs.push(await measure(browser, server.origin, kind, size))
      m[kind] = Object.fromEntries(['first', 'afterData', 'found', 'longest', 'heap', 'nodes'].map((k) => [k, median(runs.map((r) => r[k]))]))
      process.stderr.write(`${kind} N=${size}: ${JSON.stringify(m[kind])}\n`)
    }
    rows.push({ size, ...m })
  }
  const size = SIZES.includes(1000) ? 1000 : SIZES[0]
  for (const kind of Object.keys(CONTENDERS)) requestCounts[kind] = await requests(browser, server.origin, kind, size)
} finally {
  await browser.close()
  await server.close()
}

const fmt = {
  ms: (v) => (v == null ? 'never (30 s)' : `${Math.round(v)} ms`),
  kb: (v) => (v == null ? '–' : `${(v / 1024).toFixed(1)} KB`),
  mb: (v) => (v == null ? '–' : `${(v / 1048576).toFixed(1)} MB`),
  n: (v) => (v == null ? '–' : String(v)),
}
const ratio = (ours, anchor) => (ours == null || anchor == null || ours === 0 ? '–' : `${(anchor / ours).toFixed(1)}×`)
const line = (cells) => `| ${cells.join(' | ')} |`
const table = [
  line(['measure', 'N', 'ours', 'anchor', 'anchor ÷ ours']),
  line(['---', '---', '---', '---', '---']),
  line(['script-tag bundle, gzipped (JS + CSS)', '–', fmt.kb(BYTES.ours), fmt.kb(BYTES.anchor), ratio(BYTES.ours, BYTES.anchor)]),
  ...rows.flatMap((r) => [
    line(['connected → first 20 rows on screen', r.size, fmt.ms(r.ours.first), fmt.ms(r.anchor.first), ratio(r.ours.first, r.anchor.first)]),
    line(['first page of data → 20 rows on screen', r.size, fmt.ms(r.ours.afterData), fmt.ms(r.anchor.afterData), ratio(r.ours.afterData, r.anchor.afterData)]),
    line(['connected → last code found by search', r.size, fmt.ms(r.ours.found), fmt.ms(r.anchor.found), ratio(r.ours.found, r.anchor.found)]),
    line(['longest main-thread task, load + search', r.size, fmt.ms(r.ours.longest), fmt.ms(r.anchor.longest), ratio(r.ours.longest, r.anchor.longest)]),
    line(['JS heap, list settled', r.size, fmt.mb(r.ours.heap), fmt.mb(r.anchor.heap), ratio(r.ours.heap, r.anchor.heap)]),
    line(['DOM elements, list settled', r.size, fmt.n(r.ours.nodes), fmt.n(r.anchor.nodes), ratio(r.ours.nodes, r.anchor.nodes)]),
  ]),
].join('\n')
const reqLine = (kind) =>
  `- ${kind}: ${Object.entries(requestCounts[kind])
    .map(([r, n]) => `${r} ×${n}`)
    .join(', ')}`

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 1073741824).toFixed(0)} GiB, Node ${process.version}, Chromium (Debian)`
const report = `# Benchmarks

Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, by \`npm run bench\`:
medians of ${REPS} runs, each in a fresh browser context, against the embedded
fake Seam backend (pages of 250 codes, as its shim serves them). The anchor is
Seam's own web components, \`@seamapi/react\` ${JSON.parse(readFileSync('node_modules/@seamapi/react/package.json', 'utf8')).version} \`dist/elements.js\` + \`index.min.css\`,
loaded by a plain page as a user would load it, with the same attributes.

${table}

API requests in the first 4 s of a page (N = ${SIZES.includes(1000) ? 1000 : SIZES[0]}; ours with a table, an unmanaged-code list and a dialog on one device, the anchor with its table):

${reqLine('ours')}
${reqLine('anchor')}
`
const notes = readFileSync('bench/notes.md', 'utf8')
writeFileSync('BENCHMARKS.md', `${report}\n${notes}`)
console.log(report)

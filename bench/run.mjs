// npm run bench: our <access-code-table> against Seam's own web components
// (@seamapi/react dist/elements.js), loaded as a user would, on the same
// machine, in the same run, against the same fake backend and data. Prints
// medians with ratios and writes BENCHMARKS.md. Nothing here is asserted.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import * as esbuild from 'esbuild'
import { chromium } from 'playwright-core'
import { bundleParts } from '../scripts/bundle-parts.mjs'
import { startBenchServer } from './server.mjs'

// The browser first: Debian's chromium, installed with apt when missing (and root).
execFileSync(process.execPath, ['scripts/ensure-chromium.mjs'], { stdio: ['ignore', 2, 2] })

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number)
const REPS = Number(process.env.BENCH_REPS ?? 5)
/** How long "last code found by search" may take before it counts as never. */
const FIND_TIMEOUT_MS = 10_000
/** Any other wait in a page (first rows, settling, one search, one sort). */
const WAIT_MS = 10_000
/** The scroll: this many px each animation frame, for at most this long. */
const SCROLL = { step: 60, maxMs: 4000 }

const CONTENDERS = {
  ours: {
    row: '[part~="row"]',
    search: '[part="search"]',
    sort: 'th button.sort',
    host: 'access-code-table',
    shadow: true,
    add: '[part~="add-button"]',
    field: '.field-name input',
    issue: '[part~="issue"]',
    explanation: '[part="explanation"]',
  },
  // Seam's table shows a code's errors as an icon, with no explanation to open.
  anchor: { row: '.seam-table-row', search: 'input.seam-text-field-input', sort: null, host: 'seam-access-code-table', shadow: false, add: '.seam-add-button', field: '.seam-form-field input', issue: null },
}

// What is measured is read once, up front: another build may replace dist/ mid-run.
for (const path of ['dist/cdn/access-code-elements.js', 'dist/cdn/access-code-elements.iife.js', 'dist/elements/access-code-table/define.js']) {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first (\`npm run bench\` does).`)
}
const iife = readFileSync('dist/cdn/access-code-elements.iife.js')
/** A page that uses only <access-code-table> from npm: its module bundled as an app's bundler would. */
const tableOnly = await esbuild.build({ entryPoints: ['dist/elements/access-code-table/define.js'], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent' })
const server = await startBenchServer(SIZES)
const gz = (bytes) => gzipSync(bytes).length
const gzipped = server.gzipped
/** Our ES-module folder: the entry and every chunk it may load, other languages aside. */
const esFiles = Object.keys(server.bodies).filter((url) => url.startsWith('/ours/') && !url.startsWith('/ours/locales/') && !url.endsWith('.iife.js'))
const BYTES = {
  es: esFiles.reduce((sum, url) => sum + server.gzipped[url], 0),
  esFiles: esFiles.length,
  iife: gz(iife),
  tableOnly: gz(tableOnly.outputFiles[0].contents),
  anchor: gz(server.bodies['/anchor/elements.js']) + gz(server.bodies['/anchor/index.css']),
}

const median = (xs) => {
  const v = xs.filter((x) => x != null).sort((a, b) => a - b)
  return v.length === 0 ? null : v[Math.floor(v.length / 2)]
}
const timeout = (ms) => new Promise((r) => setTimeout(() => r(null), ms))
/** Runs a __bench function in the page; null if it throws or outlives its own timeout by 5 s. */
const inPage = (page, name, args, ms) =>
  Promise.race([page.evaluate(([name, args]) => window.__bench[name](...args), [name, args]).catch(() => null), timeout(ms + 5000)])

async function measure(browser, origin, kind, size) {
  const c = CONTENDERS[kind]
  const open = async (plain = false) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await context.addInitScript({ path: fileURLToPath(new URL('page-helpers.js', import.meta.url)) })
    const page = await context.newPage()
    await page.goto(`${origin}/page/${kind}?device=device_bench_${size}${plain ? '&plain' : ''}`)
    return { context, page }
  }
  const few = Math.min(20, size)
  // One load for the clocks: first rows, then the last code by search at once.
  let { context, page } = await open()
  const first = await inPage(page, 'rows', [c, few, WAIT_MS], WAIT_MS)
  const afterData = await inPage(page, 'afterData', [c, few, WAIT_MS], WAIT_MS)
  const last = `Guest ${String(size).padStart(5, '0')}`
  const found = await inPage(page, 'find', [c, last, FIND_TIMEOUT_MS], FIND_TIMEOUT_MS)
  const longest = await inPage(page, 'longestTask', [], WAIT_MS)
  // Then, with everything loaded that will load (ours: the last code was
  // found; the anchor: its one page, or the 10 s are up) and the search
  // cleared: scroll the page, answer one search, sort once.
  await inPage(page, 'clearSearch', [c, few, WAIT_MS], WAIT_MS)
  const scroll = await inPage(page, 'scroll', [c, SCROLL], SCROLL.maxMs + WAIT_MS)
  await inPage(page, 'settle', [c, few, WAIT_MS], WAIT_MS)
  // A code both have loaded: the anchor loads only the first page (250).
  const one = `Guest ${String(Math.min(200, size)).padStart(5, '0')}`
  const search = await inPage(page, 'search', [c, one, WAIT_MS], WAIT_MS)
  await inPage(page, 'clearSearch', [c, few, WAIT_MS], WAIT_MS)
  const sort = await inPage(page, 'sort', [c, WAIT_MS], WAIT_MS)
  await context.close()
  // The form, once on a page that has only shown its rows (cold: the click is
  // the first the page hears of it) and once where the pointer rested on
  // "Add" for half a second first (warm).
  ;({ context, page } = await open())
  await inPage(page, 'rows', [c, few, WAIT_MS], WAIT_MS)
  const formCold = await inPage(page, 'openForm', [c, 0, WAIT_MS], WAIT_MS)
  await context.close()
  ;({ context, page } = await open())
  await inPage(page, 'rows', [c, few, WAIT_MS], WAIT_MS)
  const formWarm = await inPage(page, 'openForm', [c, 500, WAIT_MS], WAIT_MS)
  await context.close()
  // Another, the page a person opens (the element in its markup), for the
  // clock from navigation, the bytes that arrived before the rows, and memory
  // and DOM once the list has settled and nothing narrows it.
  ;({ context, page } = await open(true))
  const navigation = await inPage(page, 'rows', [c, few, WAIT_MS], WAIT_MS)
  const fetched = await inPage(page, 'fetchedBeforeRows', [], WAIT_MS)
  const bytesBeforeRows = fetched == null ? null : fetched.reduce((sum, path) => sum + (gzipped[path] ?? 0), 0)
  await page.waitForTimeout(1500)
  await page.evaluate(() => window.gc?.())
  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null)
  const nodes = await page.evaluate(() => window.__bench.nodes())
  // Then the page's first explanation (the first code failed to set): its chunks load on that click.
  const explain = await inPage(page, 'openExplanation', [c, WAIT_MS], WAIT_MS)
  await context.close()
  return {
    navigation,
    bytesBeforeRows,
    first,
    afterData,
    found,
    longest,
    scrollTask: scroll?.longestTask,
    scrollFrame: scroll?.longestFrame,
    scrollMissed: scroll?.missedPerSecond,
    scrollRows: scroll?.maxRows,
    scrolled: scroll?.distance,
    search,
    sort,
    formCold,
    formWarm,
    heap,
    nodes,
    explainClick: explain?.explainClick ?? null,
    explainAfterChunks: explain?.explainAfterChunks ?? null,
    explainFramesMissed: explain?.explainFramesMissed ?? null,
  }
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
      m[kind] = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]))
      // undefined (not null) when there was no sort header to click.
      m[kind].sortable = runs.some((r) => r.sort !== undefined)
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
  ms: (v, never = '–') => (v == null ? never : `${Math.round(v)} ms`),
  kb: (v) => (v == null ? '–' : `${(v / 1024).toFixed(1)} KB`),
  mb: (v) => (v == null ? '–' : `${(v / 1048576).toFixed(1)} MB`),
  n: (v) => (v == null ? '–' : String(v)),
  perSecond: (v) => (v == null ? '–' : v.toFixed(1)),
}
const never = (ms) => `never (${ms / 1000} s)`
const ratio = (ours, anchor) => (ours == null || anchor == null || ours === 0 ? '–' : `${(anchor / ours).toFixed(1)}×`)
const line = (cells) => `| ${cells.join(' | ')} |`
/** One measure at one N: its label, ours and the anchor formatted by `f`, and the ratio. */
const row = (label, r, key, f) => line([label, r.size, f(r.ours[key]), f(r.anchor[key]), ratio(r.ours[key], r.anchor[key])])
const ms = (v) => fmt.ms(v)
const anchorBytes = `${fmt.kb(BYTES.anchor)} (JS + CSS)`
const table = [
  line(['measure', 'N', 'ours', 'anchor', 'anchor ÷ ours']),
  line(['---', '---', '---', '---', '---']),
  line([`whole kit, ES-module folder (entry + ${BYTES.esFiles - 1} chunks, English), gzipped`, '–', fmt.kb(BYTES.es), anchorBytes, ratio(BYTES.es, BYTES.anchor)]),
  line(['whole-kit classic file (IIFE), gzipped', '–', fmt.kb(BYTES.iife), anchorBytes, ratio(BYTES.iife, BYTES.anchor)]),
  line(['only <access-code-table>, from npm (esbuild, minified), gzipped', '–', fmt.kb(BYTES.tableOnly), anchorBytes, ratio(BYTES.tableOnly, BYTES.anchor)]),
  ...rows.flatMap((r) => [
    row('navigation → 20 rows on screen (element in the markup)', r, 'navigation', (v) => fmt.ms(v, never(WAIT_MS))),
    row('bytes before first rows (scripts + styles fetched, gzipped)', r, 'bytesBeforeRows', fmt.kb),
    row('connected → first 20 rows on screen', r, 'first', (v) => fmt.ms(v, never(WAIT_MS))),
    row('first page of data → 20 rows on screen', r, 'afterData', ms),
    row('connected → last code found by search', r, 'found', (v) => fmt.ms(v, never(FIND_TIMEOUT_MS))),
    row('longest main-thread task, load + search', r, 'longest', ms),
    row('longest task while scrolling', r, 'scrollTask', ms),
    row('longest frame while scrolling', r, 'scrollFrame', ms),
    row('frames missed while scrolling, per second (of 60)', r, 'scrollMissed', fmt.perSecond),
    row('most rows in the DOM while scrolling', r, 'scrollRows', fmt.n),
    row('search answers (one query)', r, 'search', (v) => fmt.ms(v, never(WAIT_MS))),
    line(['sort by name answers', r.size, ...['ours', 'anchor'].map((k) => (r[k].sortable ? fmt.ms(r[k].sort, never(WAIT_MS)) : '–')), ratio(r.ours.sort, r.anchor.sort)]),
    row('click "Add" → form on screen, pointer rested on it first', r, 'formWarm', (v) => fmt.ms(v, never(WAIT_MS))),
    row('click "Add" → form on screen, first thing the page hears', r, 'formCold', (v) => fmt.ms(v, never(WAIT_MS))),
    row('click an issue → first explanation on screen (its chunks load on that click)', r, 'explainClick', ms),
    row('first explanation: its last chunk in → on screen', r, 'explainAfterChunks', ms),
    row('first explanation: frames begun after its chunks that did not show it (0: the next frame did)', r, 'explainFramesMissed', fmt.n),
    row('JS heap, list settled', r, 'heap', fmt.mb),
    row('DOM elements, list settled', r, 'nodes', fmt.n),
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
/** What each part adds to a file, gzipped (scripts/bundle-parts.mjs: source map, each part's gzip scaled to the file's). */
const breakdown = (file, title) => {
  const { total, parts } = bundleParts(file)
  return `${title} (\`${file}\`, ${fmt.kb(total)} gzipped):

${line(['part', 'gzipped'])}
${line(['---', '---'])}
${parts.map(([part, n]) => line([part, fmt.kb(n)])).join('\n')}
`
}
const partsReport = `## What each part weighs

Each source's generated text gzipped alone, scaled so the parts add up to the file (gzipping parts alone loses what they share).

${breakdown('dist/cdn/access-code-elements.iife.js', 'The classic file, everything')}
${breakdown('dist/cdn/access-code-elements.js', 'The ES-module entry, what a page with only a table loads first')}
`
const notes = readFileSync(new URL('notes.md', import.meta.url), 'utf8')
writeFileSync('BENCHMARKS.md', `${report}\n${partsReport}\n${notes}`)
console.log(report)

// Opens every story of the static Storybook in Chromium, with the fake Seam
// backend behind /api as in development, and fails on any console error or
// uncaught exception.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import http from 'node:http'
import { extname, join, normalize } from 'node:path'
import { chromium } from 'playwright-core'
import { startFakeBackend } from '../dev/fake-backend.mjs'

const ROOT = 'storybook-static'
if (!existsSync(join(ROOT, 'index.json'))) {
  console.error('No static Storybook: run `npm run build-storybook` first.')
  process.exit(1)
}
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' }

const backend = await startFakeBackend()
const server = http.createServer((req, res) => {
  backend.middleware(req, res, () => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
    // Chromium asks for one on the first page; Storybook ships none.
    if (path === '/favicon.ico') return res.writeHead(204).end()
    let file = join(ROOT, path)
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) {
      res.statusCode = 404
      return res.end()
    }
    res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream')
    createReadStream(file).pipe(res)
  })
})
await new Promise((r) => server.listen(0, '127.0.0.1', r))
const base = `http://127.0.0.1:${server.address().port}`

const stories = Object.values(JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8')).entries).filter((e) => e.type === 'story')
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const problems = []
try {
  for (const story of stories) {
    const page = await browser.newPage()
    const errors = []
    page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} (${m.location().url ?? ''})`))
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`))
    page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()} ${new URL(r.url()).pathname}`))
    // Stories about a scheme or a forced-colour mode run in it.
    if (story.id.includes('forced-colors')) await page.emulateMedia({ forcedColors: 'active' })
    if (story.id.includes('dark')) await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`)
    await page.waitForSelector('#storybook-root > *, #storybook-docs > *', { state: 'attached', timeout: 15000 }).catch(() => errors.push('nothing rendered'))
    await page.waitForTimeout(600)
    // SHOTS=dir saves a screenshot of every story, for a look by eye.
    if (process.env.SHOTS) await page.screenshot({ path: join(process.env.SHOTS, `${story.id}.png`), fullPage: true })
    if (errors.length) problems.push(`${story.id}: ${errors.join(' | ')}`)
    await page.close()
  }
} finally {
  await browser.close()
  server.close()
  await backend.close()
}
if (problems.length) {
  console.error(`Stories with errors:\n${problems.map((p) => `- ${p}`).join('\n')}`)
  process.exit(1)
}
console.log(`${stories.length} stories opened in Chromium without console errors.`)

// Opens every story of the static Storybook in Chromium, with the fake Seam
// backend behind /api as in development, and fails on any console error or
// uncaught exception.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { launchChromium, serveStorybook } from './storybook-server.mjs'

const ROOT = 'storybook-static'
if (!existsSync(join(ROOT, 'index.json'))) {
  console.error('No static Storybook: run `npm run build-storybook` first.')
  process.exit(1)
}
const storybook = await serveStorybook(ROOT)
const { base, stories } = storybook
const browser = await launchChromium()
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
  await storybook.close()
}
if (problems.length) {
  console.error(`Stories with errors:\n${problems.map((p) => `- ${p}`).join('\n')}`)
  process.exit(1)
}
console.log(`${stories.length} stories opened in Chromium without console errors.`)

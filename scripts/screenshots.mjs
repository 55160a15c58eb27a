// Screenshots of every Storybook story at 1280 and 375 px, light and dark, for
// a look by eye (issue 19: before and after a change to the layout). Not part
// of `npm test`: pictures are for people; the layout budgets are asserted in
// test/elements/*/layout.test.ts.
//
//   node scripts/screenshots.mjs [--build] [--root storybook-static] [--out /tmp/shots/after] [--only table]
//
// --build runs `npx storybook build -o <root> --quiet` first. The stories run
// against the fake Seam backend behind /api, as in development. Chromium is
// Debian's (CHROME_PATH to use another), driven by playwright-core.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { launchChromium, serveStorybook } from './storybook-server.mjs'

const { values: args } = parseArgs({
  options: {
    build: { type: 'boolean', default: false },
    root: { type: 'string', default: 'storybook-static' },
    out: { type: 'string', default: '/tmp/shots/after' },
    only: { type: 'string' },
  },
})
const ROOT = resolve(args.root)
if (args.build) execFileSync('npx', ['storybook', 'build', '-o', ROOT, '--quiet'], { stdio: 'inherit' })
if (!existsSync(join(ROOT, 'index.json'))) {
  console.error(`No static Storybook in ${ROOT}: pass --build, or build it with \`npx storybook build -o ${args.root} --quiet\`.`)
  process.exit(1)
}
mkdirSync(args.out, { recursive: true })

const storybook = await serveStorybook(ROOT)
const { base } = storybook
const stories = storybook.stories.filter((e) => !args.only || e.id.includes(args.only))
const browser = await launchChromium()
let count = 0
const failed = []
const MAX_HEIGHT = 4000
try {
  for (const width of [1280, 375]) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, reducedMotion: 'reduce' })
      for (const story of stories) {
        const page = await context.newPage()
        if (story.id.includes('forced-colors')) await page.emulateMedia({ forcedColors: 'active' })
        await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`)
        await page.waitForSelector('#storybook-root > *', { state: 'attached', timeout: 15000 }).catch(() => {})
        // The stories load from the fake backend; let them settle (no spinner, no skeleton).
        await page.waitForTimeout(900)
        // The page's own background follows the scheme, as a host's page would.
        await page.addStyleTag({ content: `html,body{background:${scheme === 'dark' ? '#10141c' : '#fff'}}` })
        // The whole story, up to a few screens (a list of 2,500 codes is 100,000 px tall).
        const height = await page.evaluate(() => document.documentElement.scrollHeight)
        const path = join(args.out, `${story.id}--${width}-${scheme}.png`)
        try {
          await page.screenshot({ path, fullPage: height <= MAX_HEIGHT, timeout: 60_000 })
          count++
        } catch (error) {
          failed.push(`${story.id} at ${width} px, ${scheme}: ${error.message.split('\n')[0]}`)
        }
        await page.close()
      }
      await context.close()
    }
  }
} finally {
  await browser.close()
  await storybook.close()
}
console.log(`${count} screenshots of ${stories.length} stories in ${args.out}`)
if (failed.length) {
  console.error(`Not taken:\n${failed.map((f) => `- ${f}`).join('\n')}`)
  process.exitCode = 1
}

// The static Storybook served with the fake Seam backend behind /api, as in
// development, and Debian's Chromium to open it: what check-storybook.mjs
// (every story, no console errors) and screenshots.mjs (every story, looked
// at) both stand on.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import http from 'node:http'
import { extname, join, normalize } from 'node:path'
import { chromium } from 'playwright-core'
import { startFakeBackend } from '../dev/fake-backend.mjs'

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' }

/** Serves `root` (a built Storybook) and the fake backend on a free port; `stories` lists its stories. */
export async function serveStorybook(root) {
  const backend = await startFakeBackend()
  const server = http.createServer((req, res) => {
    backend.middleware(req, res, () => {
      const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
      // Chromium asks for one on the first page; Storybook ships none.
      if (path === '/favicon.ico') return res.writeHead(204).end()
      let file = join(root, path)
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
      if (!existsSync(file)) return res.writeHead(404).end()
      res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream')
      createReadStream(file).pipe(res)
    })
  })
  await new Promise((r) => server.listen(0, '127.0.0.1', r))
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    stories: Object.values(JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).entries).filter((e) => e.type === 'story'),
    async close() {
      server.close()
      await backend.close()
    },
  }
}

/** Debian's Chromium (CHROME_PATH to use another), quiet: no updates, sync or background traffic. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

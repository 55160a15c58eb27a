// The benchmark's server: the fake Seam backend under /api, our script-tag
// bundle, Seam's published web components (@seamapi/react dist/elements.js),
// and one page per contender that mounts its table the way a user would.
import { readFileSync, readdirSync } from 'node:fs'
import http from 'node:http'
import { gzipSync } from 'node:zlib'
import { startFakeBackend } from '../dev/fake-backend.mjs'
import { DEMO } from '../dev/seed.mjs'

/** Every file of our script-tag folder (the entry, its chunks, the locales) under /ours/, and the anchor's two. */
export const FILES = {
  ...Object.fromEntries(
    readdirSync('dist/cdn', { recursive: true })
      .filter((file) => file.endsWith('.js'))
      .map((file) => [`/ours/${file}`, [`dist/cdn/${file}`, 'text/javascript']]),
  ),
  '/anchor/elements.js': ['node_modules/@seamapi/react/dist/elements.js', 'text/javascript'],
  '/anchor/index.css': ['node_modules/@seamapi/react/dist/index.min.css', 'text/css'],
}

const credentials = (endpoint) =>
  `publishable-key="${DEMO.publishableKey}" user-identifier-key="${DEMO.userIdentifierKey}" endpoint="${endpoint}"`

/**
 * Each page appends its element from script and records when; the harness
 * measures from that mark. `extra` adds the list and the dialog (ours only:
 * the anchor has neither).
 */
function page(kind, deviceId, origin, extra, plain) {
  if (plain) return plainPage(kind, deviceId, origin)
  const head =
    kind === 'ours'
      ? `<script type="module" src="/ours/access-code-elements.js"></script>`
      : `<link rel="stylesheet" href="/anchor/index.css"><script type="module" src="/anchor/elements.js"></script>`
  const tag = kind === 'ours' ? 'access-code-table' : 'seam-access-code-table'
  const more =
    kind === 'ours' && extra
      ? `<unmanaged-code-list device-id="${deviceId}" ${credentials('/api')}></unmanaged-code-list><convert-code-dialog ${credentials('/api')}></convert-code-dialog>`
      : ''
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>
<div id="root"></div>
<script type="module">
  await customElements.whenDefined('${tag}')
  const root = document.getElementById('root')
  root.insertAdjacentHTML('beforeend', '')
  const el = document.createElement('${tag}')
  for (const [k, v] of Object.entries({ 'device-id': '${deviceId}', 'publishable-key': '${DEMO.publishableKey}', 'user-identifier-key': '${DEMO.userIdentifierKey}', endpoint: '${kind === 'ours' ? '/api' : origin + '/api'}' })) el.setAttribute(k, v)
  window.__connectedAt = performance.now()
  root.append(el)
  ${more ? `root.insertAdjacentHTML('beforeend', ${JSON.stringify(more)})` : ''}
</script></body></html>`
}

/**
 * The page a person opens: the element written in the markup, the
 * script-tag bundle in the head, nothing waiting on anything. Its clock
 * starts at navigation (`__connectedAt` 0: performance.now() counts from
 * navigation start).
 */
function plainPage(kind, deviceId, origin) {
  const head =
    kind === 'ours'
      ? `<script type="module" src="/ours/access-code-elements.js"></script>`
      : `<link rel="stylesheet" href="/anchor/index.css"><script type="module" src="/anchor/elements.js"></script>`
  const tag = kind === 'ours' ? 'access-code-table' : 'seam-access-code-table'
  const endpoint = kind === 'ours' ? '/api' : `${origin}/api`
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>window.__connectedAt = 0</script>${head}</head><body>
<div id="root"><${tag} device-id="${deviceId}" ${credentials(endpoint)}></${tag}></div>
</body></html>`
}

export async function startBenchServer(sizes) {
  // Read once, so a rebuild of dist/ during a run cannot change what is served.
  const bodies = Object.fromEntries(Object.entries(FILES).map(([url, [path]]) => [url, readFileSync(path)]))
  const gzipped = Object.fromEntries(Object.entries(bodies).map(([url, body]) => [url, gzipSync(body).length]))
  const backend = await startFakeBackend({ bulkCodes: 0, benchSizes: sizes })
  const server = http.createServer((req, res) => {
    backend.middleware(req, res, () => {
      const url = new URL(req.url, 'http://x')
      const file = FILES[url.pathname]
      if (file) {
        res.setHeader('content-type', file[1])
        return res.end(bodies[url.pathname])
      }
      const m = /^\/page\/(ours|anchor)$/.exec(url.pathname)
      if (m) {
        res.setHeader('content-type', 'text/html')
        return res.end(page(m[1], url.searchParams.get('device'), `http://${req.headers.host}`, url.searchParams.has('extra'), url.searchParams.has('plain')))
      }
      res.statusCode = url.pathname === '/favicon.ico' ? 204 : 404
      res.end()
    })
  })
  await new Promise((r) => server.listen(0, '127.0.0.1', r))
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    backend,
    /** What each of FILES served, by URL. */
    bodies,
    /** Their gzipped sizes, by URL. */
    gzipped,
    close: async () => {
      server.close()
      await backend.close()
    },
  }
}

// The embedded fake Seam backend: @seamapi/fake-seam-connect started
// in-process, seeded with the demo scenario, and reached same-origin under
// `/api` by the Vite dev server, Storybook and the test runner alike.
import { createFake } from '@seamapi/fake-seam-connect'
import { seedScenario } from './seed.mjs'
import { HttpError, createShimRoutes } from './shim.mjs'

const DEFAULT_CONFIG = { delayMs: 400, stallConversions: false, failConversions: false, failDeletes: false, failSets: false, pageSize: 250 }

async function readBody(req) {
  const chunks = []
  for await (const chunk of req) chunks.push(chunk)
  const text = Buffer.concat(chunks).toString('utf8')
  if (text === '') return {}
  try {
    return JSON.parse(text)
  } catch {
    throw new HttpError(400, 'invalid_json', 'The request body is not JSON.')
  }
}

/**
 * Starts an answer and cuts the connection mid-body. (Cutting it before any
 * byte makes Chromium quietly resend the request on a fresh connection,
 * which is not the fault we mean to show.)
 */
function dropAnswer(res) {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '4096' })
  res.write('{"ok":')
  setTimeout(() => res.socket?.destroy(), 20)
}

let requestCounter = 0
function send(res, status, json) {
  res.statusCode = status
  res.setHeader('content-type', 'application/json')
  res.setHeader('seam-request-id', `shim_req_${++requestCounter}`)
  res.end(JSON.stringify(json))
}

/**
 * Starts the fake and returns a Node/connect middleware for `prefix`.
 * @param {{ prefix?: string, bulkCodes?: number, benchSizes?: number[] }} [options]
 */
export async function startFakeBackend({ prefix = '/api', bulkCodes = 2500, benchSizes = [] } = {}) {
  const fake = await createFake()
  seedScenario(fake.database.getState(), { bulkCodes, benchSizes })
  const pristine = await fake.toJSON()
  const server = await fake.startServer({ port: 0 })
  const upstream = `http://127.0.0.1:${server.server.address().port}`
  const config = { ...DEFAULT_CONFIG }
  const shim = createShimRoutes({ db: () => fake.database.getState(), config })
  /** Routes seen since the last reset, for tests that count requests. */
  let log = []
  /**
   * Injected faults, for the hardening and lost-answer tests. Each rule
   * matches a route (exact, or every route when `path` is absent) `times`
   * times. Before the route runs: wait `delayMs`, answer `status` (+
   * `retryAfter` seconds), drop the connection (`drop: 'before'`), or answer
   * 200 with `body` (any JSON: `null`, a string, `{ ok: false }`) or with
   * `raw` text instead of running the route. After it ran, so the server
   * acted and the client never hears how: `drop: 'after'` cuts the answer;
   * `after: true` makes `delayMs` and `status` apply once the route ran (a
   * gateway's 504, an answer slower than the client's timeout). `duplicate:
   * true` runs the route twice, `duplicateAfterMs` apart, as when the network
   * resends a request; the client gets the second answer.
   */
  let faults = []
  const wait = (ms) => new Promise((r) => setTimeout(r, ms))

  const control = {
    '/_shim/reset': async () => {
      shim.cancelPending()
      await fake.loadJSON(pristine)
      Object.assign(config, DEFAULT_CONFIG)
      log = []
      faults = []
      return { ok: true }
    },
    '/_shim/faults': async (body) => {
      faults = (body.rules ?? []).map((r) => ({ times: Infinity, ...r }))
      return { ok: true }
    },
    '/_shim/config': async (body) => {
      Object.assign(config, body)
      return { ok: true, config }
    },
    '/_shim/requests': async () => ({ ok: true, requests: log }),
  }

  /** What the backend answers, without sending it yet: the shim's route, else the fake's. */
  async function answerOf(req, path, body) {
    try {
      const route = shim.routes[path]
      if (route) return { status: 200, json: { ...route(body, req.headers), ok: true } }
      const headers = { ...req.headers }
      delete headers.host
      delete headers['content-length']
      delete headers.connection
      const upstreamRes = await fetch(upstream + path, {
        method: req.method,
        headers,
        body: req.method === 'GET' || req.method === 'HEAD' ? undefined : JSON.stringify(body),
      })
      const kept = {}
      for (const h of ['content-type', 'seam-request-id', 'retry-after']) {
        const v = upstreamRes.headers.get(h)
        if (v != null) kept[h] = v
      }
      return { status: upstreamRes.status, headers: kept, raw: Buffer.from(await upstreamRes.arrayBuffer()) }
    } catch (error) {
      if (error instanceof HttpError) return { status: error.status, json: { error: { type: error.type, message: error.message } } }
      return { status: 500, json: { error: { type: 'internal_server_error', message: String(error?.message ?? error) } } }
    }
  }

  function reply(res, answer) {
    if (answer.json !== undefined) return send(res, answer.status, answer.json)
    res.statusCode = answer.status
    for (const [h, v] of Object.entries(answer.headers)) res.setHeader(h, v)
    res.end(answer.raw)
  }

  const injected = (res, fault) => {
    if (fault.retryAfter != null) res.setHeader('retry-after', String(fault.retryAfter))
    send(res, fault.status, { error: { type: 'injected_fault', message: `Injected ${fault.status}` } })
  }

  /** connect-style middleware; returns without calling next for /api requests. */
  async function middleware(req, res, next) {
    const url = new URL(req.url ?? '/', 'http://local')
    if (!url.pathname.startsWith(prefix + '/')) return next?.()
    const path = url.pathname.slice(prefix.length)
    try {
      const body = await readBody(req)
      if (control[path]) return send(res, 200, await control[path](body))
      log.push(path)
      const fault = faults.find((f) => f.times > 0 && (f.path == null || f.path === path))
      if (fault) fault.times--
      if (fault && !fault.after) {
        if (fault.delayMs) await wait(fault.delayMs)
        if (fault.drop === 'before') return void req.socket.destroy()
        if (fault.status) return injected(res, fault)
      }
      if (fault && 'body' in fault) return send(res, 200, fault.body)
      if (typeof fault?.raw === 'string') {
        res.statusCode = 200
        res.setHeader('content-type', 'application/json')
        return res.end(fault.raw)
      }
      let answer = await answerOf(req, path, body)
      if (fault?.duplicate) {
        if (fault.duplicateAfterMs) await wait(fault.duplicateAfterMs)
        answer = await answerOf(req, path, body)
      }
      if (fault?.drop === 'after') return dropAnswer(res)
      if (fault?.after) {
        if (fault.delayMs) await wait(fault.delayMs)
        if (fault.status) return injected(res, fault)
      }
      reply(res, answer)
    } catch (error) {
      if (error instanceof HttpError) {
        return send(res, error.status, { error: { type: error.type, message: error.message } })
      }
      send(res, 500, { error: { type: 'internal_server_error', message: String(error?.message ?? error) } })
    }
  }

  return {
    fake,
    config,
    middleware,
    /** Koa middleware for @web/dev-server / @web/test-runner. */
    koa: async (ctx, next) => {
      if (!ctx.path.startsWith(prefix + '/')) return next()
      ctx.respond = false
      await middleware(ctx.req, ctx.res)
    },
    async close() {
      shim.cancelPending()
      await fake.stopServer()
    },
  }
}

/** Vite (and Storybook's Vite builder) plugin: the fake behind `/api`. */
export function fakeSeamPlugin(options) {
  let backend
  const attach = async (server) => {
    backend ??= await startFakeBackend(options)
    server.middlewares.use((req, res, next) => void backend.middleware(req, res, next))
    server.httpServer?.once('close', () => void backend.close())
  }
  return {
    name: 'fake-seam-backend',
    configureServer: attach,
    configurePreviewServer: attach,
  }
}

import { pageClock, sleep, type Clock } from './abortable.js'
import { AnswerShapeError, type Guard } from './answers.js'
import { SeamApiError, SeamNetworkError, SeamTimeoutError, SeamUnreadableAnswerError, abortError, isAbort } from './errors.js'

export interface TransportOptions {
  /** Base URL, already without a trailing slash. */
  endpoint: string
  fetch?: typeof fetch
  /** Per attempt. */
  timeoutMs?: number
  /** Extra attempts for reads after the first. */
  retries?: number
  baseDelayMs?: number
  maxDelayMs?: number
  /** A `Retry-After` longer than this fails at once rather than freezing the UI. */
  maxRetryAfterMs?: number
  random?: () => number
  /** Time for the timeouts and the waits between retries. */
  clock?: Clock
}

export interface SendOptions<T = unknown> {
  signal?: AbortSignal | undefined
  /**
   * Reads are idempotent and retried on network errors, timeouts, 5xx and 429.
   * Writes are sent once: after a timeout or a dropped connection we cannot
   * know whether the server acted, so only a 429 (rejected before any work) is
   * retried.
   */
  idempotent: boolean
  headers?: Record<string, string>
  /** Checks a 200's body; what it throws becomes a SeamUnreadableAnswerError of this route. */
  read?: Guard<T> | undefined
}

function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value == null) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000)
}

/**
 * The fields Seam's `validation_errors` (zod's `format()`: `{ _errors,
 * code: { _errors: [...] } }`) finds fault with, in its order: a field
 * whose subtree holds at least one message. Anything else names none.
 */
function invalidFieldsOf(validation: unknown): string[] {
  const faulty = (node: unknown): boolean =>
    typeof node === 'object' && node !== null && Object.entries(node).some(([key, v]) => (key === '_errors' ? Array.isArray(v) && v.length > 0 : faulty(v)))
  if (typeof validation !== 'object' || validation === null) return []
  return Object.entries(validation).filter(([key, node]) => key !== '_errors' && faulty(node)).map(([key]) => key)
}

async function toApiError(res: Response, now: number): Promise<SeamApiError> {
  let body: unknown
  try {
    body = await res.json()
  } catch {
    body = undefined
  }
  const error = (body as { error?: { type?: unknown; message?: unknown; request_id?: unknown; validation_errors?: unknown } } | undefined)?.error
  return new SeamApiError({
    status: res.status,
    type: typeof error?.type === 'string' ? error.type : `http_${res.status}`,
    message: typeof error?.message === 'string' ? error.message : undefined,
    statusText: res.statusText,
    requestId: res.headers.get('seam-request-id') ?? (typeof error?.request_id === 'string' ? error.request_id : undefined),
    retryAfter: parseRetryAfter(res.headers.get('retry-after'), now),
    invalidFields: invalidFieldsOf(error?.validation_errors),
  })
}

const retriable = (error: unknown, idempotent: boolean): boolean => {
  if (error instanceof SeamApiError) return error.status === 429 || (idempotent && error.status >= 500)
  return idempotent && (error instanceof SeamNetworkError || error instanceof SeamTimeoutError)
}

/** POSTs JSON to `endpoint + route`; tokens go in `headers` only, never in the URL. */
export class Transport {
  readonly endpoint: string
  readonly #options: Required<Omit<TransportOptions, 'fetch'>> & { fetch: typeof fetch | undefined }

  constructor(options: TransportOptions) {
    this.endpoint = options.endpoint
    this.#options = {
      endpoint: options.endpoint,
      fetch: options.fetch,
      timeoutMs: options.timeoutMs ?? 15_000,
      retries: options.retries ?? 3,
      baseDelayMs: options.baseDelayMs ?? 300,
      maxDelayMs: options.maxDelayMs ?? 8_000,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 30_000,
      random: options.random ?? Math.random,
      clock: options.clock ?? pageClock,
    }
  }

  async send<T>(route: string, body: unknown, options: SendOptions<T>): Promise<T> {
    const o = this.#options
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.#attempt<T>(route, body, options)
      } catch (error) {
        if (isAbort(error) || attempt >= o.retries || !retriable(error, options.idempotent)) throw error
        const retryAfterMs = error instanceof SeamApiError && error.retryAfter != null ? error.retryAfter * 1000 : undefined
        if (retryAfterMs != null && retryAfterMs > o.maxRetryAfterMs) throw error
        // Full jitter spreads the retries of many elements on many pages.
        const backoff = o.random() * Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** attempt)
        await sleep(retryAfterMs ?? backoff, options.signal, o.clock)
      }
    }
  }

  async #attempt<T>(route: string, body: unknown, options: SendOptions<T>): Promise<T> {
    const { signal } = options
    if (signal?.aborted) throw abortError()
    const controller = new AbortController()
    let timedOut = false
    const { clock } = this.#options
    const timer = clock.setTimeout(() => {
      timedOut = true
      controller.abort()
    }, this.#options.timeoutMs)
    const onAbort = (): void => controller.abort()
    signal?.addEventListener('abort', onAbort, { once: true })
    try {
      let res: Response
      try {
        res = await (this.#options.fetch ?? globalThis.fetch)(this.endpoint + route, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
          body: JSON.stringify(body ?? {}),
          signal: controller.signal,
          credentials: 'omit',
        })
      } catch (error) {
        if (timedOut) throw new SeamTimeoutError(this.#options.timeoutMs)
        if (signal?.aborted) throw abortError()
        throw new SeamNetworkError(error)
      }
      if (!res.ok) throw await toApiError(res, clock.now())
      let text: string
      try {
        text = await res.text()
      } catch (error) {
        // The connection closed mid-answer: a network failure, not a bad answer.
        if (timedOut) throw new SeamTimeoutError(this.#options.timeoutMs)
        throw new SeamNetworkError(error)
      }
      const unreadable = (reason: 'not-json' | AnswerShapeError) =>
        new SeamUnreadableAnswerError({
          route,
          reason: reason === 'not-json' ? reason : reason.reason,
          field: reason === 'not-json' ? undefined : reason.field,
          requestId: res.headers.get('seam-request-id') ?? undefined,
        })
      let json: unknown
      try {
        json = JSON.parse(text)
      } catch {
        throw unreadable('not-json')
      }
      if (!options.read) return json as T
      try {
        return options.read(json)
      } catch (error) {
        throw error instanceof AnswerShapeError ? unreadable(error) : error
      }
    } finally {
      clock.clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
    }
  }
}

/**
 * Every failure the kit reports is one of these. None of them ever carries a
 * token or key: messages are built from the API's own words and our catalog.
 */
export type SeamErrorKind = 'api' | 'network' | 'timeout' | 'aborted' | 'config' | 'unexpected'

export class SeamError extends Error {
  readonly kind: SeamErrorKind
  constructor(kind: SeamErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'SeamError'
    this.kind = kind
  }
}

/** The API answered with an error body (or an error status without one). */
export class SeamApiError extends SeamError {
  readonly status: number
  /** The API's `error.type`, e.g. `access_code_not_found`. */
  readonly type: string
  readonly requestId: string | undefined
  /** Seconds from `Retry-After`, when the API sent one. */
  readonly retryAfter: number | undefined
  constructor(init: { status: number; type: string; message: string; requestId?: string | undefined; retryAfter?: number | undefined }) {
    super('api', init.message)
    this.name = 'SeamApiError'
    this.status = init.status
    this.type = init.type
    this.requestId = init.requestId
    this.retryAfter = init.retryAfter
  }
}

/** The request never got an answer: offline, DNS, connection reset, CORS. */
export class SeamNetworkError extends SeamError {
  constructor(cause: unknown) {
    super('network', 'The Seam API could not be reached.', { cause })
    this.name = 'SeamNetworkError'
  }
}

export class SeamTimeoutError extends SeamError {
  readonly timeoutMs: number
  constructor(timeoutMs: number) {
    super('timeout', `The Seam API did not answer within ${Math.round(timeoutMs / 1000)} s.`)
    this.name = 'SeamTimeoutError'
    this.timeoutMs = timeoutMs
  }
}

/** Credentials are missing, malformed or contradictory; nothing was sent. */
export class SeamConfigError extends SeamError {
  readonly reason: string
  constructor(reason: string, message: string) {
    super('config', message)
    this.name = 'SeamConfigError'
    this.reason = reason
  }
}

export const isAbort = (error: unknown): boolean =>
  (error instanceof DOMException && error.name === 'AbortError') ||
  (error instanceof SeamError && error.kind === 'aborted')

export function abortError(): SeamError {
  return new SeamError('aborted', 'The request was cancelled.')
}

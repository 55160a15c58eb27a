/**
 * Every failure the kit reports is one of these. They carry typed reasons
 * (`kind`, `reason`, Seam's error `type`), never words for people: the
 * catalog's `describeError` puts them into words. `message` is for
 * developers only, and never carries a token or key.
 *
 * A new failure gets a class here (or in the state layer), a case in the
 * state layer's cross-tab codec and a text in the catalog.
 */
export type SeamErrorKind =
  | 'api'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'config'
  | 'unexpected'
  | 'action'
  /** A 200 whose body lacks what the route promises (SeamUnreadableAnswerError). */
  | 'unreadable'
  /** A write whose answer was lost, and checking could not tell whether it was applied (the state layer's OutcomeUnknownError). */
  | 'outcome-unknown'
  /** A write another tab of the session was making when it closed, which checking found was not made (the state layer's TabClosedError). */
  | 'tab-closed'

export class SeamError extends Error {
  readonly kind: SeamErrorKind
  constructor(kind: SeamErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'SeamError'
    this.kind = kind
  }
}

/** Why the client gave up on a 401: what it did about it had already failed. */
export type SeamAuthReason =
  /** The host's client session token was refused (expired or revoked). */
  | 'token-refused'
  /** A session from the publishable key was refused, even after renewing it once. */
  | 'session-refused'

export interface SeamApiErrorInit {
  status: number
  type: string
  /** Seam's own `error.message`, when it sent a non-empty one. */
  message?: string | undefined
  statusText?: string | undefined
  requestId?: string | undefined
  retryAfter?: number | undefined
  reason?: SeamAuthReason | undefined
  /** The input fields Seam's `validation_errors` names (an `invalid_input` refusal). */
  invalidFields?: readonly string[] | undefined
}

/** The API answered with an error body (or an error status without one). */
export class SeamApiError extends SeamError {
  readonly status: number
  /** The API's `error.type`, e.g. `access_code_not_found`. */
  readonly type: string
  /** Seam's own message: its words reach people as they are. */
  readonly seamMessage: string | undefined
  readonly statusText: string
  readonly requestId: string | undefined
  /** Seconds from `Retry-After`, when the API sent one. */
  readonly retryAfter: number | undefined
  readonly reason: SeamAuthReason | undefined
  /**
   * The input fields an `invalid_input` refusal is about, from Seam's
   * `validation_errors` (e.g. `['code']`); empty when it named none.
   */
  readonly invalidFields: readonly string[]
  constructor(init: SeamApiErrorInit) {
    const seamMessage = init.message?.trim() || undefined
    const statusText = init.statusText ?? ''
    super('api', init.reason ? `seam api: http ${init.status}, ${init.reason}` : (seamMessage ?? `seam api: http ${init.status} ${statusText}`.trim()))
    this.name = 'SeamApiError'
    this.status = init.status
    this.type = init.type
    this.seamMessage = seamMessage
    this.statusText = statusText
    this.requestId = init.requestId
    this.retryAfter = init.retryAfter
    this.reason = init.reason
    this.invalidFields = init.invalidFields ?? []
  }
}

/** The request never got an answer: offline, DNS, connection reset, CORS. */
export class SeamNetworkError extends SeamError {
  constructor(cause?: unknown) {
    super('network', 'seam api: unreachable', { cause })
    this.name = 'SeamNetworkError'
  }
}

export class SeamTimeoutError extends SeamError {
  readonly timeoutMs: number
  constructor(timeoutMs: number) {
    super('timeout', `seam api: no answer within ${timeoutMs} ms`)
    this.name = 'SeamTimeoutError'
    this.timeoutMs = timeoutMs
  }
}

/** What is wrong with the credentials an element or provider was given. */
export type SeamConfigReason =
  | 'missing'
  | 'conflict'
  | 'malformed-token'
  | 'missing-publishable-key'
  | 'missing-user-identifier-key'
  | 'malformed-key'

const configMessages: Record<SeamConfigReason, string> = {
  missing: 'seam config: missing credentials',
  conflict: 'seam config: conflicting credentials, a client session token or a publishable key, not both',
  'malformed-token': 'seam config: malformed client session token, expected a seam_cst prefix',
  'missing-publishable-key': 'seam config: user identifier key without a publishable key',
  'missing-user-identifier-key': 'seam config: publishable key without a user identifier key',
  'malformed-key': 'seam config: malformed publishable key, expected a seam_pk prefix',
}

/** Credentials are missing, malformed or contradictory; nothing was sent. */
export class SeamConfigError extends SeamError {
  readonly reason: SeamConfigReason
  constructor(reason: SeamConfigReason) {
    super('config', configMessages[reason] ?? `seam config: ${reason}`)
    this.name = 'SeamConfigError'
    this.reason = reason
  }
}

export interface SeamActionErrorInit {
  actionAttemptId?: string | undefined
  /** Seam's `error.type` of the attempt. */
  type?: string | undefined
  /** Seam's `error.message` of the attempt. */
  message?: string | undefined
}

/** Seam accepted the request, then reported that the action attempt failed. */
export class SeamActionError extends SeamError {
  readonly actionAttemptId: string | undefined
  readonly type: string
  readonly seamMessage: string | undefined
  constructor(init: SeamActionErrorInit = {}) {
    const seamMessage = init.message?.trim() || undefined
    const type = init.type ?? 'action_attempt_failed'
    super('action', seamMessage ?? `seam action attempt failed: ${type}`)
    this.name = 'SeamActionError'
    this.actionAttemptId = init.actionAttemptId
    this.type = type
    this.seamMessage = seamMessage
  }
}

/** What was wrong with an answer, for developers; people read the same words whatever it was. */
export type SeamUnreadableReason =
  /** The body is not JSON (a proxy's HTML page, a truncated text). */
  | 'not-json'
  /** `ok: false` under a 200. */
  | 'not-ok'
  /** `null`, a string, a number or a list where an object was due. */
  | 'not-an-object'
  /** A field the route promises is absent: the list, the object, an id. */
  | 'missing'
  /** A field is there with the wrong type: an id that is not a string, a list item that is not an object. */
  | 'wrong-type'

export interface SeamUnreadableAnswerInit {
  route: string
  reason: SeamUnreadableReason
  /** Where in the answer, e.g. `access_codes[3].access_code_id`; never its value. */
  field?: string | undefined
  requestId?: string | undefined
}

/**
 * Seam answered with success, but the body lacks what the route promises.
 * Nothing in it is trusted: a list that is not a list is not an empty list.
 */
export class SeamUnreadableAnswerError extends SeamError {
  readonly route: string
  readonly reason: SeamUnreadableReason
  readonly field: string | undefined
  readonly requestId: string | undefined
  constructor(init: SeamUnreadableAnswerInit) {
    super('unreadable', `seam answer of ${init.route}: ${init.reason}${init.field ? ` at ${init.field}` : ''}`)
    this.name = 'SeamUnreadableAnswerError'
    this.route = init.route
    this.reason = init.reason
    this.field = init.field
    this.requestId = init.requestId
  }
}

/**
 * Whether a write that failed with this error may have been applied all the
 * same: the request may have reached Seam and only its answer was lost (a
 * dropped connection, a timeout, a gateway's 502/503/504, an answer that
 * could not be read). Such a write is checked against the server, never
 * reported as failed and never sent again on its own. Any other error of a
 * write means Seam refused it. Judged by the error alone, so it holds for
 * the errors of any SeamClient; ask it only about a write's error.
 */
export function isOutcomeUnknown(error: unknown): boolean {
  if (error instanceof SeamApiError) return error.status === 502 || error.status === 503 || error.status === 504
  return error instanceof SeamNetworkError || error instanceof SeamTimeoutError || error instanceof SeamUnreadableAnswerError
}

/**
 * Any failure as the kit's typed error: a host's own client (or a bug) may
 * throw a plain Error, and the page must still get a `kind` (CONTRACT:
 * seam-error carries a typed error). The original stays as the cause.
 */
export const asSeamError = (error: unknown): SeamError => {
  if (error instanceof SeamError) return error
  // A cancelled fetch stays a cancellation (isAbort), not a failure to report.
  const kind = isAbort(error) ? 'aborted' : 'unexpected'
  return new SeamError(kind, error instanceof Error ? error.message : String(error), { cause: error })
}

export const isAbort = (error: unknown): boolean =>
  (error instanceof DOMException && error.name === 'AbortError') ||
  (error instanceof SeamError && error.kind === 'aborted')

export function abortError(): SeamError {
  return new SeamError('aborted', 'seam: request cancelled')
}

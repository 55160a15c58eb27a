import {
  SeamActionError,
  SeamApiError,
  SeamConfigError,
  SeamError,
  SeamNetworkError,
  SeamTimeoutError,
  SeamUnreadableAnswerError,
  type SeamApiErrorInit,
  type SeamActionErrorInit,
  type SeamConfigReason,
  type SeamErrorKind,
  type SeamUnreadableAnswerInit,
} from '../api/errors.js'
import { FollowDeadlineError, OutcomeUnknownError, TabClosedError } from './errors.js'

/**
 * An error as it crosses to another tab (structured clone keeps data, not
 * classes). One case per class, so the other tab rebuilds the same class
 * with the same kind, reason and type; a new error class adds its case here.
 */
export type EncodedError =
  | ({ name: 'SeamApiError' } & SeamApiErrorInit)
  | ({ name: 'SeamActionError' } & SeamActionErrorInit)
  | { name: 'SeamConfigError'; reason: SeamConfigReason }
  | { name: 'SeamTimeoutError'; timeoutMs: number }
  | { name: 'SeamNetworkError' }
  | { name: 'FollowDeadlineError' }
  | { name: 'TabClosedError' }
  | ({ name: 'SeamUnreadableAnswerError' } & SeamUnreadableAnswerInit)
  /** The lost answer's error goes along: it is what "Check again" reports when the write was not applied. */
  | { name: 'OutcomeUnknownError'; cause?: EncodedError | undefined }
  | { name: 'SeamError'; kind: SeamErrorKind; message: string }

export function encodeError(error: unknown): EncodedError {
  if (error instanceof SeamApiError) {
    const { status, type, seamMessage, statusText, requestId, retryAfter, reason, invalidFields } = error
    return { name: 'SeamApiError', status, type, message: seamMessage, statusText, requestId, retryAfter, reason, invalidFields }
  }
  if (error instanceof SeamActionError) {
    return { name: 'SeamActionError', actionAttemptId: error.actionAttemptId, type: error.type, message: error.seamMessage }
  }
  if (error instanceof SeamConfigError) return { name: 'SeamConfigError', reason: error.reason }
  if (error instanceof SeamTimeoutError) return { name: 'SeamTimeoutError', timeoutMs: error.timeoutMs }
  if (error instanceof SeamNetworkError) return { name: 'SeamNetworkError' }
  if (error instanceof FollowDeadlineError) return { name: 'FollowDeadlineError' }
  if (error instanceof TabClosedError) return { name: 'TabClosedError' }
  if (error instanceof SeamUnreadableAnswerError) {
    const { route, reason, field, requestId } = error
    return { name: 'SeamUnreadableAnswerError', route, reason, field, requestId }
  }
  if (error instanceof OutcomeUnknownError) {
    return { name: 'OutcomeUnknownError', cause: error.cause === undefined ? undefined : encodeError(error.cause) }
  }
  if (error instanceof SeamError) return { name: 'SeamError', kind: error.kind, message: error.message }
  return { name: 'SeamError', kind: 'unexpected', message: error instanceof Error ? error.message : String(error) }
}

/** Shapes an older copy of the kit in another tab may still send. */
type LegacyEncodedError = { name?: undefined; kind?: SeamErrorKind; message?: string; status?: number; type?: string; requestId?: string }

export function decodeError(encoded: EncodedError | LegacyEncodedError | undefined): SeamError {
  switch (encoded?.name) {
    case 'SeamApiError':
      return new SeamApiError(encoded)
    case 'SeamActionError':
      return new SeamActionError(encoded)
    case 'SeamConfigError':
      return new SeamConfigError(encoded.reason)
    case 'SeamTimeoutError':
      return new SeamTimeoutError(encoded.timeoutMs)
    case 'SeamNetworkError':
      return new SeamNetworkError()
    case 'FollowDeadlineError':
      return new FollowDeadlineError()
    case 'TabClosedError':
      return new TabClosedError()
    case 'SeamUnreadableAnswerError':
      return new SeamUnreadableAnswerError(encoded)
    case 'OutcomeUnknownError':
      return new OutcomeUnknownError(encoded.cause === undefined ? undefined : decodeError(encoded.cause))
    case 'SeamError':
      return new SeamError(encoded.kind, encoded.message)
  }
  const legacy = encoded as LegacyEncodedError | undefined
  if (legacy?.status != null) {
    return new SeamApiError({ status: legacy.status, type: legacy.type ?? 'unknown', message: legacy.message, requestId: legacy.requestId })
  }
  return new SeamError(legacy?.kind ?? 'unexpected', legacy?.message ?? 'seam: another tab failed without saying why')
}

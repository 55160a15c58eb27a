// What the api layer offers the state layer (and tests). The package's
// public names are chosen in src/classes.ts, not here.
export {
  SeamError,
  SeamApiError,
  SeamNetworkError,
  SeamTimeoutError,
  SeamConfigError,
  SeamActionError,
  SeamUnreadableAnswerError,
  abortError,
  isAbort,
  isOutcomeUnknown,
  type SeamErrorKind,
  type SeamAuthReason,
  type SeamConfigReason,
  type SeamApiErrorInit,
  type SeamActionErrorInit,
  type SeamUnreadableAnswerInit,
  type SeamUnreadableReason,
} from './errors.js'
export { DEFAULT_ENDPOINT, credentialsKey, resolveCredentials, type ResolvedCredentials, type SeamCredentials } from './credentials.js'
export { FetchSeamClient, type CallOptions, type FetchSeamClientOptions, type ListOptions, type SeamClient } from './client.js'
export { pageClock, sleep, untilAborted, type Clock } from './abortable.js'

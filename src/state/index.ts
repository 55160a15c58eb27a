// What the state layer offers the layers above it (context, ui, elements).
// They import the api's errors and types from here too, never from the api.
// The package's public names are chosen in src/classes.ts.
export { SessionStore, queryKey, type UnsettledKind } from './store.js'
export type { Query, QueryState, Subscription, Loader } from './query.js'
export {
  convertUnmanaged,
  deleteManaged,
  deleteUnmanaged,
  type ConversionOutcome,
  type ConversionProblems,
  type ConvertOptions,
} from './mutations.js'
export {
  accessCodeQuery,
  checkCreate,
  checkPullBackup,
  checkUpdate,
  createAccessCode,
  generateAccessCode,
  pullBackupCode,
  updateAccessCode,
  type CreateCodeParams,
  type UpdateCodeParams,
  type WriteOptions,
} from './access-code-writes.js'
export type { FollowOptions } from './follow.js'
// A code's history (access-code-details): events/list, newest first, older pages on request.
export { HISTORY_PAGE_SIZE, HISTORY_SINCE, eventTime, historyQuery, newestFirst, olderHistory, type HistoryPage } from './history.js'
export { FollowDeadlineError, TabClosedError } from './errors.js'
// Lost answers (issue 13): checking a write on the server instead of guessing.
export { checkConversion, checkManagedDeletion, checkUnmanagedDeletion, SETTLE_MS, type CheckOptions } from './mutations.js'
export { CHECK_DEADLINE_MS, NO_TRACE, checkWrite, confirmWrite, type WriteCheck } from './writes.js'
export { OutcomeUnknownError, awaitsOutcome } from './errors.js'
// Replacing a code Seam cannot convert (issue 15)
export {
  Replacement,
  canDeleteUnmanaged,
  replacementPin,
  type NotSetReason,
  type RefusedReason,
  type ReplaceFailure,
  type ReplaceHooks,
  type ReplaceOutcome,
  type ReplaceStep,
} from './replace.js'
export { sessionFor, type Session, type SessionSource } from './session.js'
export { StoreClaim } from './registry.js'
export type { Activity, MutationMeta } from './types.js'
export type { Visibility } from './visibility.js'

export {
  SeamError,
  SeamApiError,
  SeamNetworkError,
  SeamTimeoutError,
  SeamConfigError,
  SeamActionError,
  SeamUnreadableAnswerError,
  isAbort,
  asSeamError,
  isOutcomeUnknown,
  type SeamUnreadableReason,
  type SeamErrorKind,
  type SeamAuthReason,
  type SeamConfigReason,
} from '../api/errors.js'
export { DEFAULT_ENDPOINT, type SeamCredentials } from '../api/credentials.js'
export type { CallOptions, ListOptions, SeamClient } from '../api/client.js'

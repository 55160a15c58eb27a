// Classes, types and helpers besides the element classes, registering
// nothing: public API through ./classes.ts (npm) and ./cdn.ts (script tag),
// chosen one by one; test hooks live in ./testing.ts.

// Reaching Seam: the built-in client, or any object implementing SeamClient.
export { FetchSeamClient, type FetchSeamClientOptions } from './api/client.js'
export {
  DEFAULT_ENDPOINT,
  SeamError,
  SeamApiError,
  SeamNetworkError,
  SeamTimeoutError,
  SeamConfigError,
  SeamActionError,
  FollowDeadlineError,
  TabClosedError,
  isAbort,
  type SeamErrorKind,
  type SeamAuthReason,
  type SeamConfigReason,
  type SeamClient,
  type SeamCredentials,
  type CallOptions,
  type ListOptions,
} from './state/index.js'

// The session store every element of a session shares (`element.sessionStore`).
export {
  SessionStore,
  type CreateCodeParams,
  type UpdateCodeParams,
  type WriteOptions,
  type Activity,
  type ConversionOutcome,
  type ConversionProblems,
  type ConvertOptions,
  type FollowOptions,
  type Query,
  type QueryState,
  type Subscription,
  type Visibility,
} from './state/index.js'

// Lost answers: the errors they end in, and "Check again" for a write whose outcome is unknown.
export {
  SeamUnreadableAnswerError,
  OutcomeUnknownError,
  isOutcomeUnknown,
  type CheckOptions,
  type SeamUnreadableReason,
} from './state/index.js'

export { SeamProvider } from './context/seam-provider.js'
export { sessionContext, type SessionValue } from './context/session.js'
export { SeamElement } from './ui/seam-element.js'
export { emit, type SeamEventDetails, type SeamEventName } from './events.js'
export { registerStrings } from './i18n/index.js'
export { loadLocale } from './i18n/load.js'
export {
  registerCatalog,
  describeError,
  describeStatus,
  explainIssue,
  type CatalogTranslation,
  type ExplainedIssue,
  remedyOf,
  type Remedy,
  type CodeField,
} from './catalog/index.js'

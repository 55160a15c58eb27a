import type { SeamConfigReason } from '../api/errors.js'

/** What a person reads when something failed; by the error's `kind`. */
export interface ErrorText {
  /** The request never got an answer (`network`). */
  network: string
  /** No answer in time (`timeout`), including a conversion or deletion whose outcome Seam has not reported by the deadline. */
  timeout: string
  /** An answer the page could not use, or a failure inside the page (`unexpected`). */
  unexpected: string
  /** A 200 whose body lacks what the route promises (`unreadable`); with its request id when Seam sent one. */
  unreadable: string
  /** A write's answer was lost and checking could not tell whether it was applied (`outcome-unknown`). */
  outcomeUnknown: string
  /** Another tab was making the change and closed mid-way; checking found it was not made (`tab-closed`). */
  tabClosed: string
  /** The request was cancelled (`aborted`). */
  aborted: string
  /** Any 401: the client session was refused, whatever the reason (`token-refused`, `session-refused`). */
  unauthorized: string
  /** An API error that came without Seam's own message: `{status}`, `{statusText}`. */
  httpStatus: string
  /** A failed action attempt (`action`) that came without Seam's own message. */
  actionFailed: string
  /** An API error with Seam's request id: `{message}`, `{id}`. */
  requestId: string
}

export const errorTextEn: ErrorText = {
  network: 'Seam could not be reached. Check the connection and try again.',
  timeout: 'Seam did not answer in time. Try again in a moment.',
  unexpected: 'Seam sent an answer this page could not read. Try again; if it keeps happening, tell your administrator.',
  unreadable: 'Seam sent an answer the kit could not read. Try again; if it keeps happening, tell your administrator.',
  outcomeUnknown: 'Seam’s answer was lost, and it could not be confirmed in time whether the change was made. Nothing was sent again.',
  tabClosed: 'The other tab that was making this change closed before it finished, and Seam shows it was not made. Try again.',
  aborted: 'The request was cancelled.',
  unauthorized: 'The session was refused. Sign in again or ask your administrator.',
  httpStatus: 'The Seam API answered {status} {statusText}',
  actionFailed: 'Seam could not finish the action.',
  // The request id is what Seam's support asks for first.
  requestId: '{message} (request id {id}, for Seam support)',
}

/** Why the credentials an element or provider was given cannot open a session, by `SeamConfigError.reason`. */
export const configErrorTextEn: Record<SeamConfigReason, string> = {
  missing: 'No Seam credentials: set a client session token, or a publishable key and a user identifier key.',
  conflict: 'Give either a client session token or a publishable key with a user identifier key, not both.',
  'malformed-token': 'The client session token is malformed: client session tokens start with "seam_cst".',
  'missing-publishable-key': 'A user identifier key was given without a publishable key.',
  'missing-user-identifier-key': 'A publishable key needs a user identifier key to open a client session.',
  'malformed-key': 'The publishable key is malformed: publishable keys start with "seam_pk".',
}

import { SeamError } from '../api/errors.js'

/** Seam had not told the outcome of a conversion or deletion by the deadline; it may still finish. */
export class FollowDeadlineError extends SeamError {
  constructor() {
    super('timeout', 'seam: outcome not reported by the deadline')
    this.name = 'FollowDeadlineError'
  }
}

/**
 * Another tab of the session was running this mutation and closed before it
 * ended, perhaps after sending it. The store then checks the server as for a
 * lost answer (SessionStore.runShared): this error is what remains when
 * checking found the write was not made, so "Try again" is safe.
 */
export class TabClosedError extends SeamError {
  constructor() {
    super('tab-closed', 'seam: the tab running this mutation closed before it ended')
    this.name = 'TabClosedError'
  }
}

/**
 * A write's answer was lost (`isOutcomeUnknown` of its error, the `cause`)
 * and checking the server did not tell, by its deadline, whether the write
 * was applied. Nothing is resent: the page can check again; the lists refresh.
 */
export class OutcomeUnknownError extends SeamError {
  constructor(cause?: unknown) {
    super('outcome-unknown', 'seam: the answer was lost and the server did not tell whether the write was applied', { cause })
    this.name = 'OutcomeUnknownError'
  }
}

/**
 * A write Seam may still apply: its answer was lost and checking did not
 * tell, or Seam took it and had not told the outcome by the deadline. Only
 * asking Seam again ("Check again") is offered for it, never sending it again.
 */
export const awaitsOutcome = (error: unknown): error is OutcomeUnknownError | FollowDeadlineError =>
  error instanceof OutcomeUnknownError || error instanceof FollowDeadlineError

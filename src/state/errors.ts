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
 * ended: nobody knows how it went, so the lists refresh to show where it stands.
 */
export class TabClosedError extends SeamError {
  constructor() {
    super('unexpected', 'seam: the tab running this mutation closed before it ended')
    this.name = 'TabClosedError'
  }
}

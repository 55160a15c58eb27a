import type { SeamClient } from '../api/client.js'
import { resolveCredentials, type SeamCredentials } from '../api/credentials.js'
import { SeamConfigError } from '../api/errors.js'
import { storeForClient, storeForCredentials } from '../state/registry.js'
import type { SessionValue } from './session.js'

export interface SessionSource extends SeamCredentials {
  client?: SeamClient | undefined
}

const given = (s: SessionSource): boolean =>
  [s.publishableKey, s.userIdentifierKey, s.clientSessionToken].some((v) => v != null && v.trim() !== '')

/**
 * The session these settings name: an explicit client wins, then credentials;
 * undefined when none are given (an element then uses its provider's).
 * `required` turns "none given" into a visible configuration error.
 */
export function resolveSession(source: SessionSource, required: boolean): SessionValue | undefined {
  if (source.client != null) return { store: storeForClient(source.client) }
  if (!given(source)) {
    return required
      ? { error: new SeamConfigError('missing', 'No Seam credentials: set a client session token, or a publishable key and a user identifier key.') }
      : undefined
  }
  try {
    return { store: storeForCredentials(resolveCredentials(source)) }
  } catch (error) {
    if (error instanceof SeamConfigError) return { error }
    throw error
  }
}

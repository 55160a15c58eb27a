import type { SeamClient } from '../api/client.js'
import { resolveCredentials, type SeamCredentials } from '../api/credentials.js'
import { SeamConfigError } from '../api/errors.js'
import { storeForClient, storeForCredentials } from './registry.js'
import type { SessionStore } from './store.js'

/** Whatever an element or provider was given to reach Seam. */
export interface SessionSource extends SeamCredentials {
  client?: SeamClient | undefined
}

/** A session store, or why there is none. */
export type Session = { store: SessionStore; error?: undefined } | { store?: undefined; error: SeamConfigError }

const given = (s: SessionSource): boolean =>
  [s.publishableKey, s.userIdentifierKey, s.clientSessionToken].some((v) => v != null && v.trim() !== '')

/**
 * The session these settings name: an explicit client wins, then
 * credentials; undefined when none are given (an element then uses its
 * provider's). `required` turns "none given" into a configuration error.
 */
export function sessionFor(source: SessionSource, required: boolean): Session | undefined {
  if (source.client != null) return { store: storeForClient(source.client) }
  if (!given(source) && !required) return undefined
  try {
    // With nothing given this throws the "missing" configuration error.
    return { store: storeForCredentials(resolveCredentials(source)) }
  } catch (error) {
    if (error instanceof SeamConfigError) return { error }
    throw error
  }
}

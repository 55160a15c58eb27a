import { createContext } from '@lit/context'
import type { SeamConfigError } from '../api/errors.js'
import type { SessionStore } from '../state/store.js'

/** What a provider hands down: a session store, or why there is none. */
export type SessionValue = { store: SessionStore; error?: undefined } | { store?: undefined; error: SeamConfigError }

// Symbol.for, not Symbol: two copies of the kit on one page must still meet.
export const sessionContext = createContext<SessionValue | undefined>(Symbol.for('access-code-elements/session'))

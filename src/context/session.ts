import { createContext } from '@lit/context'
import type { Session } from '../state/index.js'

/** What a provider hands down: a session store, or why there is none. */
export type SessionValue = Session

// Symbol.for, not Symbol: two copies of the kit on one page must still meet.
export const sessionContext = createContext<SessionValue | undefined>(Symbol.for('access-code-elements/session'))

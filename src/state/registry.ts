import { FetchSeamClient, type SeamClient } from '../api/client.js'
import { credentialsKey, type ResolvedCredentials } from '../api/credentials.js'
import { SessionStore } from './store.js'

interface Registry {
  byCredentials: Map<string, SessionStore>
  byClient: WeakMap<SeamClient, SessionStore>
}

// On globalThis under a Symbol.for key, so two copies of the kit on one page
// (a script tag and an npm bundle) still share one session per credentials.
const KEY = Symbol.for('access-code-elements/sessions')
const registry: Registry = ((globalThis as Record<symbol, unknown>)[KEY] as Registry | undefined) ??
  ((globalThis as Record<symbol, unknown>)[KEY] = { byCredentials: new Map(), byClient: new WeakMap() } satisfies Registry)

/** The one store for these credentials on this page. */
export function storeForCredentials(credentials: ResolvedCredentials): SessionStore {
  const key = credentialsKey(credentials)
  let store = registry.byCredentials.get(key)
  if (store == null) {
    store = new SessionStore(new FetchSeamClient({ credentials }), undefined, { tabChannel: `access-code-elements/${hash(key)}` })
    registry.byCredentials.set(key, store)
  }
  return store
}

/** A short digest, so the channel name does not carry the token itself. */
function hash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return (h >>> 0).toString(36)
}

/** The one store for a host-supplied client object. */
export function storeForClient(client: SeamClient): SessionStore {
  let store = registry.byClient.get(client)
  if (store == null) {
    store = new SessionStore(client)
    registry.byClient.set(client, store)
  }
  return store
}

/** For tests: forget every session so the next element starts clean. */
export function resetSessions(): void {
  for (const s of registry.byCredentials.values()) s.dispose()
  registry.byCredentials.clear()
  registry.byClient = new WeakMap()
}

import { FetchSeamClient, type SeamClient } from '../api/client.js'
import { credentialsKey, type ResolvedCredentials } from '../api/credentials.js'
import { SessionStore } from './store.js'

interface Registry {
  byCredentials: Map<string, SessionStore>
  byClient: WeakMap<SeamClient, SessionStore>
  /** How many elements and providers hold each store (absent in older copies). */
  holds?: Map<SessionStore, { count: number; timer?: ReturnType<typeof setTimeout> }>
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

/** How long an unheld session lingers, so a quick re-render or move keeps it. */
export const registryOptions = { releaseDelayMs: 10_000 }

const holds = (): NonNullable<Registry['holds']> => (registry.holds ??= new Map())

function retain(store: SessionStore): void {
  const hold = holds().get(store) ?? { count: 0 }
  hold.count++
  clearTimeout(hold.timer)
  holds().set(store, hold)
}

function release(store: SessionStore): void {
  const hold = holds().get(store)
  if (!hold || --hold.count > 0) return
  hold.timer = setTimeout(() => {
    if (hold.count > 0) return
    holds().delete(store)
    // Only sessions made from credentials are ours to close; a host's client is the host's.
    for (const [key, s] of registry.byCredentials) {
      if (s === store) {
        registry.byCredentials.delete(key)
        store.dispose()
      }
    }
  }, registryOptions.releaseDelayMs)
}

/**
 * An element's claim on the store it uses while connected. When nothing
 * holds a store any more (say, after a token rotation), it is closed: its
 * cache, timers and cross-tab channel go.
 */
export class StoreClaim {
  #store: SessionStore | undefined
  #active = false

  set(store: SessionStore | undefined): void {
    if (store === this.#store) return
    if (this.#active && store) retain(store)
    if (this.#active && this.#store) release(this.#store)
    this.#store = store
  }

  connect(): void {
    if (this.#active) return
    this.#active = true
    if (this.#store) retain(this.#store)
  }

  disconnect(): void {
    if (!this.#active) return
    this.#active = false
    if (this.#store) release(this.#store)
  }
}

/** Sessions made from credentials that are open on this page. */
export const openSessionCount = (): number => registry.byCredentials.size

/** For tests: forget every session so the next element starts clean. */
export function resetSessions(): void {
  for (const s of registry.byCredentials.values()) s.dispose()
  registry.byCredentials.clear()
  registry.byClient = new WeakMap()
  registry.holds = new Map()
}

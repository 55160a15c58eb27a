import type { ReactiveController, ReactiveControllerHost } from 'lit'
import type { SessionStore } from '../../state/store.js'

type Members = WeakMap<SessionStore, Map<string, Set<Element>>>

// On globalThis under a Symbol.for key, like the sessions themselves: two
// copies of the kit on one page share the stores, so they share this too.
const KEY = Symbol.for('access-code-elements/session-members')
const g = globalThis as Record<symbol, Members | undefined>
const members: Members = (g[KEY] ??= new WeakMap())

/**
 * The element of this tag that the page placed in this session (inside its
 * provider, or with the same credentials), wherever it is, shadow roots
 * included; the first one connected when there are several.
 */
export function sessionMember<E extends Element>(store: SessionStore | undefined, tag: string): E | undefined {
  if (!store) return undefined
  for (const el of members.get(store)?.get(tag) ?? []) if (el.isConnected) return el as E
  return undefined
}

/**
 * Offers its host to the other elements of its session while it is
 * connected: the page's convert dialog, which every list of that session
 * then opens instead of one of its own. `store` returns undefined while the
 * host belongs to no session, or to one it was handed privately.
 */
export class SessionMembership implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element
  readonly #tag: string
  readonly #store: () => SessionStore | undefined
  #joined: SessionStore | undefined

  constructor(host: ReactiveControllerHost & Element, tag: string, store: () => SessionStore | undefined) {
    this.#host = host
    this.#tag = tag
    this.#store = store
    host.addController(this)
  }

  hostConnected(): void {
    this.#sync()
  }

  // The session may arrive or change with any update (a provider upgraded later, a rotated token).
  hostUpdated(): void {
    this.#sync()
  }

  hostDisconnected(): void {
    this.#leave()
  }

  #sync(): void {
    const store = this.#store()
    if (store === this.#joined) return
    this.#leave()
    if (!store) return
    let byTag = members.get(store)
    if (!byTag) members.set(store, (byTag = new Map()))
    let set = byTag.get(this.#tag)
    if (!set) byTag.set(this.#tag, (set = new Set()))
    set.add(this.#host)
    this.#joined = store
  }

  #leave(): void {
    if (this.#joined) members.get(this.#joined)?.get(this.#tag)?.delete(this.#host)
    this.#joined = undefined
  }
}

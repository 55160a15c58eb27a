// The script-tag ES module's first act. Evaluating the rest of the entry
// (Lit, the catalog, the elements' classes and styles) takes 30–45 ms on a
// slow machine before the elements in the page's markup upgrade and ask
// for their session and then their data; each round trip then starts only
// after it. This module is evaluated before all that (src/cdn.ts imports it
// first): it opens the session that the kit's elements written in the markup
// name and starts the loads they make the moment they connect, so those round
// trips run while the rest is evaluated. The element that connects a moment
// later finds the same store (one per credentials, src/state/registry.ts) and
// in it the same queries, in flight or answered: nothing is asked twice. An
// element given credentials later, from script, opens its own as before.
import { CREDENTIAL_PROPERTIES } from './context/own-session.js'
import { StoreClaim } from './state/registry.js'
import { sessionFor, type Session } from './state/session.js'
import type { SessionStore } from './state/store.js'

interface Started {
  refresh(): Promise<void>
}

/**
 * The kit's tags that may carry credentials, each with the queries it
 * subscribes to as soon as it connects with a `device-id` (read from the
 * elements' own first-render conditions; an element that waits for an
 * answer first, as the unmanaged list waits for its lock, is given only what
 * it asks at once). A new element is one line here.
 */
const FIRST_LOADS: Record<string, (store: SessionStore, deviceId: string, el: Element) => Started[]> = {
  'seam-provider': () => [],
  // A table given its codes by the page (`.accessCodes`, set before the tag
  // was defined) loads neither. The lock first: its answer is small and the
  // rows wait for its time zone, and asked second it queued on the server
  // behind the codes' pages (which the list follows as each arrives), up to
  // 100 ms after the first page on the bench's fake.
  'access-code-table': (store, id, el) => ((el as { accessCodes?: unknown }).accessCodes != null ? [] : [store.device(id), store.accessCodes(id)]),
  'unmanaged-code-list': (store, id) => [store.device(id)],
  'convert-code-dialog': () => [],
  // With an `access-code-id` (or `.accessCode` set before the tag was
  // defined) the form edits that code and reads its device from it, not from `device-id`.
  'access-code-form': (store, id, el) =>
    el.hasAttribute('access-code-id') || (el as { accessCode?: unknown }).accessCode != null ? [] : [store.device(id), store.accessCodes(id)],
  'access-code-details': () => [],
}

/** The attribute of a credential property (`publishableKey` → `publishable-key`), as the elements declare them. */
const attributeOf = (property: string): string => property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/** The session named by an element's own credential attributes, undefined when it has none. */
function sessionOf(el: Element): Session | undefined {
  // `client` is a property only: a page sets it from script, after this has run.
  const source = Object.fromEntries(CREDENTIAL_PROPERTIES.filter((p) => p !== 'client').map((p) => [p, el.getAttribute(attributeOf(p)) ?? undefined]))
  return sessionFor(source, false)
}

/**
 * The sessions openSessionsEarly opened: `answered` settles once each has
 * its answer (or failed: the element reports that), at once when it opened
 * none; `release` lets go of them, once the elements hold them themselves.
 */
export interface EarlySessions {
  readonly opened: boolean
  readonly answered: Promise<void>
  release(): void
}

/**
 * Opens the session of every set of credentials written on the kit's
 * elements in `root` (an element without its own uses its provider's, as it
 * will once connected) and starts the loads those elements make first.
 */
export function openSessionsEarly(root: ParentNode = document): EarlySessions {
  const held = new Map<SessionStore, StoreClaim>()
  for (const el of root.querySelectorAll(Object.keys(FIRST_LOADS).join())) {
    const tag = el.localName
    const provider = tag === 'seam-provider' ? null : el.parentElement?.closest('seam-provider')
    // A mistake in the credentials is the element's to report, when it connects.
    const store = (sessionOf(el) ?? (provider ? sessionOf(provider) : undefined))?.store
    if (!store) continue
    if (!held.has(store)) {
      // Held until the elements have connected and hold it themselves; nobody
      // taking it (the page changed the attributes first), it closes as any
      // unheld session does.
      const claim = new StoreClaim()
      claim.set(store)
      claim.connect()
      held.set(store, claim)
    }
    const deviceId = el.getAttribute('device-id')
    // Each waits for the session in the client; a failure stays in its query
    // for the element to show (and retry) when it connects.
    if (deviceId) for (const query of FIRST_LOADS[tag]!(store, deviceId, el)) void query.refresh()
  }
  return {
    opened: held.size > 0,
    answered: Promise.all([...held.keys()].map((store) => store.sessionReady())).then(() => undefined),
    release: () => {
      for (const claim of held.values()) claim.disconnect()
      held.clear()
    },
  }
}

/** What this module opened as it was evaluated: src/cdn.ts defines the elements when these have answered. */
export const earlySessions: EarlySessions | undefined = typeof document !== 'undefined' ? openSessionsEarly() : undefined

// The script-tag ES module's first act. Evaluating the rest of the entry
// (Lit, the catalog, the elements' classes and styles) takes 30–45 ms on a
// slow machine before the elements in the page's markup upgrade and ask
// for their session; the session's round trip then starts only after it.
// This module is evaluated before all that (src/cdn.ts imports it first) and
// opens the session that the kit's elements written in the markup name, so
// that round trip runs while the rest is evaluated. The element that
// connects a moment later finds the same store: one per credentials
// (src/state/registry.ts). A client session token needs no round trip, and
// an element given credentials later, from script, opens its own as before.
import { StoreClaim } from './state/registry.js'
import { sessionFor } from './state/session.js'

/** The kit's tags that may carry credentials of their own. */
const TAGS = ['seam-provider', 'access-code-table', 'unmanaged-code-list', 'convert-code-dialog', 'access-code-form', 'access-code-details']

/** Opens the session of every set of credentials written on the kit's elements in `root`. */
export function openSessionsEarly(root: ParentNode = document): void {
  const found = root.querySelectorAll(TAGS.map((tag) => `${tag}[publishable-key][user-identifier-key]`).join())
  for (const el of found) {
    const attr = (name: string) => el.getAttribute(name) ?? undefined
    const session = sessionFor(
      { publishableKey: attr('publishable-key'), userIdentifierKey: attr('user-identifier-key'), clientSessionToken: attr('client-session-token'), endpoint: attr('endpoint') },
      false,
    )
    // A mistake in the credentials is the element's to report, when it connects.
    if (!session?.store) continue
    // Held until the elements have connected and hold it themselves; nobody
    // taking it (the page changed the attributes first), it closes as any
    // unheld session does.
    const claim = new StoreClaim()
    claim.set(session.store)
    claim.connect()
    void session.store.sessionReady()
    setTimeout(() => claim.disconnect())
  }
}

if (typeof document !== 'undefined') openSessionsEarly()

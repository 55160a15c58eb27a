// The script-tag ES module (dist/cdn/access-code-elements.js): what the
// first screen of a table needs is in this file; every other element is a
// chunk of the same folder, fetched relative to this file's URL the first
// time a page shows its tag (see defineOnSight). The npm entry, src/index.ts,
// still registers everything at once; the classic file is built from it.
// Its session first: see early-session.ts.
import './early-session.js'
import './context/define.js'
import './elements/access-code-table/define.js'
import { defineOnSight } from './lazy-define.js'

export * from './classes-core.js'
export { AccessCodeTable } from './elements/access-code-table/access-code-table.js'

/**
 * Every lazy element says words of ./i18n/strings.more.en.ts, which its chunk
 * imports: fetched beside the chunk, not once the chunk has arrived and asks.
 */
const withWords =
  (load: () => Promise<unknown>) =>
  (): Promise<unknown> => (void import('./i18n/strings.more.en.js').catch(() => {}), load())

/** One line per lazily loaded tag: its define module, which becomes its chunk. */
const lazy = defineOnSight({
  'unmanaged-code-list': withWords(() => import('./elements/unmanaged-code-list/define.js')),
  // The list renders the dialog (its static dependency), so one chunk holds
  // both: a chunk of the dialog alone, shared by two, would keep the code all
  // three share out of this file.
  'convert-code-dialog': withWords(() => import('./elements/unmanaged-code-list/define.js')),
  'access-code-form': withWords(() => import('./elements/access-code-form/define.js')),
  'access-code-details': withWords(() => import('./elements/access-code-details/define.js')),
  // A new element is one line here (and one in early-session.ts's FIRST_LOADS when it takes credentials).
})

/**
 * Loads and defines one of the kit's elements now, and gives its class: for
 * an element a page renders where the document cannot see it (its own
 * shadow roots), or whose class it wants.
 */
export const loadElement = (tag: string): Promise<CustomElementConstructor> => lazy.load(tag)

// The script-tag ES module (dist/cdn/access-code-elements.js): what the
// first screen of a table needs is in this file; every other element is a
// chunk of the same folder, fetched relative to this file's URL the first
// time a page shows its tag (see defineOnSight). The npm entry, src/index.ts,
// still registers everything at once; the classic file is built from it.
// Its session first: see early-session.ts.
import { earlySessions } from './early-session.js'
import { sleep } from './api/abortable.js'
// The provider at once: its upgrade renders nothing that costs (the lazy chunks import it too).
import './context/define.js'
import { defineOnce } from './define-once.js'
import { AccessCodeTable } from './elements/access-code-table/access-code-table.js'
import { defineOnSight } from './lazy-define.js'

/**
 * The longest the table's tag waits for the sessions opened early to
 * answer before it is defined anyway: a skeleton later than this would be
 * seen to be late.
 */
const HOLD_MS = 100

/**
 * The table's tag is defined once the sessions opened early have answered,
 * and a task later, not while that answer is on its way. Upgrading the
 * tables in the markup and rendering their skeletons takes 15–25 ms of the
 * main thread, and the answer, whose reading takes a few short tasks of its
 * own, waited behind them: the codes' request left 35–45 ms after the
 * session's answer had come in (bench/timeline.mjs), 12 ms now. By the time
 * the tag is defined the codes are on their way, or in: then the table's
 * first render shows its rows, not a skeleton.
 */
function defineTable(): void {
  defineOnce('access-code-table', AccessCodeTable)
  // A task on, the elements hold their sessions themselves.
  setTimeout(() => earlySessions?.release())
}

// A task after the answer: the requests it lets go leave in its microtasks, before the tables upgrade.
if (!earlySessions?.opened) defineTable()
else void Promise.race([earlySessions.answered.then(() => sleep(0)), sleep(HOLD_MS)]).then(defineTable)

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

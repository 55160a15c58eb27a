// The script-tag ES module's way to the English explanations and actions of
// issues: a chunk of its folder, fetched when the first explanation opens
// (the popover waits for it as it waits for its placement) or when a page
// calls loadLocale(). A row shows only titles, so the first screen is
// smaller by them. Swapped in for ./issue-texts.ts by scripts/build.mjs.
import { englishIssueTexts } from './issues.en.js'

let loading: Promise<void> | undefined

/** A promise while the long English issue texts are on their way; undefined once they are here. */
export const issueTextsArriving = (): Promise<void> | undefined =>
  englishIssueTexts.complete
    ? undefined
    : (loading ??= import('./issue-texts.en.js').then(
        () => undefined,
        (error: unknown) => {
          // Offline, or the chunk is not beside the entry: the next ask tries again.
          loading = undefined
          throw error
        },
      ))

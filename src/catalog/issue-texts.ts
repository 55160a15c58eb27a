// Where the English explanations and actions of issues come from in the npm
// modules and the classic file: with the catalog, at once, so explainIssue
// is complete from the first call. The script-tag ES module swaps this file
// for ./issue-texts.cdn.ts (scripts/build.mjs).
import './issue-texts.en.js'

/** A promise while the long English issue texts are on their way; here they never are. */
export const issueTextsArriving = (): Promise<void> | undefined => undefined

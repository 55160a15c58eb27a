// Where the English explanations and actions of issues come from in the npm
// modules: with the catalog, at once, so explainIssue is complete from the
// first call. The script-tag builds swap this file for ./issue-texts.cdn.ts
// (scripts/build.mjs): the ES module fetches them as a chunk, the classic
// file has the same import() made static, so it too has them at once.
import './issue-texts.en.js'

/** A promise while the long English issue texts are on their way; here they never are. */
export const issueTextsArriving = (): Promise<void> | undefined => undefined

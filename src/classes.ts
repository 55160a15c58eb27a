// Classes, types and helpers without registering anything. Every name here
// is public API, chosen one by one; test hooks live in ./testing.ts.
export * from './classes-core.js'
// The store's writes, and "Check again" for one whose outcome is unknown (the
// script-tag module leaves them to the chunks of the elements that write).
export {
  createAccessCode,
  updateAccessCode,
  generateAccessCode,
  pullBackupCode,
  convertUnmanaged,
  deleteManaged,
  deleteUnmanaged,
  checkConversion,
  checkManagedDeletion,
  checkUnmanagedDeletion,
  checkCreate,
  checkUpdate,
  checkPullBackup,
  // Replacing a code Seam cannot convert (issue 15)
  Replacement,
  replacementPin,
  type ReplaceOutcome,
  type ReplaceStep,
} from './state/index.js'
export { AccessCodeTable } from './elements/access-code-table/access-code-table.js'
export { UnmanagedCodeList } from './elements/unmanaged-code-list/unmanaged-code-list.js'
export { ConvertCodeDialog } from './elements/convert-code-dialog/convert-code-dialog.js'
export { AccessCodeForm, type AccessCodeDefaults } from './elements/access-code-form/access-code-form.js'
export { AccessCodeDetails } from './elements/access-code-details/access-code-details.js'

// Classes, types and helpers without registering anything. Every name here
// is public API, chosen one by one; test hooks live in ./testing.ts.
export * from './classes-core.js'
export { AccessCodeTable } from './elements/access-code-table/access-code-table.js'
export { UnmanagedCodeList } from './elements/unmanaged-code-list/unmanaged-code-list.js'
export { ConvertCodeDialog } from './elements/convert-code-dialog/convert-code-dialog.js'
export { AccessCodeForm, type AccessCodeDefaults } from './elements/access-code-form/access-code-form.js'

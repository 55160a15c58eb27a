/**
 * The parts an element shows inside another's shadow root hands on to it
 * (`exportparts`), so a page styles them where it can reach them: a form in
 * the table's dialog is `access-code-table::part(submit-button)`; a page's
 * `access-code-form::part(…)` cannot cross the table's shadow boundary.
 * Under the same names: a `cancel-button` is one whether the dialog or the
 * form inside it draws it. Each list is the `@csspart`s of its element (a
 * test checks every part the nested element renders is on it).
 */
const FORM = ['form', 'field', 'submit-button', 'cancel-button', 'check-button', 'generate-button', 'preview', 'loading', 'error']

const DIALOG = ['dialog', 'confirm-button', 'cancel-button', 'check-button']

const CODE = ['status', 'schedule', 'code', 'issue', 'explanation']

const DETAILS = ['details', ...CODE, 'history', 'event', 'edit-button', 'delete-button', 'backup-button', 'remedy-button', 'loading', 'error']

const list = (...parts: string[][]): string => [...new Set(parts.flat())].join(', ')

/** `<access-code-form>`'s parts. */
export const formParts = list(FORM)

/** `<access-code-details>`'s, with those of the dialog it opens (a backup code, a form to edit). */
export const detailsParts = list(DETAILS, DIALOG, FORM)

/** `<convert-code-dialog>`'s parts. */
export const convertDialogParts = list(DIALOG, CODE, ['error'])

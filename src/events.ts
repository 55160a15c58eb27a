import type { AccessCode, Device, UnmanagedAccessCode } from '@seamapi/types/connect'
import type { CodeField, ExplainedIssue } from './catalog/index.js'
import type { ConversionProblems, CreateCodeParams, SeamError } from './state/index.js'

/** Detail of every public event, by name. All bubble and are composed. */
export interface SeamEventDetails {
  'access-code-selected': { accessCode: AccessCode }
  'access-code-deleted': { accessCodeId: string }
  'unmanaged-code-convert': { accessCode: UnmanagedAccessCode }
  'unmanaged-code-converted': { accessCode: AccessCode }
  'unmanaged-code-convert-failed': {
    accessCodeId: string
    errors: ConversionProblems['access_code_errors']
    warnings: ConversionProblems['access_code_warnings']
    problems: ConversionProblems
  }
  'unmanaged-code-deleted': { accessCodeId: string }
  'seam-error': { error: SeamError }
  // v2: the form, and the remedies of the table
  'access-code-created': { accessCode: AccessCode }
  'access-code-updated': { accessCode: AccessCode }
  'access-code-backup-pulled': { accessCode: AccessCode; backupAccessCode: AccessCode }
  /**
   * A remedy only the page's app can carry out; cancel it to say the page took it over.
   * From the list, `accessCode` is the unmanaged code (`is_managed: false`).
   */
  'seam-remedy': { issue: ExplainedIssue; accessCode: AccessCode | UnmanagedAccessCode; device: Device | undefined }
  // access-code-details
  /** Edit was chosen in the details (cancelable: cancel it to open your own form; the table does, to show its own). */
  'access-code-edit': { accessCode: AccessCode; field: CodeField }
  // v2: replacing a code Seam cannot convert (issue 15)
  /** The new managed code is on the lock and the old code is gone. */
  'unmanaged-code-replaced': { accessCode: AccessCode; replacedAccessCodeId: string }
  /** The form is about to create a code (cancelable: cancel it to carry out the create yourself, as the list's replacement does). */
  'access-code-submit': { params: CreateCodeParams }
}

export type SeamEventName = keyof SeamEventDetails

declare global {
  interface HTMLElementEventMap {
    'access-code-selected': CustomEvent<SeamEventDetails['access-code-selected']>
    'access-code-deleted': CustomEvent<SeamEventDetails['access-code-deleted']>
    'unmanaged-code-convert': CustomEvent<SeamEventDetails['unmanaged-code-convert']>
    'unmanaged-code-converted': CustomEvent<SeamEventDetails['unmanaged-code-converted']>
    'unmanaged-code-convert-failed': CustomEvent<SeamEventDetails['unmanaged-code-convert-failed']>
    'unmanaged-code-deleted': CustomEvent<SeamEventDetails['unmanaged-code-deleted']>
    'seam-error': CustomEvent<SeamEventDetails['seam-error']>
    'access-code-created': CustomEvent<SeamEventDetails['access-code-created']>
    'access-code-updated': CustomEvent<SeamEventDetails['access-code-updated']>
    'access-code-backup-pulled': CustomEvent<SeamEventDetails['access-code-backup-pulled']>
    'seam-remedy': CustomEvent<SeamEventDetails['seam-remedy']>
    'access-code-edit': CustomEvent<SeamEventDetails['access-code-edit']>
    'unmanaged-code-replaced': CustomEvent<SeamEventDetails['unmanaged-code-replaced']>
    'access-code-submit': CustomEvent<SeamEventDetails['access-code-submit']>
  }
}

/**
 * Dispatches a public event from `host`. Returns false when a listener
 * cancelled a cancelable one.
 */
export function emit<K extends SeamEventName>(host: EventTarget, name: K, detail: SeamEventDetails[K], cancelable = false): boolean {
  return host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }))
}

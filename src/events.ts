import type { AccessCode, UnmanagedAccessCode } from '@seamapi/types/connect'
import type { ConversionProblems, SeamError } from './state/index.js'

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
  }
}

/**
 * Dispatches a public event from `host`. Returns false when a listener
 * cancelled a cancelable one.
 */
export function emit<K extends SeamEventName>(host: EventTarget, name: K, detail: SeamEventDetails[K], cancelable = false): boolean {
  return host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }))
}

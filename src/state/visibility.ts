/**
 * Whether the page is on screen. The store polls only while it is; the default
 * reads `document.visibilityState` when there is a document, so the state
 * layer runs (and is tested) without one.
 */
export interface Visibility {
  readonly hidden: boolean
  /** Calls back on every change; returns the unsubscribe. */
  onChange(callback: () => void): () => void
}

export const pageVisibility: Visibility = {
  get hidden() {
    return globalThis.document?.visibilityState === 'hidden'
  },
  onChange(callback) {
    const doc = globalThis.document
    if (doc == null) return () => {}
    const listener = (): void => callback()
    doc.addEventListener('visibilitychange', listener)
    globalThis.addEventListener?.('focus', listener)
    return () => {
      doc.removeEventListener('visibilitychange', listener)
      globalThis.removeEventListener?.('focus', listener)
    }
  },
}

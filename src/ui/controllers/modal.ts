import type { ReactiveController, ReactiveControllerHost } from 'lit'
import type { SeamError, SessionStore } from '../../state/index.js'

/** An element that renders a modal dialog of its own in its shadow root. */
export interface DialogHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment
}

/** What every dialog of an element reads from its host: the session, the words, the zone, and where it reports. */
export interface DialogSession {
  store: () => SessionStore | undefined
  locale: () => string
  /** The zone the page set, if any (the form otherwise takes the lock's). */
  timeZone: () => string | undefined
  announce: (text: string) => void
  report: (error: SeamError) => void
}

/** The element that has focus, through open shadow roots. */
export function deepActiveElement(): HTMLElement | undefined {
  let el = document.activeElement
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
  return el instanceof HTMLElement && el !== document.body ? el : undefined
}

/** Focus is on nothing a person sees: the body, an element that left the document, or one in a closed dialog. */
export function focusIsLost(): boolean {
  const active = deepActiveElement()
  return active === undefined || !active.isConnected || active.checkVisibility?.() === false
}

export interface ModalOptions {
  /** The element's own `<dialog>`, once rendered. */
  dialog: () => HTMLDialogElement | null | undefined
  /** Where focus goes when what opened the dialog is gone or hidden (a row that scrolled away). */
  fallbackFocus?: (() => void) | undefined
  /** The dialog closed (Escape, a close button, `close()`). */
  closed?: (() => void) | undefined
}

/**
 * A native `<dialog>` opened with `showModal()` (focus trap, Escape and an
 * inert page come free), and focus back on what opened it when it closes.
 * The element renders the dialog while `isOpen`, with `@close=${modal.onClose}`.
 */
export class ModalController implements ReactiveController {
  readonly #host: ReactiveControllerHost
  readonly #o: ModalOptions
  #trigger: HTMLElement | undefined
  #pending = false
  isOpen = false

  constructor(host: ReactiveControllerHost, options: ModalOptions) {
    this.#host = host
    this.#o = options
    host.addController(this)
  }

  hostConnected(): void {}

  /** Remembers what has focus now, renders the dialog and opens it modally after the update. */
  open(): void {
    if (!this.isOpen) this.#trigger = deepActiveElement()
    this.isOpen = true
    this.#pending = true
    this.#host.requestUpdate()
  }

  close(): void {
    const dialog = this.#o.dialog()
    if (dialog?.open) dialog.close()
    else if (this.isOpen) this.onClose()
  }

  hostUpdated(): void {
    if (!this.#pending) return
    const dialog = this.#o.dialog()
    // A host taken off the page while a chunk loaded has nothing to show (showModal would throw).
    if (dialog?.isConnected && !dialog.open) dialog.showModal()
    if (dialog) this.#pending = false
  }

  readonly onClose = (): void => {
    if (!this.isOpen) return
    const trigger = this.#trigger
    this.isOpen = false
    this.#trigger = undefined
    this.#host.requestUpdate()
    this.#o.closed?.()
    if (trigger?.isConnected && trigger.checkVisibility()) trigger.focus()
    else this.#o.fallbackFocus?.()
  }
}

import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit'
import { t } from '../i18n/index.js'

/**
 * An inline "Delete X from the lock? [Delete] [Cancel]" that replaces a
 * row's delete button. It moves focus to Cancel when it opens and back to
 * the row's delete button when cancelled, so a keyboard user never lands on
 * the page's body; once confirmed, focus goes to the row (which must be
 * focusable). The trigger carries `data-confirm-trigger=<id>`.
 */
export class InlineConfirm implements ReactiveController {
  readonly #host: ReactiveControllerHost & { renderRoot: ParentNode }
  current: string | undefined
  #focus: { cancel: true } | { trigger: string } | { row: string } | undefined

  constructor(host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    this.#host = host
    host.addController(this)
  }

  open(id: string): void {
    this.current = id
    this.#focus = { cancel: true }
    this.#host.requestUpdate()
  }

  cancel(): void {
    if (this.current) this.#focus = { trigger: this.current }
    this.current = undefined
    this.#host.requestUpdate()
  }

  /** Confirmed: focus moves to the row, which now shows the deletion. */
  close(): void {
    if (this.current) this.#focus = { row: this.current }
    this.current = undefined
    this.#host.requestUpdate()
  }

  hostUpdated(): void {
    const focus = this.#focus
    if (!focus) return
    this.#focus = undefined
    const root = this.#host.renderRoot
    const target =
      'cancel' in focus
        ? root.querySelector('[data-confirm-cancel]')
        : 'trigger' in focus
          ? root.querySelector(`[data-confirm-trigger="${CSS.escape(focus.trigger)}"]`)
          : root.querySelector(`[part~="row"][data-id="${CSS.escape(focus.row)}"]`)
    ;(target as HTMLElement | null)?.focus()
  }

  render(name: string, locale: string, onConfirm: () => void): TemplateResult {
    const question = t(locale, 'confirmDelete', { name })
    // Clicks and keys inside must not select the row around it.
    const stop = (e: Event) => e.stopPropagation()
    return html`<span class="confirm" role="group" aria-label=${question} @click=${stop} @keydown=${stop}>
      <span>${question}</span>
      <button type="button" class="danger" @click=${() => (this.close(), onConfirm())}>${t(locale, 'delete')}</button>
      <button type="button" data-confirm-cancel @click=${() => this.cancel()}>${t(locale, 'cancel')}</button>
    </span>`
  }
}

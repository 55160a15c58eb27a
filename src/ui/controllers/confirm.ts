import { html, noChange, type ElementPart, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit'
import { Directive, directive } from 'lit/directive.js'
import { t } from '../../i18n/index.js'

type Marks = Map<string, WeakRef<HTMLElement>>

/**
 * Remembers the element it sits on under a key, as ref() would, without
 * ref()'s connection tracking: rows come and go as a long list scrolls, so
 * they are held weakly and looked up only when focus must move.
 */
class Mark extends Directive {
  render(_marks: Marks, _key: string) {
    return noChange
  }

  override update(part: ElementPart, [marks, key]: [Marks, string]) {
    if (marks.get(key)?.deref() !== part.element) marks.set(key, new WeakRef(part.element as HTMLElement))
    return noChange
  }
}
const mark = directive(Mark)

type Focus = { to: 'cancel' } | { to: 'trigger' | 'row'; id: string }

/**
 * An inline "Delete X from the lock? [Delete] [Cancel]" that replaces a
 * row's delete button. It moves focus to Cancel when it opens and back to
 * the row's delete button when cancelled, so a keyboard user never lands on
 * the page's body; once confirmed, focus goes to the row (which must be
 * focusable). The element marks its button with `trigger(id)` and its row
 * with `row(id)`.
 */
export class InlineConfirm implements ReactiveController {
  readonly #host: ReactiveControllerHost
  /** The id whose question is open. */
  current: string | undefined
  #focus: Focus | undefined
  readonly #triggers: Marks = new Map()
  readonly #rows: Marks = new Map()
  readonly #cancel: Marks = new Map()

  constructor(host: ReactiveControllerHost) {
    this.#host = host
    host.addController(this)
  }

  open(id: string): void {
    this.current = id
    this.#focus = { to: 'cancel' }
    this.#host.requestUpdate()
  }

  cancel(): void {
    if (this.current) this.#focus = { to: 'trigger', id: this.current }
    this.current = undefined
    this.#host.requestUpdate()
  }

  /** Confirmed: focus moves to the row, which now shows the deletion. */
  close(): void {
    if (this.current) this.#focus = { to: 'row', id: this.current }
    this.current = undefined
    this.#host.requestUpdate()
  }

  /** Moves focus to the row of `id` after the next update (what had it is giving way). */
  focusRow(id: string): void {
    this.#focus = { to: 'row', id }
    this.#host.requestUpdate()
  }

  /** Marks the button that opens the question for `id`. */
  trigger(id: string) {
    return mark(this.#triggers, id)
  }

  /** The row marked for `id`, while it is in the page. */
  rowOf(id: string): HTMLElement | undefined {
    const row = this.#rows.get(id)?.deref()
    return row?.isConnected ? row : undefined
  }

  /** Marks the focusable row of `id`. */
  row(id: string) {
    return mark(this.#rows, id)
  }

  hostUpdated(): void {
    const focus = this.#focus
    if (!focus) return
    this.#focus = undefined
    const target = focus.to === 'cancel' ? this.#cancel.get('')?.deref() : (focus.to === 'trigger' ? this.#triggers : this.#rows).get(focus.id)?.deref()
    if (target?.isConnected) target.focus()
  }

  render(name: string, locale: string, onConfirm: () => void): TemplateResult {
    const question = t(locale, 'confirmDelete', { name })
    // Clicks and keys inside must not select the row around it.
    const stop = (e: Event) => e.stopPropagation()
    return html`<span class="confirm" role="group" aria-label=${question} @click=${stop} @keydown=${stop}>
      <span>${question}</span>
      <button type="button" class="danger" @click=${() => (this.close(), onConfirm())}>${t(locale, 'delete')}</button>
      <button type="button" ${mark(this.#cancel, '')} @click=${() => this.cancel()}>${t(locale, 'cancel')}</button>
    </span>`
  }
}

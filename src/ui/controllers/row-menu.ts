import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit'
import { t } from '../../i18n/index.js'
import type { ActionDescriptor } from '../templates/actions.js'
import { icons } from '../templates/icons.js'

/**
 * A row's menu button, for a row with more actions than fit as icon buttons
 * (`MAX_INLINE_ACTIONS`): the WAI-ARIA menu button pattern. Enter, Space or
 * ArrowDown opens it on its first item, ArrowUp on its last; the arrows,
 * Home and End move between items; Escape closes it and puts focus back on
 * its button; Tab or a click elsewhere closes it. One menu is open per host.
 */
export class RowMenu implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement
  /** The row whose menu is open. */
  open: string | undefined

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host
    host.addController(this)
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.#outside, true)
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.#outside, true)
  }

  readonly #outside = (e: Event): void => {
    if (this.open === undefined) return
    const menu = this.#root()?.querySelector(`[data-menu="${CSS.escape(this.open)}"]`)
    if (menu && e.composedPath().includes(menu)) return
    this.close()
  }

  #root(): ShadowRoot | null {
    return this.#host.shadowRoot
  }

  close(focusButton = false): void {
    const id = this.open
    if (id === undefined) return
    this.open = undefined
    this.#host.requestUpdate()
    if (focusButton) void this.#host.updateComplete.then(() => this.#root()?.querySelector<HTMLElement>(`[data-menu="${CSS.escape(id)}"] > button`)?.focus())
  }

  #show(id: string, at: 'first' | 'last'): void {
    this.open = id
    this.#host.requestUpdate()
    void this.#host.updateComplete.then(() => {
      const items = this.#items(id)
      ;(at === 'first' ? items[0] : items.at(-1))?.focus()
    })
  }

  #items(id: string): HTMLElement[] {
    return [...(this.#root()?.querySelectorAll<HTMLElement>(`[data-menu="${CSS.escape(id)}"] [role=menuitem]`) ?? [])]
  }

  /** The button and, while open, its menu of `actions`, for the row `rowId` named `name`. */
  render(rowId: string, name: string, actions: readonly ActionDescriptor[], locale: string): TemplateResult {
    const open = this.open === rowId
    const menuId = `menu-${rowId}`
    const onButtonKey = (e: KeyboardEvent) => {
      e.stopPropagation()
      if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
        e.preventDefault()
        this.#show(rowId, 'first')
      } else if (e.key === 'ArrowUp') {
        e.preventDefault()
        this.#show(rowId, 'last')
      }
    }
    const onMenuKey = (e: KeyboardEvent) => {
      e.stopPropagation()
      const items = this.#items(rowId)
      const at = items.indexOf(e.target as HTMLElement)
      const move = (i: number) => (e.preventDefault(), items[(i + items.length) % items.length]?.focus())
      if (e.key === 'ArrowDown') move(at + 1)
      else if (e.key === 'ArrowUp') move(at - 1)
      else if (e.key === 'Home') move(0)
      else if (e.key === 'End') move(items.length - 1)
      else if (e.key === 'Escape') {
        e.preventDefault()
        this.close(true)
      } else if (e.key === 'Tab') this.close()
    }
    const choose = (e: Event, action: ActionDescriptor) => {
      e.stopPropagation()
      if (action.unavailable || action.busy) return
      this.close(true)
      action.run()
    }
    return html`<span class="row-menu" data-menu=${rowId}>
      <button
        type="button"
        class="icon-button"
        aria-label=${t(locale, 'moreActions', { name })}
        aria-haspopup="menu"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${open ? menuId : nothing}
        @click=${(e: Event) => (e.stopPropagation(), open ? this.close() : this.#show(rowId, 'first'))}
        @keydown=${onButtonKey}
      >
        ${icons.more}
      </button>
      ${open
        ? html`<div role="menu" id=${menuId} aria-label=${t(locale, 'moreActions', { name })} class="menu" @keydown=${onMenuKey}>
            ${actions.map(
              (a) =>
                html`<button
                    type="button"
                    role="menuitem"
                    tabindex="-1"
                    class=${a.tone && !a.unavailable ? a.tone : ''}
                    data-action=${a.id}
                    aria-disabled=${a.unavailable || a.busy ? 'true' : nothing}
                    aria-describedby=${a.unavailable ? `why-menu-${rowId}-${a.id}` : nothing}
                    @click=${(e: Event) => choose(e, a)}
                  >
                    ${a.icon}<span>${a.tip}</span></button
                  >${a.unavailable ? html`<span id=${`why-menu-${rowId}-${a.id}`} hidden>${a.unavailable}</span>` : nothing}`,
            )}
          </div>`
        : nothing}
    </span>`
  }
}

import { html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit'
import type { PopoverController } from '../popover.js'
import { tipOf, tooltip, type Floating } from './tips.js'

/**
 * One thing a person can do to a row: the table's copy, edit and delete, the
 * list's convert and delete, and whatever a later issue adds. A row's actions
 * are a list of these, rendered the same way everywhere, so one more is one
 * more entry, not one more template.
 */
export interface ActionDescriptor {
  /** Stable within a row ('edit', 'delete', 'convert'…); names its description's id. */
  readonly id: string
  /** The accessible name, with the code's name in it ("Delete Front door"). */
  readonly label: string
  /** The short word of the tooltip ("Delete"). */
  readonly tip: string
  readonly icon: SVGTemplateResult
  readonly run: () => void
  /** 'primary' for the main action of a row, 'danger' for one that destroys. */
  readonly tone?: 'primary' | 'danger' | undefined
  /** Shows `tip` beside the icon (a row's main action, where there is room). */
  readonly labelled?: boolean | undefined
  /** The part name(s) of the button, for the page's CSS. */
  readonly part?: string | undefined
  /**
   * Why it cannot be done here. The button stays focusable (aria-disabled),
   * so the reason is one focus away: its tooltip and its accessible
   * description, not a paragraph in the cell.
   */
  readonly unavailable?: string | undefined
  /** Something runs on the code: disabled for now, nothing to explain. */
  readonly busy?: boolean | undefined
  /** An element directive for the button (DeleteFlow's confirm trigger). */
  readonly attach?: unknown
}

/** Above this many, a row's actions go in a menu (an ARIA menu button). */
export const MAX_INLINE_ACTIONS = 3

const stop = (e: Event) => e.stopPropagation()
/** Enter and Space act on the button, not on the row around it; Escape still reaches the host (it closes the button's tooltip). */
const stopActivation = (e: KeyboardEvent) => {
  if (e.key === 'Enter' || e.key === ' ') e.stopPropagation()
}

/** One action as an icon button, with its name, its tooltip and, when unavailable, its reason. */
export function actionButton(action: ActionDescriptor, rowId: string, popover: PopoverController<Floating> | undefined): TemplateResult {
  const why = action.unavailable
  const whyId = why ? `why-${rowId}-${action.id}` : undefined
  const run = (e: Event) => {
    stop(e)
    if (!why) action.run()
  }
  return html`<button
      ${action.attach ?? nothing}
      type="button"
      part=${action.part ?? nothing}
      class="icon-button action-${action.id} ${!why && action.tone ? action.tone : ''} ${action.labelled ? 'labelled' : ''}"
      data-action=${action.id}
      aria-label=${action.label}
      aria-disabled=${why ? 'true' : nothing}
      aria-describedby=${whyId ?? nothing}
      ?disabled=${!why && action.busy}
      ${tooltip(popover, why ? tipOf(action.tip, why) : action.labelled ? undefined : tipOf(action.tip))}
      @click=${run}
      @keydown=${stopActivation}
    >
      ${action.icon}${action.labelled ? html`<span class="action-label" aria-hidden="true">${action.tip}</span>` : nothing}</button
    >${why ? html`<span id=${whyId!} hidden>${why}</span>` : nothing}`
}

/**
 * A row's actions in one compact place: icon buttons while there are
 * `MAX_INLINE_ACTIONS` or fewer; past that, the first stays and the rest go
 * into a menu behind one "More actions" button (see `actionMenu`).
 */
export function actionsPart(
  actions: readonly ActionDescriptor[],
  rowId: string,
  popover: PopoverController<Floating> | undefined,
  menu?: (rest: readonly ActionDescriptor[]) => TemplateResult,
): TemplateResult | typeof nothing {
  if (actions.length === 0) return nothing
  const inline = actions.length > MAX_INLINE_ACTIONS && menu ? actions.slice(0, 1) : actions
  const rest = actions.slice(inline.length)
  // No wrapper: the caller's container (class row-actions) holds the buttons, its own selectors intact.
  return html`${inline.map((a) => actionButton(a, rowId, popover))}${rest.length > 0 ? menu!(rest) : nothing}`
}

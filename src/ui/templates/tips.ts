import { noChange, nothing } from 'lit'
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js'
import type { ExplainedIssue } from '../../catalog/index.js'
import type { PopoverController } from '../popover.js'

/**
 * A short text the host's one popover shows next to what has hover or focus:
 * what a status or a flag means, what an icon button does, why an action is
 * not available. The same popover explains issues; a host's controller holds
 * either (`Floating`).
 */
export interface Tip {
  readonly kind: 'tip'
  /** The first line, in bold where there is a `text` too. */
  readonly title: string
  readonly text?: string | undefined
}

/** What a host's popover shows: an issue's explanation, or a tip. */
export type Floating = ExplainedIssue | Tip

export const isTip = (value: unknown): value is Tip => (value as Tip | undefined)?.kind === 'tip'

/** The tips a row builds on every render are equal, not identical: keep the first, so the popover does not reopen. */
const tips = new Map<string, Tip>()
export function tipOf(title: string, text?: string): Tip {
  const key = `${title}\u0000${text ?? ''}`
  let tip = tips.get(key)
  if (!tip) {
    if (tips.size > 500) tips.clear()
    tip = Object.freeze({ kind: 'tip', title, text })
    tips.set(key, tip)
  }
  return tip
}

interface Bound {
  popover: PopoverController<Floating>
  tip: Tip
}

/**
 * `<button ${tooltip(popover, tip)}>`: hover and focus show `tip` in the
 * popover, leaving and blur close it. The tip is never the element's only
 * words: its name, or an accessible description, say the same to a screen
 * reader (the popover is not in the tab order and is shown only meanwhile).
 */
class TooltipDirective extends Directive {
  #bound: Bound | undefined
  #element: HTMLElement | undefined

  constructor(info: PartInfo) {
    super(info)
    if (info.type !== PartType.ELEMENT) throw new Error('tooltip() goes on an element')
  }

  render(_popover: PopoverController<Floating> | undefined, _tip: Tip | undefined): unknown {
    return nothing
  }

  override update(part: ElementPart, [popover, tip]: [PopoverController<Floating> | undefined, Tip | undefined]): unknown {
    const before = this.#bound?.tip
    this.#bound = popover && tip ? { popover, tip } : undefined
    const el = part.element as HTMLElement
    if (this.#element !== el) {
      this.#element = el
      el.addEventListener('mouseenter', this.#open)
      el.addEventListener('focus', this.#open)
      el.addEventListener('mouseleave', this.#leave)
      // Focus that leaves, or an activation (a dialog opens, a question takes
      // the button's place), closes it at once: Escape then belongs to what opened.
      el.addEventListener('blur', this.#hide)
      el.addEventListener('click', this.#hide)
    }
    // A tip that changed under the pointer or the focus (a "Copy" that became "Copied") shows.
    const b = this.#bound
    if (b && before && b.tip !== before && el.isConnected && el.matches(':hover, :focus-visible')) b.popover.open(el, b.tip)
    return noChange
  }

  readonly #open = (e: Event): void => {
    const b = this.#bound
    if (b) b.popover.open(e.currentTarget as HTMLElement, b.tip)
  }

  readonly #hide = (): void => {
    const b = this.#bound
    if (b && isTip(b.popover.current)) b.popover.close()
  }

  readonly #leave = (): void => {
    const b = this.#bound
    if (b && isTip(b.popover.current)) b.popover.closeSoon()
  }
}

export const tooltip = directive(TooltipDirective)

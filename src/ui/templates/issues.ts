import type { AccessCode } from '@seamapi/types/connect'
import { html, nothing, type TemplateResult } from 'lit'
import { Directive, directive, type DirectiveResult } from 'lit/directive.js'
import { ref } from 'lit/directives/ref.js'
import { explainIssue, type ExplainedIssue } from '../../catalog/index.js'
import { t, type StringKey } from '../../i18n/index.js'
import type { PopoverController } from '../popover.js'
import type { AnyCode } from './code.js'
import { icons } from './icons.js'
import { isTip, tipOf, tooltip, type Floating } from './tips.js'

export interface IssueFilters {
  errorFilter?: ((error: AccessCode['errors'][number]) => boolean) | undefined
  warningFilter?: ((warning: AccessCode['warnings'][number]) => boolean) | undefined
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

/** The code's errors and warnings, explained, after the host's filters. */
export function issuesOf(code: AnyCode, locale: string, filters: IssueFilters = {}): ExplainedIssue[] {
  const keep = (f: ((x: never) => boolean) | undefined, x: unknown) => {
    try {
      return f ? f(x as never) : true
    } catch {
      return true
    }
  }
  return [
    ...asList(code.errors).filter((e) => keep(filters.errorFilter, e)).map((e) => explainIssue(e, 'error', locale)),
    ...asList(code.warnings).filter((w) => keep(filters.warningFilter, w)).map((w) => explainIssue(w, 'warning', locale)),
  ]
}

export interface ChipOptions {
  /** The code the chips belong to (its id), where a host shows several: with a chip's place, what an open explanation follows. */
  owner?: string | undefined
  /**
   * Enter on a chip whose explanation offers an action: the host moves
   * focus to it (the explanation sits at the end of the host's shadow root,
   * outside the tab order of the rows). Return false to leave Enter as it is.
   */
  onEnter?: ((issue: ExplainedIssue, chip: HTMLElement) => boolean) | undefined
  /**
   * The row form: chips on one line, each showing its short title (cut
   * with an ellipsis where the column is still too narrow; the full title
   * is in its explanation), and past
   * `max` a "+N" button that shows the rest. `expanded` shows them all;
   * `onToggle` flips it (the host keeps which rows are open).
   */
  max?: number | undefined
  expanded?: boolean | undefined
  onToggle?: (() => void) | undefined
}

/** Focusable chips; hovering or focusing one opens its explanation. */
export function issueChips(
  issues: ExplainedIssue[],
  locale: string,
  popover: PopoverController<Floating>,
  options: ChipOptions = {},
): TemplateResult | typeof nothing {
  if (issues.length === 0) return nothing
  const max = options.max ?? Number.POSITIVE_INFINITY
  const shown = issues.length > max && !options.expanded ? max : issues.length
  const rest = issues.length - shown
  const line = options.max !== undefined
  // A chip is its code's and its place's: an explanation open on it follows
  // the issue built there afresh (new data, another language, the details'
  // every render), and the host finds the code by the issue it just built.
  const keyOf = (i: number): string => `${options.owner ?? ''}\n${i}`
  const open = (e: Event, issue: ExplainedIssue, i: number) => popover.open(e.currentTarget as HTMLElement, issue, keyOf(i))
  const enter = (e: KeyboardEvent, issue: ExplainedIssue, i: number) => {
    if (e.key !== 'Enter') return
    e.stopPropagation()
    const chip = e.currentTarget as HTMLElement
    if (options.onEnter) {
      popover.open(chip, issue, keyOf(i))
      if (options.onEnter(issue, chip)) e.preventDefault()
    }
  }
  return html`<ul class="issues ${line ? 'line' : ''} ${options.expanded ? 'expanded' : ''}">
    ${issues.map((issue, i) => {
      popover.follow(keyOf(i), issue)
      return html`<li ?hidden=${i >= shown}>
          <button
            type="button"
            part="issue"
            class="chip ${issue.severity}"
            aria-describedby=${popover.current === issue ? 'explanation' : nothing}
            aria-expanded=${popover.current === issue ? 'true' : 'false'}
            @mouseenter=${(e: Event) => open(e, issue, i)}
            @mouseleave=${() => popover.closeSoon()}
            @focus=${(e: Event) => open(e, issue, i)}
            @blur=${() => popover.closeSoon()}
            @click=${(e: Event) => (e.stopPropagation(), open(e, issue, i))}
            @keydown=${(e: KeyboardEvent) => enter(e, issue, i)}
          >
            ${issue.severity === 'error' ? icons.error : icons.warning}<span class="visually-hidden"
              >${t(locale, 'cardLabel', { label: t(locale, issue.severity === 'error' ? 'issueError' : 'issueWarning') })}</span
            >
            <span class="title">${line ? issue.chip : issue.title}</span>
          </button>
        </li>`
    })}
    ${line && issues.length > max ? moreChip(issues.slice(max), rest, locale, popover, options) : nothing}
  </ul>`
}

/** "+N": the titles of the hidden chips on hover and focus; activating it shows them (and "Fewer" hides them again). */
function moreChip(hidden: ExplainedIssue[], rest: number, locale: string, popover: PopoverController<Floating>, options: ChipOptions): TemplateResult {
  const open = rest === 0
  const label = open ? t(locale, 'fewerIssues') : t(locale, 'moreIssues', { count: rest })
  return html`<li class="more-item">
    <button
      type="button"
      class="chip more"
      aria-expanded=${open ? 'true' : 'false'}
      aria-label=${label}
      ${tooltip(popover, open ? tipOf(label) : tipOf(label, hidden.map((i) => i.title).join(' · ')))}
      @click=${(e: Event) => (e.stopPropagation(), options.onToggle?.())}
      @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && e.stopPropagation()}
    >
      ${open ? '−' : `+${rest}`}
    </button>
  </li>`
}

/**
 * `fn()`, built when its part is committed rather than when the host's
 * template is evaluated: after every part before it in the template,
 * including the rows a `repeat` builds at its own commit.
 */
class AtCommit extends Directive {
  render(fn: () => unknown): unknown {
    return fn()
  }
}
const atCommit = directive(AtCommit)

/**
 * The one popover of a host; place it once in the host's shadow root, after
 * the chips (it is built after them: an open explanation shows the issue
 * its chip was given in this very render, see PopoverController.follow).
 * `actions` renders what the host can do about the issue (a remedy button);
 * with actions it is a group a person can tab within, not a tooltip.
 */
export function explanationPart(
  locale: string,
  popover: PopoverController<Floating>,
  actions?: (issue: ExplainedIssue) => TemplateResult | typeof nothing,
): DirectiveResult {
  return atCommit(() => explanation(locale, popover, actions))
}

function explanation(locale: string, popover: PopoverController<Floating>, actions?: (issue: ExplainedIssue) => TemplateResult | typeof nothing): TemplateResult {
  const current = popover.current
  // A tip shows in the same element: a tooltip, its words already its anchor's name or description.
  const tip = isTip(current) ? current : undefined
  const issue = tip ? undefined : (current as ExplainedIssue | undefined)
  const acts = issue && actions ? actions(issue) : nothing
  return html`<div
    part="explanation"
    id="explanation"
    class=${tip ? 'tip' : nothing}
    role=${acts === nothing ? 'tooltip' : 'group'}
    aria-label=${acts === nothing || !issue ? nothing : issue.title}
    popover=${popover.topLayer ? 'manual' : nothing}
    ${ref(popover.element)}
    ?hidden=${current === undefined || (!popover.topLayer && !popover.visible)}
    @mouseenter=${() => popover.keepOpen()}
    @mouseleave=${() => popover.closeSoon()}
    @focusin=${() => popover.keepOpen()}
    @focusout=${(e: FocusEvent) => !(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null) && popover.closeSoon()}
  >
    ${issue
      ? html`<span class="group">${t(locale, `group_${issue.group}` as StringKey)}</span>
          <strong>${issue.title}</strong>
          <p>${issue.explanation}</p>
          <p><strong>${t(locale, 'whatToDo')}</strong> ${issue.action}</p>
          ${issue.known && issue.message ? html`<p class="muted">${t(locale, 'seamSays', { message: issue.message })}</p>` : nothing}${acts}`
      : tip?.text
        ? html`<strong>${tip.title}</strong>
            <p>${tip.text}</p>`
        : (tip?.title ?? nothing)}
  </div>`
}


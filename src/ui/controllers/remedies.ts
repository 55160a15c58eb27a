import type { Device } from '@seamapi/types/connect'
import type { ReactiveElement, TemplateResult, nothing } from 'lit'
import type { ExplainedIssue } from '../../catalog/index.js'
import { emit, type SeamEventDetails } from '../../events.js'
import type { PopoverController } from '../popover.js'
import { focusRemedy, leaveRemedy, remedyPart, type RemedyAction } from '../templates/remedies.js'

/** A code whose issues can have a remedy: managed (table, details) or unmanaged (list). */
export type RemedyCode = SeamEventDetails['seam-remedy']['accessCode']

type KitKind = Exclude<RemedyAction['kind'], 'host'>

/** How the host carries out the remedies it can do itself, by kind; a kind it leaves out goes to the page as `seam-remedy`. */
export type KitRemedies<C> = { [K in KitKind]?: (action: Extract<RemedyAction, { kind: K }>, code: C) => void }

export interface RemedyOptions<C extends RemedyCode> {
  popover: PopoverController<unknown>
  /** The code the explained issue belongs to. */
  codeOf: (issue: ExplainedIssue) => C | undefined
  /** What this element offers for the issue on this code (remedyAction, or hostRemedy where the kit can do nothing). */
  actionFor: (issue: ExplainedIssue, code: C) => RemedyAction | undefined
  /** The lock, once loaded, for the event's detail. */
  device: () => Device | undefined
  carryOut?: KitRemedies<C>
}

/**
 * The remedy of an explanation, for every element that explains issues: its
 * button, Enter on a chip moving to it, running it, and handing a remedy
 * only the page can carry out to `seam-remedy` (cancelable: cancelled, the
 * page took it over and the explanation closes; not cancelled, the
 * explanation says this page cannot do it). It needs no lifecycle hook of
 * the host's, only its updates.
 */
export class RemedyController<C extends RemedyCode> {
  readonly #host: ReactiveElement
  readonly #options: RemedyOptions<C>
  /**
   * The host remedy nobody on the page took over: its explanation says so.
   * By its chip (the popover's key: code and place) and the issue's own
   * code, not by issue object: the details build theirs in every render,
   * two codes can have equal issues (a lock's warning on each), and new data
   * can put another issue in the same place.
   */
  #unhandled: { chip: string | undefined; issue: string | undefined; severity: string } | undefined

  constructor(host: ReactiveElement, options: RemedyOptions<C>) {
    this.#host = host
    this.#options = options
  }

  /** What this element can do about the issue, if anything. */
  #remedyOf(issue: ExplainedIssue): RemedyAction | undefined {
    const code = this.#options.codeOf(issue)
    return code && this.#options.actionFor(issue, code)
  }

  /** The remedy part of an explanation: pass `(issue) => remedies.part(issue, locale)` to explanationPart. */
  part(issue: ExplainedIssue, locale: string): TemplateResult | typeof nothing {
    const { popover } = this.#options
    return remedyPart(locale, issue, this.#remedyOf(issue), (action) => this.#run(issue, action), this.#isUnhandled(issue), leaveRemedy(popover))
  }

  #isUnhandled(issue: ExplainedIssue): boolean {
    const u = this.#unhandled
    return u !== undefined && u.chip === this.#options.popover.currentKey && u.issue === issue.code && u.severity === issue.severity
  }

  /** Enter on a chip (issueChips' `onEnter`): focus moves to its action, where it has one. */
  enter(issue: ExplainedIssue, code: C): boolean {
    if (!this.#options.actionFor(issue, code)) return false
    focusRemedy(this.#host, this.#options.popover)
    return true
  }

  #run(issue: ExplainedIssue, action: RemedyAction): void {
    const code = this.#options.codeOf(issue)
    if (!code) return
    const { popover, carryOut } = this.#options
    const own = action.kind === 'host' ? undefined : (carryOut?.[action.kind] as ((a: RemedyAction, c: C) => void) | undefined)
    if (own) {
      popover.close()
      own(action, code)
      return
    }
    const handled = !emit(this.#host, 'seam-remedy', { issue, accessCode: code, device: this.#options.device() }, true)
    if (handled) popover.close()
    else {
      this.#unhandled = { chip: popover.currentKey, issue: issue.code, severity: issue.severity }
      this.#host.requestUpdate()
    }
  }
}

import type { AccessCode } from '@seamapi/types/connect'
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit'
import { remedyOf, remedyText, type ExplainedIssue, type RemedyText } from '../../catalog/index.js'
import type { PopoverController } from '../popover.js'

/** What the table or the details can do about an issue of a code. */
export type RemedyAction =
  | { kind: 'edit'; focus: 'code' | 'name'; label: keyof RemedyText }
  | { kind: 'backup'; label: keyof RemedyText }
  | { kind: 'free-slots'; label: keyof RemedyText }
  | { kind: 'host'; label: keyof RemedyText }

export interface RemedyAbilities {
  canEdit: boolean
  canDelete: boolean
}

const hostLabel = (issue: ExplainedIssue): keyof RemedyText =>
  issue.group === 'connected_account' ? 'hostAccount' : issue.group === 'bridge' ? 'hostBridge' : issue.group === 'device' ? 'hostDevice' : 'hostOther'

/**
 * The action for an issue whose remedy only the page's app can carry out,
 * and nothing for the others: what the list offers on an unmanaged code,
 * which the kit cannot edit, pull a backup for, or free slots for.
 */
export function hostRemedy(issue: ExplainedIssue): RemedyAction | undefined {
  return remedyOf(issue.code) === 'host' ? { kind: 'host', label: hostLabel(issue) } : undefined
}

/**
 * The action for an issue's remedy (catalog: remedies.ts), where this table
 * can carry it out for this code; a remedy it cannot carry out here (no
 * edit, offline code, no backup available) is left to the words, or, when
 * only the page's app can act, handed to it through `seam-remedy`.
 */
export function remedyAction(issue: ExplainedIssue, code: AccessCode, can: RemedyAbilities): RemedyAction | undefined {
  const remedy = remedyOf(issue.code)
  const editable = can.canEdit && !code.is_offline_access_code
  switch (remedy) {
    case 'choose-pin':
      return editable ? { kind: 'edit', focus: 'code', label: 'choosePin' } : undefined
    case 'choose-name':
      return editable ? { kind: 'edit', focus: 'name', label: 'chooseName' } : undefined
    case 'use-backup':
      return code.is_backup_access_code_available === true && !code.pulled_backup_access_code_id && code.type === 'time_bound'
        ? { kind: 'backup', label: 'useBackup' }
        : undefined
    case 'free-slots':
      // Without delete here, removing codes is the page's to offer.
      return can.canDelete ? { kind: 'free-slots', label: 'freeSlots' } : { kind: 'host', label: 'hostDevice' }
    case 'host':
      return hostRemedy(issue)
    default:
      return undefined
  }
}

/** The remedy button in the explanation, and what was said when the page did not take a host remedy over. */
export function remedyPart(
  locale: string,
  issue: ExplainedIssue,
  action: RemedyAction | undefined,
  run: (action: RemedyAction) => void,
  unhandled: boolean,
  leave: (e: KeyboardEvent) => void,
): TemplateResult | typeof nothing {
  if (!action) return nothing
  return html`<p class="remedy">
      <button type="button" class="primary" part="remedy-button" data-remedy=${action.kind} @click=${() => run(action)} @keydown=${leave}>
        ${remedyText(action.label, locale)}
      </button>
    </p>
    <p class="remedy-note muted" role="status">${unhandled ? remedyText('hostNotHandled', locale, { action: issue.action }) : nothing}</p>`
}

/** Tab from an explanation's action goes back to its chip, and on from there. */
export const leaveRemedy =
  (popover: PopoverController<unknown>) =>
  (e: KeyboardEvent): void => {
    if (e.key !== 'Tab') return
    e.preventDefault()
    popover.closeAndFocusAnchor()
  }

/**
 * Enter on a chip with an action: focus moves to the action once the
 * explanation shows (its placement may still be loading: a hidden popover
 * takes no focus). Shared through RemedyController.
 */
export function focusRemedy(host: ReactiveElement, popover: PopoverController<unknown>): void {
  void host.updateComplete
    .then(() => popover.shown)
    .then(() => host.renderRoot.querySelector<HTMLElement>('[part~="explanation"] [data-remedy]')?.focus())
}

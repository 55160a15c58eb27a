import type { AccessCode, UnmanagedAccessCode } from '@seamapi/types/connect'
import { html, nothing, type TemplateResult } from 'lit'
import { describeStatus, explainIssue, type ExplainedIssue } from '../catalog/index.js'
import { t, type StringKey } from '../i18n/index.js'
import { describeSchedule, displayName, type FormatContext } from './format.js'
import { icons, type StatusIcon } from './icons.js'
import type { PopoverController } from './popover.js'

// Templates for the parts of a code that the table, the list and the dialog
// all show. Every string from Seam goes into a text binding: never parsed.

export type AnyCode = AccessCode | UnmanagedAccessCode

export function statusPart(status: unknown, locale: string, withMeaning = true): TemplateResult {
  const s = describeStatus(status, locale)
  const key = (s.known ? String(status) : 'unknown') as StatusIcon
  return html`<span part="status" class="status status-${key}"
    >${icons[key] ?? icons.unknown}<span>${s.label}${withMeaning ? html`<span class="meaning">${s.meaning}</span>` : nothing}</span></span
  >`
}

export function schedulePart(code: Pick<AnyCode, 'type' | 'starts_at' | 'ends_at'>, ctx: FormatContext): TemplateResult {
  const s = describeSchedule(code, ctx)
  return html`<span part="schedule">${s.text}${s.relative ? html`<span class="meaning">${s.relative}</span>` : nothing}</span>`
}

/** Why there is no PIN to show, or undefined when there is one. */
export function pinAbsence(code: AnyCode, pinHiddenByProvider: boolean): StringKey | undefined {
  if ((code as AccessCode).is_waiting_for_code_assignment) return 'pinWaiting'
  if (typeof code.code === 'string' && code.code !== '') return undefined
  return pinHiddenByProvider ? 'pinHidden' : 'pinNone'
}

export function pinPart(code: AnyCode, locale: string, opts: { hiddenByProvider?: boolean; onCopy?: (pin: string) => void; copied?: boolean } = {}): TemplateResult {
  const absence = pinAbsence(code, opts.hiddenByProvider ?? false)
  if (absence) return html`<span part="code" class="muted no-pin">${t(locale, absence)}</span>`
  const pin = code.code as string
  return html`<span class="pin"
    ><span part="code">${pin}</span>${opts.onCopy
      ? html`<button
          type="button"
          class="copy"
          aria-label=${t(locale, 'copyCode', { name: displayName(code, locale) })}
          title=${t(locale, opts.copied ? 'copied' : 'copy')}
          @click=${(e: Event) => (e.stopPropagation(), opts.onCopy!(pin))}
        >
          ${icons.copy}<span class="visually-hidden">${t(locale, opts.copied ? 'copied' : 'copy')}</span>
        </button>`
      : nothing}</span
  >`
}

/** The flags of a managed code, in words. */
export function flagKeys(code: AnyCode): StringKey[] {
  const c = code as Partial<AccessCode>
  const keys: StringKey[] = []
  if (c.is_offline_access_code) keys.push('flagOffline')
  if (c.is_one_time_use) keys.push('flagOneTime')
  if (c.pulled_backup_access_code_id) keys.push('flagBackupInUse')
  else if (c.is_backup_access_code_available) keys.push('flagBackupAvailable')
  if (c.common_code_key) keys.push('flagLinked')
  if (c.is_external_modification_allowed) keys.push('flagExternal')
  if (c.is_scheduled_on_device) keys.push('flagScheduled')
  return keys
}

export function flagsPart(code: AnyCode, locale: string): TemplateResult | typeof nothing {
  const keys = flagKeys(code)
  return keys.length === 0 ? nothing : html`<ul class="flags">${keys.map((k) => html`<li class="flag">${t(locale, k)}</li>`)}</ul>`
}

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

/** Focusable chips; hovering or focusing one opens its explanation. */
export function issueChips(issues: ExplainedIssue[], locale: string, popover: PopoverController<ExplainedIssue>): TemplateResult | typeof nothing {
  if (issues.length === 0) return nothing
  const open = (e: Event, issue: ExplainedIssue) => popover.open(e.currentTarget as HTMLElement, issue)
  return html`<ul class="issues">
    ${issues.map(
      (issue) =>
        html`<li>
          <button
            type="button"
            part="issue"
            class="chip ${issue.severity}"
            aria-describedby=${popover.current === issue ? 'explanation' : nothing}
            aria-expanded=${popover.current === issue ? 'true' : 'false'}
            @mouseenter=${(e: Event) => open(e, issue)}
            @mouseleave=${() => popover.closeSoon()}
            @focus=${(e: Event) => open(e, issue)}
            @blur=${() => popover.closeSoon()}
            @click=${(e: Event) => (e.stopPropagation(), open(e, issue))}
            @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && e.stopPropagation()}
          >
            ${issue.severity === 'error' ? icons.error : icons.warning}<span class="visually-hidden"
              >${t(locale, issue.severity === 'error' ? 'issueError' : 'issueWarning')}:</span
            >
            ${issue.title}
          </button>
        </li>`,
    )}
  </ul>`
}

/** The one popover of a host; place it once in the host's shadow root. */
export function explanationPart(locale: string, popover: PopoverController<ExplainedIssue>): TemplateResult {
  const issue = popover.current
  return html`<div
    part="explanation"
    id="explanation"
    role="tooltip"
    popover="manual"
    ?hidden=${issue === undefined}
    @mouseenter=${() => popover.keepOpen()}
    @mouseleave=${() => popover.closeSoon()}
  >
    ${issue
      ? html`<span class="group">${t(locale, `group_${issue.group}` as StringKey)}</span>
          <strong>${issue.title}</strong>
          <p>${issue.explanation}</p>
          <p><strong>${t(locale, 'whatToDo')}</strong> ${issue.action}</p>
          ${issue.known && issue.message ? html`<p class="muted">${t(locale, 'seamSays', { message: issue.message })}</p>` : nothing}`
      : nothing}
  </div>`
}

import { html, nothing, type TemplateResult } from 'lit'
import { describeStatus } from '../../catalog/index.js'
import { t } from '../../i18n/index.js'
import type { Activity } from '../../state/index.js'
import { icons, type StatusIcon } from './icons.js'

/** What an activity of this session looks like: the status it leads to, and its words in the compact form. */
const ACTIVITY = {
  deleting: { status: 'removing', words: 'deletingFromLock' },
  converting: { status: 'setting', words: 'converting' },
  // Leads to no status we could name: said as what is happening, in both forms.
  checking: { status: 'unknown', words: 'checkingOutcome' },
} as const satisfies Record<Activity, { status: StatusIcon; words: string }>

export interface StatusOptions {
  /** Something this session is doing to the code; shown instead of the status Seam reported. */
  activity?: Activity | undefined
  /** Adds the line that says what the status means (default true). */
  meaning?: boolean
}

/**
 * A code's status in words. An activity of this session wins over what Seam
 * last reported: with the meaning line it reads as the status it leads to
 * ("Removing", being removed from the lock); in the compact form, as what is
 * happening ("Deleting from the lock…").
 */
export function statusPart(status: unknown, locale: string, options: StatusOptions = {}): TemplateResult {
  const withMeaning = options.meaning ?? true
  const activity = options.activity ? ACTIVITY[options.activity] : undefined
  if (activity && (!withMeaning || options.activity === 'checking')) {
    return html`<span part="status" class="status status-${activity.status}">${icons[activity.status]}${t(locale, activity.words)}</span>`
  }
  const shown = activity?.status ?? status
  const s = describeStatus(shown, locale)
  const key = (s.known ? String(shown) : 'unknown') as StatusIcon
  return html`<span part="status" class="status status-${key}"
    >${icons[key] ?? icons.unknown}<span>${s.label}${withMeaning ? html`<span class="meaning">${s.meaning}</span>` : nothing}</span></span
  >`
}

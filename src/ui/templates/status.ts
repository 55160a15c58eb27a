import { html, nothing, type TemplateResult } from 'lit'
import { describeStatus } from '../../catalog/index.js'
import { t } from '../../i18n/index.js'
import type { Activity } from '../../state/index.js'
import type { PopoverController } from '../popover.js'
import { icons, type StatusIcon } from './icons.js'
import { tipOf, tooltip, type Floating } from './tips.js'

/** What an activity of this session looks like: the status it leads to, and its words in the compact form. */
const ACTIVITY = {
  deleting: { status: 'removing', words: 'deletingFromLock' },
  converting: { status: 'setting', words: 'converting' },
  // Leads to no status we could name: said as what is happening, in both forms.
  checking: { status: 'unknown', words: 'checkingOutcome' },
  // The list's own: a replacement of the code runs (its dialog may be closed).
  replacing: { status: 'setting', words: 'replacing' },
} as const satisfies Record<ShownActivity, { status: StatusIcon; words: string }>

/** What an element shows a code going through: the store's activity, or one of the element's own runs. */
export type ShownActivity = Activity | 'replacing'

export interface StatusOptions {
  /** Something this session is doing to the code; shown instead of the status Seam reported. */
  activity?: ShownActivity | undefined
  /** Adds the line that says what the status means (default true). */
  meaning?: boolean
  /**
   * The row form (the table's and the list's): the status word and icon,
   * focusable, its meaning one focus away in the host's popover and, for a
   * screen reader, its accessible description (`statusMeanings` holds the
   * texts, once per host). No meaning line then; `meaning: false` still
   * picks the compact words of an activity.
   */
  popover?: PopoverController<Floating> | undefined
}

/** The statuses whose meaning a row refers to. */
const STATUSES = ['set', 'setting', 'unset', 'removing', 'unknown'] as const

/**
 * A status value this kit does not know (one Seam added later) shows the
 * `unknown` icon, but means something else: "unknown" is Seam not knowing,
 * this is the page not knowing. It has a meaning of its own to point at.
 */
const UNRECOGNISED = 'unrecognised'

/** The id of the hidden text that says what a status means (in `statusMeanings`). */
export const meaningId = (status: string) => `meaning-${status}`

/** What each status means, hidden, once per host: the rows' statuses are described by these. */
export function statusMeanings(locale: string): TemplateResult {
  // `undefined` is no status, so the catalog gives the unrecognised one's words.
  const unrecognised = html`<span id=${meaningId(UNRECOGNISED)}>${describeStatus(undefined, locale).meaning}</span>`
  return html`<div hidden>${STATUSES.map((s) => html`<span id=${meaningId(s)}>${describeStatus(s, locale).meaning}</span>`)}${unrecognised}</div>`
}

/**
 * A code's status in words. An activity of this session wins over what Seam
 * last reported: with the meaning line it reads as the status it leads to
 * ("Removing", being removed from the lock); in the compact form, as what is
 * happening ("Deleting from the lock…").
 */
export function statusPart(status: unknown, locale: string, options: StatusOptions = {}): TemplateResult {
  const popover = options.popover
  const withMeaning = options.meaning ?? true
  const activity = options.activity ? ACTIVITY[options.activity] : undefined
  if (popover) return statusTip(status, locale, popover, options.activity, options.meaning === false)
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

/**
 * The row form: one line, word and icon; the meaning in the popover and the
 * description. An activity reads as in the other forms: with `compact` as
 * what happens ("Deleting from the lock…"), else as the status it leads to.
 */
function statusTip(status: unknown, locale: string, popover: PopoverController<Floating>, activity: ShownActivity | undefined, compact: boolean): TemplateResult {
  const a = activity ? ACTIVITY[activity] : undefined
  const shown = a?.status ?? status
  const s = describeStatus(shown, locale)
  const key = (s.known ? String(shown) : 'unknown') as (typeof STATUSES)[number]
  // "Checking" leads to no status we could name, and "Replacing" to the old code's end: neither has a meaning to give.
  const checking = activity === 'checking' || activity === 'replacing'
  const label = a && (compact || checking) ? t(locale, a.words) : s.label
  return html`<button
    type="button"
    part="status"
    class="status status-${key} tip-anchor"
    aria-describedby=${checking ? nothing : meaningId(s.known ? key : UNRECOGNISED)}
    ${tooltip(popover, checking ? tipOf(label) : tipOf(label, s.meaning))}
    @click=${(e: Event) => e.stopPropagation()}
  >
    ${icons[key] ?? icons.unknown}<span class="status-word">${label}</span>
  </button>`
}

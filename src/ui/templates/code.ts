import type { AccessCode, UnmanagedAccessCode } from '@seamapi/types/connect'
import { html, nothing, type TemplateResult } from 'lit'
import { t, type StringKey } from '../../i18n/index.js'
import { describeSchedule, displayName, formatDay, formatFull, type FormatContext } from '../format.js'
import type { PopoverController } from '../popover.js'
import type { ResolvedZone } from '../zoned-time.js'
import { flagIcons, icons } from './icons.js'
import { tipOf, tooltip, type Floating } from './tips.js'

// Templates for the parts of a code that the table, the list and the dialog
// all show: schedule, PIN and flags. Every string from Seam goes into a text
// binding: never parsed.

export type AnyCode = AccessCode | UnmanagedAccessCode

export interface ScheduleOptions {
  /** The row form: one line (cut with an ellipsis where narrow), the full dates and times on hover. */
  line?: boolean
}

export function schedulePart(code: Pick<AnyCode, 'type' | 'starts_at' | 'ends_at'>, ctx: FormatContext, options: ScheduleOptions = {}): TemplateResult {
  const s = describeSchedule(code, ctx)
  if (options.line) {
    const full = describeSchedule(code, ctx, true)
    const title = full.relative ? `${full.text} (${full.relative})` : full.text
    return html`<span part="schedule" class="line" title=${title}
      >${s.text}${s.relative ? html` <span class="relative">${s.relative}</span>` : nothing}</span
    >`
  }
  return html`<span part="schedule">${s.text}${s.relative ? html`<span class="meaning">${s.relative}</span>` : nothing}</span>`
}

/**
 * A date as a row shows it: the day only ("1 Nov 2026"), in the zone of
 * `ctx`; the full date and time on hover, and exact for machines.
 */
export function datePart(ms: number, ctx: FormatContext): TemplateResult {
  return html`<time datetime=${new Date(ms).toISOString()} title=${formatFull(ms, ctx)}>${formatDay(ms, ctx)}</time>`
}

/** Why there is no PIN to show, or undefined when there is one. */
export function pinAbsence(code: AnyCode, pinHiddenByProvider: boolean): StringKey | undefined {
  if ((code as AccessCode).is_waiting_for_code_assignment) return 'pinWaiting'
  if (typeof code.code === 'string' && code.code !== '') return undefined
  return pinHiddenByProvider ? 'pinHidden' : 'pinNone'
}

export function pinPart(
  code: AnyCode,
  locale: string,
  opts: { hiddenByProvider?: boolean; onCopy?: (pin: string, shown: Element) => void; copied?: CopyOutcome | undefined; popover?: PopoverController<Floating> | undefined } = {},
): TemplateResult {
  const absence = pinAbsence(code, opts.hiddenByProvider ?? false)
  if (absence) return html`<span part="code" class="muted no-pin">${t(locale, absence)}</span>`
  const pin = code.code as string
  const word = opts.copied ?? 'copy'
  return html`<span class="pin"
    ><span part="code">${pin}</span>${opts.onCopy
      ? html`<button
          type="button"
          class="copy icon-button"
          aria-label=${t(locale, 'copyCode', { name: displayName(code, locale) })}
          title=${opts.popover ? nothing : t(locale, word)}
          ${tooltip(opts.popover, tipOf(t(locale, word)))}
          @click=${(e: Event) => (e.stopPropagation(), opts.onCopy!(pin, (e.currentTarget as Element).closest('.pin')!.querySelector('[part~="code"]')!))}
        >
          ${icons.copy}<span class="visually-hidden">${t(locale, word)}</span>
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

/**
 * The flags of a code: in words, or with a popover as the row shows them,
 * one icon each, its words its name and its tooltip.
 */
export function flagsPart(code: AnyCode, locale: string, popover?: PopoverController<Floating>): TemplateResult | typeof nothing {
  const keys = flagKeys(code)
  if (keys.length === 0) return nothing
  if (!popover) return html`<ul class="flags">${keys.map((k) => html`<li class="flag">${t(locale, k)}</li>`)}</ul>`
  return html`<ul class="flags icons">
    ${keys.map(
      (k) =>
        html`<li>
          <button type="button" class="flag tip-anchor" ${tooltip(popover, tipOf(t(locale, k)))} @click=${(e: Event) => e.stopPropagation()}
            >${flagIcons[k as keyof typeof flagIcons]}<span class="visually-hidden">${t(locale, k)}</span></button
          >
        </li>`,
    )}
  </ul>`
}

/** Names the zone of the times shown, where it is not the browser's (CONTRACT v2). */
export function zoneNotePart(locale: string, zone: ResolvedZone, retry?: () => void): TemplateResult | typeof nothing {
  // Times a person may read as the lock's are the browser's: said, with a way to ask for the lock again.
  if (zone.lockUnknown) {
    return html`<p class="zone muted" role="status">
      ${t(locale, 'timesInBrowserLockUnknown', { zone: zone.timeZone })}
      ${retry ? html`<button type="button" @click=${retry}>${t(locale, 'tryAgain')}</button>` : nothing}
    </p>`
  }
  if (!zone.differsFromBrowser) return nothing
  return html`<p class="zone muted">${t(locale, zone.source === 'lock' ? 'timesIn' : 'timesInPage', { zone: zone.timeZone })}</p>`
}

/** What the Copy button says for a moment after a press: it copied, or the clipboard refused. */
export type CopyOutcome = 'copied' | 'copyRefused'

/** How long the button says it, in ms: a refusal asks the reader to do something, so it stays longer. */
export const COPY_SAID_MS: Record<CopyOutcome, number> = { copied: 1500, copyRefused: 5000 }

/**
 * Copies a PIN for pinPart's Copy button and says so aloud: its tip is for
 * the eyes, and the button's name does not change. A clipboard that refuses
 * (no permission, an insecure page, no clipboard at all) is said too, and
 * the PIN on screen (`shown`) is selected, ready to copy by hand.
 */
export async function copyPin(pin: string, shown: Element, locale: string, say: (text: string) => void): Promise<CopyOutcome> {
  try {
    await navigator.clipboard.writeText(pin)
  } catch {
    try {
      getSelection()?.selectAllChildren(shown)
    } catch {
      // A selection inside a shadow root some engine refuses: the words still say what to do.
    }
    say(t(locale, 'copyRefused'))
    return 'copyRefused'
  }
  say(t(locale, 'copied'))
  return 'copied'
}

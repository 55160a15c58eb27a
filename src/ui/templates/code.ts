import type { AccessCode, UnmanagedAccessCode } from '@seamapi/types/connect'
import { html, nothing, type TemplateResult } from 'lit'
import { t, type StringKey } from '../../i18n/index.js'
import { describeSchedule, displayName, type FormatContext } from '../format.js'
import type { ResolvedZone } from '../zoned-time.js'
import { icons } from './icons.js'

// Templates for the parts of a code that the table, the list and the dialog
// all show: schedule, PIN and flags. Every string from Seam goes into a text
// binding: never parsed.

export type AnyCode = AccessCode | UnmanagedAccessCode

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

/** Names the zone of the times shown, where it is not the browser's (CONTRACT v2). */
export function zoneNotePart(locale: string, zone: ResolvedZone): TemplateResult | typeof nothing {
  if (!zone.differsFromBrowser) return nothing
  return html`<p class="zone muted">${t(locale, zone.source === 'lock' ? 'timesIn' : 'timesInPage', { zone: zone.timeZone })}</p>`
}

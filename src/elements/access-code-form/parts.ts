import { html, nothing, type TemplateResult } from 'lit'
import { codeOptionText, codeRuleText, roundingText } from '../../catalog/code-rules.js'
import { t } from '../../i18n/index.js'
import '../../i18n/strings.more.en.js'
import { zonedIntl } from '../../ui/format.js'
import type { ResolvedZone } from '../../ui/zoned-time.js'
import { keepsOpenSchedule, timeWindow, type CheckContext, type CodeOptions, type FormValues, type OptionKey } from './model.js'
import { checkPin, type LockRules, type PinRuleKey } from './rules.js'

// The form's smaller parts: the PIN rules as a checklist, "More options",
// and the preview of when the code works.

/** Every rule of the lock, marked kept or not as the PIN is typed. */
export function pinRulesPart(locale: string, pin: string, rules: LockRules, ruleText: (key: PinRuleKey) => string): TemplateResult {
  const typed = pin !== ''
  return html`<p class="hint" id="pin-rules-intro">${t(locale, 'pinRulesIntro')}</p>
    <ul class="rules" id="pin-rules" aria-labelledby="pin-rules-intro">
      ${checkPin(pin, rules).map(({ key, met }) => {
        const state = !typed ? 'pending' : met === undefined ? 'unknown' : met ? 'met' : 'unmet'
        const mark = state === 'met' ? '✓' : state === 'unmet' ? '✗' : '•'
        const word = state === 'met' ? 'ruleMet' : state === 'unmet' ? 'ruleUnmet' : state === 'unknown' ? 'ruleUnchecked' : undefined
        return html`<li class=${state} data-rule=${key}>
          <span class="mark" aria-hidden="true">${mark}</span><span>${ruleText(key)}${word ? html`<span class="visually-hidden">: ${t(locale, word)}</span>` : nothing}</span>
        </li>`
      })}
    </ul>`
}

/** "More options": only those the lock supports for this code, each with one line of what it does. */
export function optionsPart(
  locale: string,
  shown: OptionKey[],
  values: CodeOptions,
  set: (key: OptionKey, value: CodeOptions[OptionKey]) => void,
  o: { offlineOnly: boolean },
): TemplateResult {
  const check = (key: Exclude<OptionKey, 'max_time_rounding'>) => {
    const text = codeOptionText(key, locale)
    return html`<div class="option">
      <label class="choice"
        ><input
          type="checkbox"
          name=${key}
          .checked=${values[key]}
          aria-describedby=${`${key}-meaning`}
          @change=${(e: Event) => set(key, (e.target as HTMLInputElement).checked)}
        />${text.label}</label
      >
      <p class="meaning" id=${`${key}-meaning`}>${text.meaning}</p>
    </div>`
  }
  const rounding = () => {
    const text = codeOptionText('max_time_rounding', locale)
    const choice = (value: '1hour' | '1day', label: 'roundHour' | 'roundDay') =>
      html`<label class="choice"
        ><input type="radio" name="max_time_rounding" .checked=${values.max_time_rounding === value} @change=${() => set('max_time_rounding', value)} />${roundingText(
          label,
          locale,
        )}</label
      >`
    return html`<fieldset class="option" aria-describedby="max_time_rounding-meaning">
      <legend>${text.label}</legend>
      ${choice('1hour', 'roundHour')} ${choice('1day', 'roundDay')}
      <p class="meaning" id="max_time_rounding-meaning">${text.meaning}</p>
    </fieldset>`
  }
  return html`<details class="more">
    <summary>${t(locale, 'moreOptions')}</summary>
    ${o.offlineOnly ? html`<p class="hint">${t(locale, 'offlineOnly')}</p>` : nothing}
    ${shown.map((key) => (key === 'max_time_rounding' ? rounding() : check(key)))}
  </details>`
}

const previewFormats = new Map<string, Intl.DateTimeFormat>()
function previewFormat(locale: string, timeZone: string, withYear: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${withYear}`
  let f = previewFormats.get(key)
  if (!f) {
    const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone }
    if (withYear) options.year = 'numeric'
    f = zonedIntl((l, zone) => new Intl.DateTimeFormat(l, { ...options, timeZone: zone }), locale, timeZone)
    previewFormats.set(key, f)
  }
  return f
}

/** When the code works, in words, in the zone the times are entered in ("…, lock time"). */
export function previewText(locale: string, values: FormValues, c: CheckContext, zone: ResolvedZone, offline: boolean): string {
  if (!values.timeBound) return t(locale, 'previewOngoing')
  const w = timeWindow(values, zone.timeZone, c.now, c.original)
  const year = new Date(c.now).getUTCFullYear()
  const fmt = (ms: number) => previewFormat(locale, zone.timeZone, new Date(ms).getUTCFullYear() !== year).format(ms)
  const word =
    zone.source === 'lock' ? t(locale, 'zoneWordLock') : zone.source === 'page' ? t(locale, 'zoneWordPage', { zone: zone.timeZone }) : t(locale, 'zoneWordBrowser')
  // A code Seam holds without an end, its schedule left alone: it is saved as it is, so say what that is.
  if (keepsOpenSchedule(values, c.original)) return w.start == null ? t(locale, 'previewOngoing') : t(locale, 'previewNoEnd', { start: fmt(w.start), zone: word })
  if (w.end == null || w.end <= (w.start ?? c.now)) return t(locale, 'previewIncomplete')
  const sentence =
    w.start == null ? t(locale, 'previewFromNow', { end: fmt(w.end), zone: word }) : t(locale, 'previewWindow', { start: fmt(w.start), end: fmt(w.end), zone: word })
  const extra = [w.startPassed ? codeRuleText('startPassed', locale) : '', offline && values.options.is_one_time_use ? t(locale, 'previewOnce') : '']
  return [sentence, ...extra].filter(Boolean).join(' ')
}

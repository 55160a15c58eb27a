import { html, nothing, type TemplateResult } from 'lit'
import type { SeamError } from '../../state/index.js'
import { describeError } from '../../catalog/index.js'
import { t, type StringKey } from '../../i18n/index.js'
import type { QueryState } from '../../state/query.js'

// The blocks every data element shows instead of, or above, its data. The
// words of an error always come from describeError, never from its message.

/** The element has no session: why, and what to do. */
export function sessionErrorBlock(locale: string, error: SeamError): TemplateResult {
  return html`<p part="error" role="alert">${t(locale, 'noSession')}<br />${describeError(locale, error)}</p>`
}

/** The element needs `device-id` and has none. */
export function noDeviceBlock(locale: string): TemplateResult {
  return html`<p part="error" role="alert">${t(locale, 'noDevice')}</p>`
}

/** The first load failed: why, and a way to try again. */
export function loadFailedBlock(locale: string, error: SeamError, retry: () => void, what: StringKey = 'loadFailed'): TemplateResult {
  return html`<div part="error" role="alert">
    <p>${t(locale, what)} ${describeError(locale, error)}</p>
    <button type="button" @click=${retry}>${t(locale, 'tryAgain')}</button>
  </div>`
}

/** A skeleton of `rows` lines while the first load is on its way. */
export function loadingBlock(locale: string, rows = 3, what: StringKey = 'loading'): TemplateResult {
  return html`<div part="loading" aria-busy="true">
    <span class="visually-hidden">${t(locale, what)}</span>
    ${Array.from({ length: rows }, () => html`<div class="skeleton" aria-hidden="true"></div>`)}
  </div>`
}

/** What shows until data first arrives: the failure with "Try again", else the skeleton. */
export function unloadedBlock(locale: string, state: QueryState<unknown> | undefined, retry: () => void, rows = 3): TemplateResult {
  return state?.error ? loadFailedBlock(locale, state.error, retry) : loadingBlock(locale, rows)
}

/** The data shown may be out of date: the last refresh failed, and why (an unreadable answer is not an empty list). */
export function staleNotice(locale: string, state: QueryState<unknown> | undefined, retry: () => void): TemplateResult | typeof nothing {
  if (!state?.stale) return nothing
  const why = state.error ? describeError(locale, state.error) : ''
  return html`<p class="stale" role="status">${t(locale, 'stale')} ${why} <button type="button" @click=${retry}>${t(locale, 'tryAgain')}</button></p>`
}

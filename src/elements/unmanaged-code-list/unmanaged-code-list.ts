import type { Device, UnmanagedAccessCode } from '@seamapi/types/connect'
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { property, state } from 'lit/decorators.js'
import { repeat } from 'lit/directives/repeat.js'
import { describeProviderRule, providerHas, providerOf, type ExplainedIssue } from '../../catalog/index.js'
import type { SeamError } from '../../api/errors.js'
import { emit } from '../../events.js'
import { describeError, t } from '../../i18n/index.js'
import { convertUnmanaged, deleteUnmanaged } from '../../state/mutations.js'
import { displayName } from '../../ui/format.js'
import { icons } from '../../ui/icons.js'
import { explanationPart, issueChips, issuesOf, pinPart, schedulePart, statusPart } from '../../ui/parts.js'
import { Announcer } from '../../ui/announcer.js'
import { InlineConfirm } from '../../ui/confirm.js'
import { PopoverController } from '../../ui/popover.js'
import { memo } from '../../ui/memo.js'
import { QueryController } from '../../ui/query-controller.js'
import { RowWindow, spacerItem } from '../../ui/row-window.js'
import { SeamElement } from '../../ui/seam-element.js'
import { codeParts, tokens } from '../../ui/styles.js'
import type { ConvertCodeDialog } from '../convert-code-dialog/convert-code-dialog.js'
import { styles } from './unmanaged-code-list.styles.js'

const BUSY_POLL_MS = 3_000

/**
 * The codes on a lock that Seam does not manage, with the actions the API
 * allows: convert them to managed codes, or delete them from the lock.
 *
 * @tagname unmanaged-code-list
 * @summary Codes on a device set outside Seam, with convert and delete.
 * @fires {CustomEvent<SeamEventDetails['unmanaged-code-convert']>} unmanaged-code-convert - Convert was chosen; cancel it to show your own UI instead of the dialog. `detail: { accessCode }`
 * @fires {CustomEvent<SeamEventDetails['unmanaged-code-converted']>} unmanaged-code-converted - (from the dialog, or "Convert all") Seam now manages the code. `detail: { accessCode }`
 * @fires {CustomEvent<SeamEventDetails['unmanaged-code-convert-failed']>} unmanaged-code-convert-failed - (from the dialog) the conversion failed. `detail: { accessCodeId, errors, warnings, problems }`
 * @fires {CustomEvent<SeamEventDetails['unmanaged-code-deleted']>} unmanaged-code-deleted - The code was deleted from the lock. `detail: { accessCodeId }`
 * @fires {CustomEvent<SeamEventDetails['seam-error']>} seam-error - Loading, deleting or converting failed. `detail: { error }`
 * @csspart row - One unmanaged code.
 * @csspart status - A code's status, in words.
 * @csspart schedule - A code's type and time window, in words.
 * @csspart code - The PIN, or that the provider hides it.
 * @csspart issue - One error or warning chip.
 * @csspart explanation - The popover that explains an issue.
 * @csspart empty - Shown when the lock has no unmanaged codes.
 * @csspart loading - Shown while the list loads.
 * @csspart error - Shown when loading failed.
 */
export class UnmanagedCodeList extends SeamElement {
  static override styles = [tokens, codeParts, styles]

  /** The device whose unmanaged codes are listed. */
  @property({ attribute: 'device-id' }) deviceId?: string
  /** Title above the list; empty hides it. */
  @property() heading?: string
  /** Milliseconds between refreshes; 0 turns polling off. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 30_000
  /** Hides the convert actions. */
  @property({ type: Boolean, attribute: 'disable-convert' }) disableConvert = false
  /** Hides the delete actions. */
  @property({ type: Boolean, attribute: 'disable-delete' }) disableDelete = false

  @state() private failures = new Map<string, string>()
  @state() private bulk?: { done: number; count: number; converted: number; failed: number; skipped: number; running: boolean }

  readonly #device = new QueryController<Device>(this, () => (this.deviceId ? this.store?.device(this.deviceId) : undefined))
  readonly #codes = new QueryController<UnmanagedAccessCode[]>(
    this,
    // The provider decides whether there is anything to list (Kwikset has no
    // unmanaged codes), so the list waits for the device, loaded or failed.
    () => (this.deviceId && this.#device.state?.updatedAt && !this.#noUnmanaged ? this.store?.unmanagedCodes(this.deviceId) : undefined),
    () => this.#pollMs(),
  )
  readonly #popover = new PopoverController<ExplainedIssue>(this)
  readonly #confirm = new InlineConfirm(this)
  readonly #announcer = new Announcer(this)
  readonly #window = new RowWindow<UnmanagedAccessCode>(this, (c) => c.access_code_id, '[part~="row"]')

  get #provider(): string | undefined {
    return providerOf(this.#device.state?.data)
  }

  get #noUnmanaged(): boolean {
    return providerHas('noUnmanagedCodes', this.#provider)
  }

  #pollMs(): number {
    if (this.pollInterval <= 0) return 0
    const busy = this.store?.anyActive(this.#codes.state?.data ?? [])
    return busy ? Math.min(this.pollInterval, BUSY_POLL_MS) : this.pollInterval
  }

  /** Why this code cannot be converted, or undefined when it can. */
  #cannotConvert(code: UnmanagedAccessCode): string | undefined {
    if (providerHas('cannotConvert', this.#provider)) return describeProviderRule('cannotConvert', this.#device.state?.data, this.lang_)
    if ((code as { cannot_be_managed?: unknown }).cannot_be_managed === true) return t(this.lang_, 'cannotManage')
    return undefined
  }

  /**
   * The codes "Convert all" would take; once per data set, not on every frame
   * of a scroll. Whether a code converts depends on the device and the words on the locale.
   */
  readonly #convertible = memo((codes: UnmanagedAccessCode[], _device: Device | undefined, _locale: string) =>
    codes.filter((code) => !this.#cannotConvert(code)),
  )

  /** The store already keeps only this device's unmanaged codes, once each. */
  get #visibleCodes(): UnmanagedAccessCode[] {
    return this.#codes.state?.data ?? []
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    this.reportOnce(this.#codes.state?.error)
  }

  override render(): TemplateResult {
    const locale = this.lang_
    const heading = this.heading ?? t(locale, 'unmanagedHeading')
    return html`${heading ? html`<h2>${heading}</h2>` : nothing} ${this.#body(locale)} ${this.#announcer.render()}
      ${explanationPart(locale, this.#popover)}`
  }

  #body(locale: string): TemplateResult {
    if (this.session.error) return html`<p part="error" role="alert">${t(locale, 'noSession')}<br />${describeError(locale, this.session.error)}</p>`
    if (!this.deviceId) return html`<p part="error" role="alert">${t(locale, 'noDevice')}</p>`
    if (this.#noUnmanaged) {
      return html`<p part="empty">${describeProviderRule('noUnmanagedCodes', this.#device.state?.data, locale)}</p>`
    }
    const state = this.#codes.state
    if (state?.data === undefined) {
      if (state?.error) {
        return html`<div part="error" role="alert">
          <p>${t(locale, 'loadFailed')} ${describeError(locale, state.error)}</p>
          <button type="button" @click=${() => void this.#codes.refresh()}>${t(locale, 'tryAgain')}</button>
        </div>`
      }
      return html`<div part="loading" aria-busy="true"><span class="visually-hidden">${t(locale, 'loading')}</span>
        ${[0, 1].map(() => html`<div class="skeleton" aria-hidden="true"></div>`)}</div>`
    }
    const codes = this.#visibleCodes
    const convertible = this.#convertible(codes, this.#device.state?.data, locale)
    return html`
      ${state.stale
        ? html`<p class="stale" role="status">${t(locale, 'stale')} <button type="button" @click=${() => void this.#codes.refresh()}>${t(locale, 'tryAgain')}</button></p>`
        : nothing}
      ${codes.length === 0 ? html`<p part="empty">${t(locale, 'unmanagedEmpty')}</p>` : nothing}
      ${!this.disableConvert && convertible.length > 1 ? this.#bulkBar(convertible, locale) : nothing}
      ${codes.length > 0 ? this.#list(codes, locale) : nothing}
    `
  }

  /** Only the codes near the viewport are in the DOM; the spacers keep the page's height true. */
  #list(codes: UnmanagedAccessCode[], locale: string): TemplateResult {
    const view = this.#window.slice(codes)
    return html`<ul class="list">
      ${repeat(
        view,
        (e) => ('gap' in e ? e.key : e.item.access_code_id),
        (e) => ('gap' in e ? spacerItem(e.gap) : this.#row(e.item, e.index, codes.length, locale)),
      )}
    </ul>`
  }

  #bulkBar(codes: UnmanagedAccessCode[], locale: string): TemplateResult {
    const b = this.bulk
    return html`<div class="bulk">
      <button type="button" ?disabled=${b?.running} @click=${() => void this.#convertAll(codes)}>${t(locale, 'convertAll', { count: codes.length })}</button>
      <span class="progress">${b
        ? b.running
          ? t(locale, 'convertAllProgress', { done: b.done + 1, count: b.count })
          : t(locale, 'convertAllDone', { converted: b.converted, failed: b.failed, skipped: b.skipped })
        : nothing}</span>
    </div>`
  }

  #row(code: UnmanagedAccessCode, index: number, count: number, locale: string): TemplateResult {
    const id = code.access_code_id
    const activity = this.store?.activity(id)
    const hidden = providerHas('hidesPin', this.#provider)
    const why = this.#cannotConvert(code)
    const noDelete = (code as { cannot_delete_unmanaged_access_code?: unknown }).cannot_delete_unmanaged_access_code === true
    const failure = this.failures.get(id)
    // Only the items near the viewport are in the DOM: say where each sits in the whole.
    return html`<li part="row" tabindex="-1" data-id=${id} aria-setsize=${count} aria-posinset=${index + 1} aria-busy=${activity ? 'true' : 'false'}>
      <div class="main">
        <span class="name">${displayName(code, locale)}</span>
        ${pinPart(code, locale, { hiddenByProvider: hidden })} ${schedulePart(code, { locale, timeZone: this.timeZone || undefined })}
        ${activity === 'deleting'
          ? html`<span part="status" class="status status-removing">${icons.removing}${t(locale, 'deletingFromLock')}</span>`
          : activity === 'converting'
            ? html`<span part="status" class="status status-setting">${icons.setting}${t(locale, 'converting')}</span>`
            : statusPart(code.status, locale, false)}
      </div>
      ${issueChips(issuesOf(code, locale), locale, this.#popover)}
      <div class="actions">
        ${this.disableConvert
          ? nothing
          : why
            ? html`<span class="muted why">${why}</span>`
            : html`<button type="button" class="primary" ?disabled=${!!activity} aria-label=${t(locale, 'convertCode', { name: displayName(code, locale) })} @click=${() => this.#requestConvert(code)}>
                ${t(locale, 'convert')}
              </button>`}
        ${this.disableDelete ? nothing : noDelete ? html`<span class="muted why">${t(locale, 'deleteOnlyInApp')}</span>` : this.#deleteControl(code, !!activity, locale)}
      </div>
      ${failure ? html`<p class="failure">${failure}</p>` : nothing}
    </li>`
  }

  #deleteControl(code: UnmanagedAccessCode, busy: boolean, locale: string): TemplateResult {
    const name = displayName(code, locale)
    if (this.#confirm.current === code.access_code_id) return this.#confirm.render(name, locale, () => void this.#delete(code))
    return html`<button type="button" class="danger" ?disabled=${busy} aria-label=${t(locale, 'deleteCode', { name })} data-confirm-trigger=${code.access_code_id} @click=${() => this.#confirm.open(code.access_code_id)}>
      ${icons.trash} ${t(locale, 'delete')}
    </button>`
  }

  #requestConvert(code: UnmanagedAccessCode): void {
    if (!emit(this, 'unmanaged-code-convert', { accessCode: code }, true)) return
    this.#dialog().show(code)
  }

  /** The page's dialog of the same session if there is one, else our own. */
  #dialog(): ConvertCodeDialog {
    const store = this.store
    const shared = [...document.querySelectorAll('convert-code-dialog')].find((d) => d.sessionStore === store)
    if (shared) return shared
    // By tag, not constructor: another copy of the kit may own the definition.
    const own = this.renderRoot.querySelector('convert-code-dialog') ?? this.renderRoot.appendChild(document.createElement('convert-code-dialog'))
    // Ours, as properties (frameworks set them so) and each time (they may rotate).
    Object.assign(own, {
      publishableKey: this.publishableKey,
      userIdentifierKey: this.userIdentifierKey,
      clientSessionToken: this.clientSessionToken,
      endpoint: this.endpoint,
      client: this.client,
      locale: this.locale,
      timeZone: this.timeZone,
    })
    return own
  }

  async #delete(code: UnmanagedAccessCode): Promise<void> {
    const store = this.store
    if (!store) return
    const id = code.access_code_id
    this.failures = new Map([...this.failures].filter(([k]) => k !== id))
    try {
      await deleteUnmanaged(store, code)
      this.#announcer.announce(t(this.lang_, 'codeRemoved', { name: displayName(code, this.lang_) }))
      emit(this, 'unmanaged-code-deleted', { accessCodeId: id })
    } catch (error) {
      const failure = t(this.lang_, 'deleteFailed', { reason: describeError(this.lang_, error as SeamError) })
      this.failures = new Map(this.failures).set(id, failure)
      this.#announcer.announce(failure)
      this.reportError(error as SeamError)
    }
  }

  /** One at a time, stopping at the first failure; each outcome is reported. */
  async #convertAll(codes: UnmanagedAccessCode[]): Promise<void> {
    const store = this.store
    if (!store || this.bulk?.running) return
    const b = { done: 0, count: codes.length, converted: 0, failed: 0, skipped: 0, running: true }
    this.bulk = { ...b }
    for (const code of codes) {
      let ok = false
      try {
        const outcome = await convertUnmanaged(store, code)
        ok = outcome.status === 'converted'
        if (outcome.status === 'converted') emit(this, 'unmanaged-code-converted', { accessCode: outcome.accessCode })
        else this.failures = new Map(this.failures).set(code.access_code_id, t(this.lang_, 'convertFailed'))
      } catch (error) {
        this.failures = new Map(this.failures).set(code.access_code_id, t(this.lang_, 'convertRequestFailed', { reason: describeError(this.lang_, error as SeamError) }))
      }
      b.done++
      if (ok) b.converted++
      else b.failed++
      this.bulk = { ...b }
      if (!ok) break
    }
    b.skipped = b.count - b.done
    b.running = false
    this.bulk = { ...b }
    this.#announcer.announce(t(this.lang_, 'convertAllDone', { converted: b.converted, failed: b.failed, skipped: b.skipped }))
  }
}

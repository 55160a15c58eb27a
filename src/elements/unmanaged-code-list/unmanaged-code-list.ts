import type { Device, UnmanagedAccessCode } from '@seamapi/types/connect'
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { property, state } from 'lit/decorators.js'
import { repeat } from 'lit/directives/repeat.js'
import { describeProviderRule, providerHas, providerOf, type ExplainedIssue } from '../../catalog/index.js'
import { OutcomeUnknownError, type SeamError } from '../../state/index.js'
import { emit } from '../../events.js'
import { t } from '../../i18n/index.js'
import { checkConversion, checkUnmanagedDeletion, convertUnmanaged, deleteUnmanaged, type ConversionOutcome } from '../../state/mutations.js'
import { Announcer } from '../../ui/controllers/announcer.js'
import { DeleteFlow } from '../../ui/controllers/delete-flow.js'
import { CodeFailures } from '../../ui/controllers/failures.js'
import { pollMs } from '../../ui/controllers/polling.js'
import { QueryController } from '../../ui/controllers/query.js'
import { sessionMember } from '../../ui/controllers/session-members.js'
import { displayName } from '../../ui/format.js'
import { memo } from '../../ui/memo.js'
import { PopoverController } from '../../ui/popover.js'
import { HeldRows } from '../../ui/held-rows.js'
import { RowWindow, spacerItem } from '../../ui/row-window.js'
import { SeamElement } from '../../ui/seam-element.js'
import { codeParts } from '../../ui/styles/code-parts.js'
import { stateParts } from '../../ui/styles/states.js'
import { tokens } from '../../ui/styles/tokens.js'
import { pinPart, schedulePart, zoneNotePart } from '../../ui/templates/code.js'
import { icons } from '../../ui/templates/icons.js'
import { explanationPart, issueChips, issuesOf } from '../../ui/templates/issues.js'
import { noDeviceBlock, sessionErrorBlock, staleNotice, unloadedBlock } from '../../ui/templates/states.js'
import { statusPart } from '../../ui/templates/status.js'
import { resolveTimeZone, type ResolvedZone } from '../../ui/zoned-time.js'
import { ConvertCodeDialog } from '../convert-code-dialog/convert-code-dialog.js'
import { ReplaceDialog } from './replacement.js'
import { replaceStyles } from './replacement.styles.js'
import { styles } from './unmanaged-code-list.styles.js'

/** How "Convert all" went; `unconfirmed`: conversions whose answer was lost and that checking could not settle yet. */
type Bulk = { done: number; count: number; converted: number; failed: number; unconfirmed: number; skipped: number; running: boolean }

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
 * @fires {CustomEvent<SeamEventDetails['access-code-created']>} access-code-created - (replacing a code) the new managed code was created. `detail: { accessCode }`
 * @fires {CustomEvent<SeamEventDetails['unmanaged-code-replaced']>} unmanaged-code-replaced - (replacing a code) the new code is on the lock and the old code is gone; after its `access-code-created` and `unmanaged-code-deleted`. `detail: { accessCode, replacedAccessCodeId }`
 * @fires {CustomEvent<SeamEventDetails['seam-error']>} seam-error - Loading, deleting, converting or replacing failed. `detail: { error }`
 * @csspart row - One unmanaged code.
 * @csspart status - A code's status, in words.
 * @csspart schedule - A code's type and time window, in words.
 * @csspart code - The PIN, or that the provider hides it.
 * @csspart issue - One error or warning chip.
 * @csspart explanation - The popover that explains an issue.
 * @csspart empty - Shown when the lock has no unmanaged codes.
 * @csspart loading - Shown while the list loads.
 * @csspart error - Shown when loading failed.
 * @csspart replace-button - "Replace with a managed code", on a code Seam cannot convert.
 * @csspart dialog - The replacement's modal dialog (also `replace-dialog`).
 */
export class UnmanagedCodeList extends SeamElement {
  static override styles = [tokens, codeParts, stateParts, styles, replaceStyles]
  /** The elements this one renders; its define.ts registers them too. */
  static readonly dependencies = { 'convert-code-dialog': ConvertCodeDialog }

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
  /** Hides "Replace with a managed code" (it creates a managed code) on the codes Seam cannot convert. */
  @property({ type: Boolean, attribute: 'disable-create' }) disableCreate = false

  @state() private bulk?: Bulk

  readonly #device = new QueryController<Device>(this, () => (this.deviceId ? this.store?.device(this.deviceId) : undefined))
  readonly #codes: QueryController<UnmanagedAccessCode[]> = new QueryController<UnmanagedAccessCode[]>(
    this,
    // The provider decides whether there is anything to list (Kwikset has no
    // unmanaged codes), so the list waits for the device, loaded or failed.
    () => (this.deviceId && this.#device.state?.updatedAt && !this.#noUnmanaged ? this.store?.unmanagedCodes(this.deviceId) : undefined),
    () => pollMs(this.pollInterval, this.#codes.state?.data ?? [], this.store),
  )
  readonly #popover = new PopoverController<ExplainedIssue>(this)
  readonly #announcer = new Announcer(this)
  /** The last failed delete or conversion of each code; a new attempt clears it. */
  readonly #failures = new CodeFailures(this)
  readonly #deletes = new DeleteFlow<UnmanagedAccessCode>(this, {
    store: () => this.store,
    locale: () => this.lang_,
    name: displayName,
    remove: deleteUnmanaged,
    recheck: checkUnmanagedDeletion,
    removed: (code) => emit(this, 'unmanaged-code-deleted', { accessCodeId: code.access_code_id }),
    report: (error) => this.reportError(error),
    announcer: this.#announcer,
    failures: this.#failures,
  })
  readonly #replace = new ReplaceDialog(this, {
    store: () => this.store,
    locale: () => this.lang_,
    timeZone: () => this.timeZone || undefined,
    device: () => this.#device.state?.data,
    announce: (text) => this.#announcer.announce(text),
    report: (error) => this.reportError(error),
    // The replaced code's row is gone: the first row, else the list's heading.
    focusFallback: () => this.renderRoot.querySelector<HTMLElement>('[part~="row"]')?.focus(),
  })
  readonly #window = new RowWindow<UnmanagedAccessCode>(this, (c) => c.access_code_id, '[part~="row"]')
  readonly #held = new HeldRows<UnmanagedAccessCode>()
  /** The OutcomeUnknownError of each conversion of "Convert all" that checking could not settle, for its "Check again". */
  readonly #lostConversions = new Map<string, SeamError>()
  /** Conversions of "Convert all" (or their checks) under way, until their outcome is kept. */
  readonly #settling = new Set<string>()

  get #provider(): string | undefined {
    return providerOf(this.#device.state?.data)
  }

  /** The page's zone, else the lock's, else the browser's (CONTRACT v2). */
  get #zone(): ResolvedZone {
    return resolveTimeZone(this.timeZone || undefined, this.#device.state?.data)
  }

  get #noUnmanaged(): boolean {
    return providerHas('noUnmanagedCodes', this.#provider)
  }

  /** Why this code cannot be converted, or undefined when it can. */
  #cannotConvert(code: UnmanagedAccessCode, locale: string): string | undefined {
    if (providerHas('cannotConvert', this.#provider)) return describeProviderRule('cannotConvert', this.#device.state?.data, locale)
    if ((code as { cannot_be_managed?: unknown }).cannot_be_managed === true) return t(locale, 'cannotManage')
    return undefined
  }

  /**
   * The codes "Convert all" would take; once per data set, not on every frame
   * of a scroll. Whether a code converts depends on the device and the words on the locale.
   */
  readonly #convertible = memo((codes: UnmanagedAccessCode[], _device: Device | undefined, locale: string) =>
    codes.filter((code) => !this.#cannotConvert(code, locale)),
  )

  /**
   * The store already keeps only this device's unmanaged codes, once each. A
   * code whose delete or conversion is being checked, or could not be
   * confirmed, stays until Seam says (a converted code leaves this list).
   */
  get #visibleCodes(): UnmanagedAccessCode[] {
    return this.#held.keep(this.#codes.state?.data ?? [], (id) => this.#holds(id))
  }

  /** A code kept on screen while a write on it runs, is being checked, or could not be confirmed. */
  #holds(id: string): boolean {
    return this.store?.activity(id) === 'checking' || this.#deletes.holds(id) || this.#settling.has(id) || this.#lostConversions.has(id)
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    this.reportOnce(this.#codes.state?.error)
  }

  override render(): TemplateResult {
    const locale = this.lang_
    const heading = this.heading ?? t(locale, 'unmanagedHeading')
    return html`${heading ? html`<h2>${heading}</h2>` : nothing} ${this.#body(locale)} ${this.#announcer.render()}
      ${explanationPart(locale, this.#popover)}${this.#replace.render()}`
  }

  #body(locale: string): TemplateResult {
    const error = this.session.error
    if (error) return sessionErrorBlock(locale, error)
    if (!this.deviceId) return noDeviceBlock(locale)
    if (this.#noUnmanaged) {
      return html`<p part="empty">${describeProviderRule('noUnmanagedCodes', this.#device.state?.data, locale)}</p>`
    }
    const state = this.#codes.state
    const retry = () => void this.#codes.refresh()
    if (state?.data === undefined) return unloadedBlock(locale, state, retry, 2)
    const codes = this.#visibleCodes
    const convertible = this.#convertible(codes, this.#device.state?.data, locale)
    // A conversion whose outcome is unknown is not sent again by "Convert all": its row offers "Check again".
    const toConvert = this.#lostConversions.size > 0 ? convertible.filter((c) => !this.#lostConversions.has(c.access_code_id)) : convertible
    return html`
      ${staleNotice(locale, state, retry)}
      ${codes.length === 0 ? html`<p part="empty">${t(locale, 'unmanagedEmpty')}</p>` : nothing}
      ${!this.disableConvert && (convertible.length > 1 || this.bulk) ? this.#bulkBar(toConvert, locale) : nothing}
      ${codes.length > 0 ? html`${zoneNotePart(locale, this.#zone)}${this.#list(codes, locale)}` : nothing}
    `
  }

  /** Only the codes near the viewport are in the DOM; the spacers keep the page's height true. */
  #list(codes: UnmanagedAccessCode[], locale: string): TemplateResult {
    const view = this.#window.slice(codes)
    const timeZone = this.#zone.timeZone
    return html`<ul class="list">
      ${repeat(
        view,
        (e) => ('gap' in e ? e.key : e.item.access_code_id),
        (e) => ('gap' in e ? spacerItem(e.gap) : this.#row(e.item, e.index, codes.length, locale, timeZone)),
      )}
    </ul>`
  }

  /** Stays after a run, with its outcome, when the codes it converted have left the list. */
  #bulkBar(codes: UnmanagedAccessCode[], locale: string): TemplateResult {
    const b = this.bulk
    return html`<div class="bulk">
      ${codes.length > 0 || !b
        ? html`<button type="button" ?disabled=${b?.running} @click=${() => void this.#convertAll(codes)}>${t(locale, 'convertAll', { count: codes.length })}</button>`
        : nothing}
      <span class="progress">${b ? (b.running ? t(locale, 'convertAllProgress', { done: b.done + 1, count: b.count }) : bulkDone(b, locale)) : nothing}</span>
    </div>`
  }

  #row(code: UnmanagedAccessCode, index: number, count: number, locale: string, timeZone: string): TemplateResult {
    const id = code.access_code_id
    const activity = this.store?.activity(id)
    const hidden = providerHas('hidesPin', this.#provider)
    const why = this.#cannotConvert(code, locale)
    const noDelete = (code as { cannot_delete_unmanaged_access_code?: unknown }).cannot_delete_unmanaged_access_code === true
    const failure = this.#failures.words(id, locale)
    // Only the items near the viewport are in the DOM: say where each sits in the whole.
    return html`<li ${this.#deletes.confirm.row(id)} part="row" tabindex="-1" data-id=${id} aria-setsize=${count} aria-posinset=${index + 1} aria-busy=${activity ? 'true' : 'false'}>
      <div class="main">
        <span class="name">${displayName(code, locale)}</span>
        ${pinPart(code, locale, { hiddenByProvider: hidden })} ${schedulePart(code, { locale, timeZone })}
        ${statusPart(code.status, locale, { activity, meaning: false })}
      </div>
      ${issueChips(issuesOf(code, locale), locale, this.#popover)}
      <div class="actions">
        ${this.disableConvert
          ? nothing
          : why
            ? html`<span class="muted why">${why}</span>`
            : this.#lostConversions.has(id)
              ? html`<button type="button" class="primary check-conversion" ?disabled=${!!activity} aria-label=${t(locale, 'checkAgainConversion', { name: displayName(code, locale) })} @click=${() => void this.#checkConversion(code)}>
                  ${t(locale, 'checkAgain')}
                </button>`
              : html`<button type="button" class="primary" ?disabled=${!!activity} aria-label=${t(locale, 'convertCode', { name: displayName(code, locale) })} @click=${() => this.#requestConvert(code)}>
                ${t(locale, 'convert')}
              </button>`}
        ${why && !this.disableCreate
          ? html`<button type="button" part="replace-button" ?disabled=${!!activity} aria-label=${t(locale, 'replaceCode', { name: displayName(code, locale) })} @click=${() => void this.#replace.open(code)}>
              ${t(locale, 'replace')}
            </button>`
          : nothing}
        ${this.disableDelete ? nothing : noDelete ? html`<span class="muted why">${t(locale, 'deleteOnlyInApp')}</span>` : this.#deleteControl(code, !!activity, locale)}
      </div>
      ${failure ? html`<p class="failure">${failure}</p>` : nothing}
    </li>`
  }

  #deleteControl(code: UnmanagedAccessCode, busy: boolean, locale: string): TemplateResult {
    const id = code.access_code_id
    const name = displayName(code, locale)
    if (this.#deletes.asking(id)) return this.#deletes.question(code, locale)
    if (this.#deletes.unconfirmed(id)) return this.#deletes.checkAgainButton(code, locale)
    return html`<button ${this.#deletes.confirm.trigger(id)} type="button" class="danger" ?disabled=${busy} aria-label=${t(locale, 'deleteCode', { name })} @click=${() => this.#deletes.ask(id)}>
      ${icons.trash} ${t(locale, 'delete')}
    </button>`
  }

  #requestConvert(code: UnmanagedAccessCode): void {
    if (!emit(this, 'unmanaged-code-convert', { accessCode: code }, true)) return
    this.#dialog().show(code)
  }

  /** Our own dialog, made the first time one is needed and the session has none. */
  #own: ConvertCodeDialog | undefined

  /** The page's dialog of this session if it placed one (anywhere, shadow roots included), else our own. */
  #dialog(): ConvertCodeDialog {
    const shared = sessionMember<ConvertCodeDialog>(this.store, 'convert-code-dialog')
    if (shared) return shared
    if (this.#own) {
      this.#handOver()
      return this.#own
    }
    // By tag, not constructor: another copy of the kit may own the definition.
    // Handed our session before it connects, so it never offers itself to
    // the session as the page's dialog.
    this.#own = document.createElement('convert-code-dialog')
    this.#handOver()
    return this.renderRoot.appendChild(this.#own)
  }

  /** Our dialog works in our session, in our language and time zone, also after a token rotates. */
  #handOver(): void {
    const own = this.#own
    if (!own) return
    // A dialog of another copy of the kit takes the provider's session through the context instead.
    if (own instanceof ConvertCodeDialog) own.sessionStore = this.store
    own.locale = this.locale
    own.timeZone = this.timeZone
  }

  protected override updated(): void {
    this.#handOver()
  }

  /** One at a time, stopping at the first failure; each outcome is reported. */
  async #convertAll(codes: UnmanagedAccessCode[]): Promise<void> {
    const store = this.store
    if (!store || this.bulk?.running) return
    const b: Bulk = { done: 0, count: codes.length, converted: 0, failed: 0, unconfirmed: 0, skipped: 0, running: true }
    this.bulk = { ...b }
    for (const code of codes) {
      const ok = await this.#settle(code, () => convertUnmanaged(store, code), b)
      b.done++
      this.bulk = { ...b }
      if (!ok) break
    }
    b.skipped = b.count - b.done
    b.running = false
    this.bulk = { ...b }
    this.#announcer.announce(bulkDone(b, this.lang_))
  }

  /** "Check again" for a conversion of "Convert all" whose outcome is unknown: asks Seam, never converts again. */
  async #checkConversion(code: UnmanagedAccessCode): Promise<void> {
    const store = this.store
    const id = code.access_code_id
    const lost = this.#lostConversions.get(id)
    if (!store || !lost || store.activity(id)) return
    const b = this.bulk ? { ...this.bulk } : undefined
    // Counted again by how the check settles.
    if (b) b.unconfirmed--
    await this.#settle(code, () => checkConversion(store, code, lost), b)
    if (b && this.bulk && !this.bulk.running) {
      this.bulk = { ...b, running: false }
      this.#announcer.announce(bulkDone(b, this.lang_))
    }
  }

  /**
   * Runs one conversion (or its check) of "Convert all" and keeps its outcome:
   * converted (the event fires), failed, or unknown (the row then offers
   * "Check again", the code stays listed). Resolves whether it converted.
   */
  async #settle(code: UnmanagedAccessCode, run: () => Promise<ConversionOutcome>, b: Bulk | undefined): Promise<boolean> {
    const id = code.access_code_id
    this.#lostConversions.delete(id)
    this.#failures.clear(id)
    this.#settling.add(id)
    try {
      const outcome = await run()
      if (outcome.status === 'converted') {
        if (b) b.converted++
        emit(this, 'unmanaged-code-converted', { accessCode: outcome.accessCode })
        return true
      }
      if (b) b.failed++
      this.#failures.set(id, { say: 'convertFailed' })
    } catch (error) {
      if (error instanceof OutcomeUnknownError) {
        if (b) b.unconfirmed++
        this.#lostConversions.set(id, error)
        this.#failures.set(id, { say: 'convertUnconfirmedShort' })
      } else {
        if (b) b.failed++
        this.#failures.set(id, { say: 'convertRequestFailed', error: error as SeamError })
      }
    } finally {
      this.#settling.delete(id)
      this.requestUpdate()
    }
    return false
  }
}

/** How "Convert all" went, in words; conversions not confirmed yet are not called failed. */
function bulkDone(b: Bulk, locale: string): string {
  return b.unconfirmed > 0
    ? t(locale, 'convertAllUnconfirmed', { converted: b.converted, failed: b.failed, unconfirmed: b.unconfirmed, skipped: b.skipped })
    : t(locale, 'convertAllDone', { converted: b.converted, failed: b.failed, skipped: b.skipped })
}

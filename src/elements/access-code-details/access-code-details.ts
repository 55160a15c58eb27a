import type { AccessCode, Device } from '@seamapi/types/connect'
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { property, state } from 'lit/decorators.js'
import { remedyText, type CodeField, type ExplainedIssue } from '../../catalog/index.js'
import { emit } from '../../events.js'
import { t } from '../../i18n/index.js'
import '../../i18n/strings.more.en.js'
import { accessCodeQuery } from '../../state/index.js'
import { Announcer } from '../../ui/controllers/announcer.js'
import { DeleteFlow, managedDeletes } from '../../ui/controllers/delete-flow.js'
import { pollMs } from '../../ui/controllers/polling.js'
import { QueryController } from '../../ui/controllers/query.js'
import { displayName, formatDate, lockName, parseTime, relativeTime, type FormatContext } from '../../ui/format.js'
import { PopoverController } from '../../ui/popover.js'
import { SeamElement } from '../../ui/seam-element.js'
import { codeParts } from '../../ui/styles/code-parts.js'
import { dialogParts } from '../../ui/styles/dialog.js'
import { stateParts } from '../../ui/styles/states.js'
import { tokens } from '../../ui/styles/tokens.js'
import { COPY_SAID_MS, copyPin, type CopyOutcome, flagsPart, pinPart, schedulePart, zoneNotePart } from '../../ui/templates/code.js'
import { explanationPart, issueChips, issuesOf, type IssueFilters } from '../../ui/templates/issues.js'
import { loadFailedBlock, loadingBlock, sessionErrorBlock, staleNotice } from '../../ui/templates/states.js'
import { statusPart } from '../../ui/templates/status.js'
import { resolveTimeZone, type ResolvedZone } from '../../ui/zoned-time.js'
import { CodeDialog } from '../../ui/controllers/code-dialog.js'
import { remedyAction } from '../../ui/templates/remedies.js'
import { RemedyController } from '../../ui/controllers/remedies.js'
import { styles } from './access-code-details.styles.js'
import { HistoryFeed, historyPart } from './history.js'

/**
 * One managed access code in full: everything the table's row shows (name,
 * PIN with copy, schedule in the lock's zone, status, flags, every error and
 * warning explained with the remedies that act), its identifier, the lock,
 * when it was created and whether changes outside Seam are kept, and its
 * history from Seam's events, newest first, older ones on request.
 *
 * @tagname access-code-details
 * @summary One access code in full, with its history.
 * @fires {CustomEvent<SeamEventDetails['access-code-edit']>} access-code-edit - Edit (or a remedy that edits) was chosen; cancel it to open your own form instead of the kit's. `detail: { accessCode, field }`
 * @fires {CustomEvent<SeamEventDetails['access-code-updated']>} access-code-updated - (from the form in its dialog) the code was changed. `detail: { accessCode }`
 * @fires {CustomEvent<SeamEventDetails['access-code-deleted']>} access-code-deleted - The code was deleted and is gone from the lock. `detail: { accessCodeId }`
 * @fires {CustomEvent<SeamEventDetails['access-code-backup-pulled']>} access-code-backup-pulled - "Use a backup code" pulled one. `detail: { accessCode, backupAccessCode }`
 * @fires {CustomEvent<SeamEventDetails['seam-remedy']>} seam-remedy - A remedy only the page's app can carry out was chosen; cancel it to say the page took it over. `detail: { issue, accessCode, device }`
 * @fires {CustomEvent<SeamEventDetails['seam-error']>} seam-error - Loading, the history, deleting or a remedy failed. `detail: { error }`
 * @csspart details - The whole view.
 * @csspart status - The code's status, in words.
 * @csspart schedule - The code's type and time window, in words.
 * @csspart code - The PIN, or what stands for it when it is hidden.
 * @csspart issue - One error or warning chip; focus or hover shows its explanation.
 * @csspart explanation - The popover that explains an issue and what to do.
 * @csspart history - The code's history.
 * @csspart event - One event of the history.
 * @csspart edit-button - "Edit".
 * @csspart delete-button - "Delete".
 * @csspart backup-button - "Use a backup code".
 * @csspart remedy-button - The action in an explanation that carries out its remedy.
 * @csspart loading - Shown while the code or its history loads.
 * @csspart error - Shown when the code could not be loaded.
 * @csspart dialog - The modal dialog that holds the form or the backup code flow.
 * @csspart confirm-button - The dialog's button that pulls a backup code.
 * @csspart cancel-button - The dialog's button that closes it.
 * @csspart check-button - The dialog's "Check again": asks Seam whether a backup code whose answer was lost was pulled (never pulls again).
 * @csspart form - (the form in its dialog, exported) The form element that changes the code.
 * @csspart field - (the form in its dialog, exported) One field of the form, with its label and message.
 * @csspart submit-button - (the form in its dialog, exported) The form's "Save changes".
 * @csspart generate-button - (the form in its dialog, exported) The form's "Generate".
 * @csspart preview - (the form in its dialog, exported) The form's summary of the code it is about to send.
 */
export class AccessCodeDetails extends SeamElement {
  static override styles = [tokens, codeParts, stateParts, dialogParts, styles]

  /** The code to show, by id. */
  @property({ attribute: 'access-code-id' }) accessCodeId?: string
  /** The code, when the page already has it (shown at once, then kept fresh from Seam). */
  @property({ attribute: false }) accessCode?: AccessCode
  /** Title above the details; default the code's name; empty hides it (a dialog around it has its own). */
  @property() heading?: string
  /** Hides "Edit" (and the remedies that edit the code). */
  @property({ type: Boolean, attribute: 'disable-edit' }) disableEdit = false
  /** Hides "Delete". */
  @property({ type: Boolean, attribute: 'disable-delete' }) disableDelete = false
  /** Milliseconds between refreshes of the code and its history; 0 turns polling off. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 30_000
  /** Hides the errors for which it returns false (as the table's; the table's dialog passes its own on). */
  @property({ attribute: false }) errorFilter?: IssueFilters['errorFilter']
  /** Hides the warnings for which it returns false. */
  @property({ attribute: false }) warningFilter?: IssueFilters['warningFilter']

  /** How the last press of Copy went, said on the button for a moment. */
  @state() private copied: CopyOutcome | undefined
  /**
   * The code deleted from here, gone from the lock: still shown, with its
   * history, while it is the one asked for. Kept by itself, not as a flag:
   * a delete that ends after the page asked for another code is that one's.
   */
  @state() private goneCode: AccessCode | undefined
  private get gone(): boolean {
    return this.goneCode !== undefined && this.goneCode.access_code_id === this.#id
  }

  readonly #loaded = new QueryController<AccessCode>(
    this,
    () => (this.#id && this.store && !this.gone ? accessCodeQuery(this.store, this.#id) : undefined),
    () => this.#interval,
  )
  readonly #device = new QueryController<Device>(this, () => {
    const id = this.#code?.device_id
    return id ? this.store?.device(id) : undefined
  })
  readonly #history = new HistoryFeed(this, {
    store: () => this.store,
    accessCodeId: () => this.#id,
    interval: () => this.#interval,
    report: (error) => this.reportError(error),
  })
  readonly #popover = new PopoverController<ExplainedIssue>(this)
  readonly #remedies = new RemedyController<AccessCode>(this, {
    popover: this.#popover,
    codeOf: () => this.#code,
    // Freeing slots lists the lock's codes: the table's to do, so here it is the page's.
    actionFor: (issue, code) => remedyAction(issue, code, { canEdit: this.#canEdit, canDelete: false }),
    device: () => this.#deviceData,
    carryOut: {
      edit: (action, code) => this.#edit(code, action.focus),
      backup: (_, code) => void this.#dialog.openBackup(code),
    },
  })
  readonly #announcer = new Announcer(this)
  readonly #dialog = new CodeDialog(this, {
    loadForm: () => import('../access-code-form/define.js'),
    store: () => this.store,
    locale: () => this.lang_,
    deviceId: () => this.#code?.device_id,
    timeZone: () => this.timeZone || undefined,
    announce: (text) => this.#announcer.announce(text),
    report: (error) => this.reportError(error),
    focusRow: () => this.focus(),
  })
  readonly #deletes = new DeleteFlow<AccessCode>(this, {
    ...managedDeletes,
    store: () => this.store,
    locale: () => this.lang_,
    removed: (code) => {
      this.goneCode = code
      emit(this, 'access-code-deleted', { accessCodeId: code.access_code_id })
    },
    report: (error) => this.reportError(error),
    announcer: this.#announcer,
  })
  #copyTimer: ReturnType<typeof setTimeout> | undefined
  #focusOlder = false
  /** A backup was pulled here, and its button is about to go. */
  #pulled = false
  /** `id:status` of the code last shown, to hear when its status changes. */
  #statusSeen: string | undefined

  constructor() {
    super()
    // The store edits the lock's list after a pull, not this code's own query: read the code again.
    this.addEventListener('access-code-backup-pulled', () => {
      this.#pulled = true
      void this.#loaded.query?.invalidate()
    })
  }

  get #id(): string | undefined {
    // A handed-over code whose id is not a string is no code (as in the table): it must not show as "[object Object]".
    const given = this.accessCode?.access_code_id
    return this.accessCodeId || (typeof given === 'string' ? given : undefined) || undefined
  }

  /** The code shown: what Seam last said of it, else what the page gave. */
  get #code(): AccessCode | undefined {
    const id = this.#id
    if (this.gone) return this.goneCode
    const loaded = this.#loaded.state?.data
    if (loaded && loaded.access_code_id === id) return loaded
    return this.accessCode && this.accessCode.access_code_id === id ? this.accessCode : undefined
  }

  get #deviceData(): Device | undefined {
    const d = this.#device.state?.data
    return d && d.device_id === this.#code?.device_id ? d : undefined
  }

  /** The house's polling rule: faster while Seam sets or removes the code, or this session deletes it. */
  get #interval(): number {
    const code = this.#code
    return this.gone ? 0 : pollMs(this.pollInterval, code ? [code] : [], this.store)
  }

  get #zone(): ResolvedZone {
    const device = this.#deviceData
    return resolveTimeZone(this.timeZone || undefined, device, device === undefined && this.#device.state?.error !== undefined)
  }

  /** The lock's zone is the default and the lock has not answered yet. */
  get #awaitingZone(): boolean {
    if (this.timeZone || !this.store || !this.#code) return false
    const device = this.#device.state
    // No device query (a code Seam sends without a device_id): there is no lock to wait for.
    return device !== undefined && device.data === undefined && device.error === undefined
  }

  get #canEdit(): boolean {
    const code = this.#code
    return !this.disableEdit && this.store != null && !this.gone && code != null && !code.is_offline_access_code
  }

  get #canDelete(): boolean {
    return !this.disableDelete && this.store != null && !this.gone
  }

  protected override get needsNoSession(): boolean {
    return this.accessCode != null
  }

  /** Focus moves to the details themselves (the table's dialog does this when it opens them). */
  override focus(options?: FocusOptions): void {
    const root = this.renderRoot?.querySelector<HTMLElement>('[part~="details"]')
    if (root) root.focus(options)
    else super.focus(options)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    clearTimeout(this.#copyTimer)
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    // A code that is shown and then fails to refresh says so on screen (a deleted one answers 404 on its way out).
    this.reportOnce(this.#code ? undefined : this.#loaded.state?.error)
    this.reportOnce(this.#history.state?.error)
    // The lock's too: without it the times are the browser's (said on screen).
    this.reportOnce(this.#device.state?.error)
    // A new status has an event behind it; once the code settles the history
    // slows to the calm pace, so it is read now rather than at the next poll.
    const code = this.#code
    const seen = code ? `${code.access_code_id}:${String(code.status)}` : undefined
    if (seen !== this.#statusSeen) {
      if (this.#statusSeen !== undefined && seen !== undefined && this.#statusSeen.startsWith(`${code!.access_code_id}:`)) void this.#history.invalidate()
      this.#statusSeen = seen
    }
  }

  protected override updated(): void {
    // "Use a backup code" goes once one is pulled: focus that was left on it
    // (the dialog gave it back before the code was read again) comes to the
    // details rather than the page's body.
    if (this.#pulled && !this.renderRoot.querySelector('dialog, [part~="backup-button"]')) {
      this.#pulled = false
      const lost = this.shadowRoot?.activeElement == null && (document.activeElement == null || document.activeElement === document.body)
      if (lost) this.focus()
    }
    if (this.#focusOlder) {
      this.#focusOlder = false
      const id = this.#history.firstOlder
      const target = id ? this.renderRoot.querySelector<HTMLElement>(`[part~="event"][data-event-id="${CSS.escape(id)}"]`) : null
      target?.focus()
    }
  }

  override render(): TemplateResult {
    const locale = this.lang_
    const zone = this.#zone
    const ctx: FormatContext = { locale, timeZone: zone.timeZone }
    // The article takes focus once a delete is confirmed (the Delete button is gone then).
    return html`<article ${this.#deletes.confirm.row(this.#id ?? '')} part="details" tabindex="-1" aria-labelledby=${this.#code ? 'details-title' : nothing}>
      ${this.#body(ctx, zone)}
      </article>
      ${this.#announcer.render()} ${explanationPart(locale, this.#popover, (issue) => this.#remedies.part(issue, locale))} ${this.#dialog.render()}`
  }

  #body(ctx: FormatContext, zone: ResolvedZone): TemplateResult {
    const { locale } = ctx
    const code = this.#code
    const error = this.session.error
    if (error && !this.accessCode) return sessionErrorBlock(locale, error)
    if (!this.#id) return html`<p part="error" role="alert">${t(locale, 'detailsNoCode')}</p>`
    const state = this.#loaded.state
    const retry = () => void this.#loaded.refresh()
    if (!code) return state?.error ? loadFailedBlock(locale, state.error, retry, 'codeLoadFailed') : loadingBlock(locale, 4, 'detailsLoading')
    if (this.#awaitingZone) return loadingBlock(locale, 4, 'detailsLoading')
    const name = displayName(code, locale)
    const heading = this.heading ?? name
    return html`
      <header>
        ${heading ? html`<h2 id="details-title">${heading}</h2>` : html`<span id="details-title" class="visually-hidden">${name}</span>`}
        ${flagsPart(code, locale)}
      </header>
      ${zoneNotePart(locale, zone, () => void this.#device.refresh())} ${this.gone ? nothing : staleNotice(locale, state, retry)}
      ${this.gone ? html`<p class="gone" role="status">${t(locale, 'detailsGone')}</p>` : nothing} ${this.#facts(code, ctx)}
      ${this.gone ? nothing : this.#actions(code, locale)} ${this.store ? historyPart(this.#history, ctx, () => void this.#history.refresh(), () => void this.#showOlder()) : nothing}
    `
  }

  #facts(code: AccessCode, ctx: FormatContext): TemplateResult {
    const { locale } = ctx
    const activity = this.#deletes.activity(code.access_code_id)
    const busy = activity === 'deleting' || activity === 'checking' ? activity : undefined
    const issues = issuesOf(code, locale, this)
    const created = parseTime(code.created_at)
    const device = this.#deviceData
    const lock = lockName(device, device?.device_id, code.device_id)
    const external = code.is_external_modification_allowed === true
    const fact = (label: string, value: unknown) => html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`
    return html`<dl class="facts">
      ${fact(t(locale, 'colStatus'), statusPart(code.status, locale, { activity: busy }))}
      ${fact(t(locale, 'colCode'), pinPart(code, locale, { onCopy: (pin, shown) => void this.#copy(pin, shown), copied: this.copied }))}
      ${fact(t(locale, 'colSchedule'), schedulePart(code, ctx))}
      ${issues.length > 0
        ? fact(t(locale, 'colIssues'), issueChips(issues, locale, this.#popover, { owner: code.access_code_id, onEnter: (issue) => this.#remedies.enter(issue, code) }))
        : nothing}
      ${lock === undefined ? nothing : fact(t(locale, 'device'), lock)}
      ${created == null
        ? // Nothing to say is said by no fact, rather than a label over a blank.
          nothing
        : fact(t(locale, 'colCreated'), html`${formatDate(created, ctx)} <span class="muted">· ${relativeTime(created, ctx)}</span>`)}
      ${fact(
        t(locale, 'detailsExternal'),
        html`${t(locale, external ? 'detailsExternalYes' : 'detailsExternalNo')}<span class="meaning"
            >${t(locale, external ? 'allowExternalYes' : 'allowExternalNo')}</span
          >`,
      )}
      ${fact(t(locale, 'detailsId'), html`<code class="id">${code.access_code_id}</code>`)}
    </dl>`
  }

  #actions(code: AccessCode, locale: string): TemplateResult {
    const id = code.access_code_id
    const name = displayName(code, locale)
    const activity = this.#deletes.activity(id)
    const busy = activity === 'deleting' || activity === 'checking'
    const backup = this.#backupAvailable(code)
    let del: TemplateResult | typeof nothing = nothing
    if (this.#canDelete) {
      if (code.is_offline_access_code) del = html`<span class="muted small">${t(locale, 'offlineNoDelete')}</span>`
      else if (busy) del = html`<span class="muted">${t(locale, activity === 'checking' ? 'checkingOutcome' : 'deleting')}</span>`
      else if (this.#deletes.asking(id)) del = this.#deletes.question(code, locale)
      else if (this.#deletes.unconfirmed(id)) del = this.#deletes.checkAgainButton(code, locale)
      else
        del = html`<button ${this.#deletes.confirm.trigger(id)} type="button" part="delete-button" class="danger" @click=${() => this.#deletes.ask(id)}>
          ${t(locale, 'delete')}
        </button>`
    }
    const asking = this.#deletes.asking(id)
    return html`<div class="actions" role="group" aria-label=${t(locale, 'detailsActions', { name })}>
        ${this.#canEdit && !busy && !asking
          ? html`<button type="button" part="edit-button" @click=${() => this.#edit(code, 'name')}>${t(locale, 'edit')}</button>`
          : nothing}
        ${backup && !busy && !asking
          ? html`<button type="button" part="backup-button" @click=${() => void this.#dialog.openBackup(code)}>${remedyText('useBackup', locale)}</button>`
          : nothing}
        ${del}
      </div>
      ${this.#deletes.failureNote(id, locale)}`
  }

  #backupAvailable(code: AccessCode): boolean {
    return this.store != null && code.is_backup_access_code_available === true && !code.pulled_backup_access_code_id && code.type === 'time_bound'
  }

  /** Edit: the page's own form when it cancels the event (the table's dialog does), else the kit's in a dialog. */
  #edit(code: AccessCode, field: CodeField): void {
    if (emit(this, 'access-code-edit', { accessCode: code, field }, true)) void this.#dialog.openForm(code, field)
  }

  async #copy(pin: string, shown: Element): Promise<void> {
    this.copied = await copyPin(pin, shown, this.lang_, (text) => this.#announcer.announce(text))
    clearTimeout(this.#copyTimer)
    this.#copyTimer = setTimeout(() => (this.copied = undefined), COPY_SAID_MS[this.copied])
  }

  /** "Show older", then focus on the first older event, so keys go on from there. */
  async #showOlder(): Promise<void> {
    // Only the press that brought the page moves focus: a second one while
    // it loads would otherwise send focus to the page before, then back.
    if (!(await this.#history.loadOlder())) return
    this.#focusOlder = true
    this.requestUpdate()
  }
}

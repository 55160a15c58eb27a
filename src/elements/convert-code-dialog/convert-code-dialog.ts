import type { Device, UnmanagedAccessCode } from '@seamapi/types/connect'
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { property, query, state } from 'lit/decorators.js'
import { explainIssue, providerHas, providerOf, wordsVersion, type ExplainedIssue } from '../../catalog/index.js'
// The refusal lists each problem's explanation in the dialog and in its event, not behind a chip.
import '../../catalog/issue-texts.en.js'
import { FollowDeadlineError, asSeamError, awaitsOutcome, type SeamError } from '../../state/index.js'
import { emit } from '../../events.js'
import { describeError } from '../../catalog/index.js'
import { t } from '../../i18n/index.js'
import '../../i18n/strings.more.en.js'
import { checkConversion, convertUnmanaged, type ConversionOutcome, type ConversionProblems } from '../../state/mutations.js'
import { Announcer } from '../../ui/controllers/announcer.js'
import { deepActiveElement } from '../../ui/controllers/modal.js'
import { QueryController } from '../../ui/controllers/query.js'
import { SessionMembership } from '../../ui/controllers/session-members.js'
import { displayName, lockName } from '../../ui/format.js'
import { memo } from '../../ui/memo.js'
import { PopoverController } from '../../ui/popover.js'
import { SeamElement } from '../../ui/seam-element.js'
import { codeParts } from '../../ui/styles/code-parts.js'
import { dialogParts } from '../../ui/styles/dialog.js'
import { tokens } from '../../ui/styles/tokens.js'
import { pinPart, schedulePart, zoneNotePart } from '../../ui/templates/code.js'
import { explanationPart, issueChips } from '../../ui/templates/issues.js'
import { resolveTimeZone } from '../../ui/zoned-time.js'
import { styles } from './convert-code-dialog.styles.js'

/** `unconfirmed`: the answer was lost and checking could not tell how it went; only "Check again" is offered. */
type Step = 'confirm' | 'converting' | 'converted' | 'failed' | 'pending' | 'request-failed' | 'unconfirmed'

/** How long Seam may take before the dialog says the conversion goes on in the background. */
const PENDING_AFTER_MS = 60_000
/** How long the store keeps following a conversion after that. */
const FOLLOW_FOR_MS = 15 * 60_000

const PROBLEM_GROUPS: [keyof ConversionProblems, 'error' | 'warning'][] = [
  ['access_code_errors', 'error'],
  ['device_errors', 'error'],
  ['connected_account_errors', 'error'],
  ['access_code_warnings', 'warning'],
  ['device_warnings', 'warning'],
  ['connected_account_warnings', 'warning'],
]

/**
 * Converts one unmanaged code to a managed one and follows Seam's
 * asynchronous conversion to its end: confirm, converting, converted or
 * failed (with the reasons), or still pending after a long wait.
 *
 * @tagname convert-code-dialog
 * @summary A modal dialog that converts an unmanaged code and follows the conversion.
 * @fires {CustomEvent<SeamEventDetails['unmanaged-code-converted']>} unmanaged-code-converted - Seam now manages the code. `detail: { accessCode }` (the managed code)
 * @fires {CustomEvent<SeamEventDetails['unmanaged-code-convert-failed']>} unmanaged-code-convert-failed - Seam could not convert it; it stays unmanaged. `detail: { accessCodeId, errors, warnings, problems }`
 * @fires {CustomEvent<SeamEventDetails['seam-error']>} seam-error - The convert request failed. `detail: { error }`
 * @fires {Event} close - The dialog closed.
 * @csspart dialog - The native dialog element.
 * @csspart confirm-button - The button that starts the conversion.
 * @csspart cancel-button - The button that closes without converting.
 * @csspart error - Why the code to convert could not be loaded.
 * @csspart check-button - "Check again": asks Seam how a conversion whose answer was lost went; it never converts again.
 * @csspart code - The PIN, or what stands for it when it is hidden.
 * @csspart schedule - The code's type and time window.
 * @csspart issue - A reason chip on failure.
 * @csspart explanation - The popover that explains a reason.
 */
export class ConvertCodeDialog extends SeamElement {
  static override styles = [tokens, codeParts, dialogParts, styles]

  /** The unmanaged code to convert. */
  @property({ attribute: 'access-code-id' }) accessCodeId?: string
  /** Whether the dialog is open. */
  @property({ type: Boolean, reflect: true }) open = false
  /** Initial value of "allow changes made outside Seam". */
  @property({ type: Boolean, attribute: 'allow-external-modification' }) allowExternalModification = false
  /** The code itself, when the page already has it (skips fetching it). */
  @property({ attribute: false }) accessCode?: UnmanagedAccessCode
  /** Milliseconds before a conversion in progress is reported as still pending. */
  @property({ type: Number, attribute: 'pending-after' }) pendingAfter = PENDING_AFTER_MS

  @state() private step: Step = 'confirm'
  @state() private allow = false
  @state() private force = false
  /** Why Seam could not convert it, as Seam said; put into words at each render, in the language of then. */
  @state() private failedProblems: ConversionProblems | undefined
  readonly #explained = memo((problems: ConversionProblems | undefined, locale: string, _words: number): ExplainedIssue[] =>
    problems ? PROBLEM_GROUPS.flatMap(([key, severity]) => problems[key].map((p) => explainIssue(p, severity, locale))) : [],
  )
  /** The reasons, in the current language (and its words, which may arrive after the failure did). */
  get #problems(): ExplainedIssue[] {
    return this.#explained(this.failedProblems, this.lang_, wordsVersion())
  }
  /** Why the last convert request failed; for `unconfirmed`, the error (see awaitsOutcome) that "Check again" resolves. */
  @state() private requestError?: SeamError
  @query('dialog') private dialog!: HTMLDialogElement
  // Loaded while open, through the store's cache: a code the page did not
  // give is asked for by id, and its device for the PIN rule and the name.
  readonly #loaded = new QueryController<UnmanagedAccessCode>(this, () =>
    this.open && !this.accessCode && this.accessCodeId ? this.store?.unmanagedCode(this.accessCodeId) : undefined,
  )
  readonly #device = new QueryController<Device>(this, () => {
    const code = this.open ? this.#code : undefined
    return code ? this.store?.device(code.device_id) : undefined
  })
  readonly #popover = new PopoverController<ExplainedIssue>(this)
  // Two live regions: what is said while the modal is open must be inside it
  // (the page behind is inert), and what is said after it closed (a conversion
  // that ends later) outside it (a closed <dialog> is not rendered).
  readonly #announcerInside = new Announcer(this)
  readonly #announcerOutside = new Announcer(this)
  #say(text: string): void {
    ;(this.dialog?.open ? this.#announcerInside : this.#announcerOutside).announce(text)
  }
  #trigger: HTMLElement | undefined
  #run = 0
  #saidChecking = false

  constructor() {
    super()
    // The page's dialog, offered to every list of its session; one a list
    // made for itself and handed its session stays that list's.
    new SessionMembership(this, 'convert-code-dialog', () => (this.sessionController.handed ? undefined : this.store))
  }

  get #code(): UnmanagedAccessCode | undefined {
    const code = this.accessCode ?? this.#loaded.state?.data
    return code && (!this.accessCodeId || code.access_code_id === this.accessCodeId) ? code : undefined
  }

  get #deviceData(): Device | undefined {
    const device = this.#device.state?.data
    return device && device.device_id === this.#code?.device_id ? device : undefined
  }

  /** Opens the dialog, for a code object or id, or for `access-code-id`. */
  show(codeOrId?: UnmanagedAccessCode | string): void {
    const previous = this.accessCodeId
    if (typeof codeOrId === 'string') {
      this.accessCodeId = codeOrId
      this.accessCode = undefined
    } else if (codeOrId) {
      this.accessCode = codeOrId
      this.accessCodeId = codeOrId.access_code_id
    }
    this.#trigger = deepActiveElement()
    // Reopened for the code being converted: show its progress, or why it
    // failed (perhaps after the dialog was closed). For another code: start
    // afresh; the store keeps following the first one, and this dialog no
    // longer reports it as the new code's outcome.
    const running = this.step === 'converting' || this.step === 'pending'
    // "Check again" while the session still says Seam may convert it (another element may have settled it since).
    const unsettled = this.accessCodeId ? this.store?.unsettled('convert', this.accessCodeId) !== undefined : false
    const asking = this.step === 'unconfirmed' && unsettled
    // A failure told while the dialog was closed is shown once; after that, the choices again.
    const unseenFailure = this.step === 'failed' && this.#failedClosed && !unsettled
    this.#failedClosed = false
    if (this.accessCodeId !== previous || !(running || asking || unseenFailure)) {
      this.#run++
      this.#reset()
    }
    this.open = true
  }

  close(): void {
    this.open = false
  }

  /** The last conversion failed while the dialog was closed: its reasons are shown when it reopens. */
  #failedClosed = false

  #reset(): void {
    this.allow = this.allowExternalModification
    this.force = false
    this.failedProblems = undefined
    // A conversion of this code Seam may still apply, sent from here before or
    // from elsewhere (a list's "Convert all"): "Check again", never Convert.
    const unsettled = this.accessCodeId ? this.store?.unsettled('convert', this.accessCodeId) : undefined
    this.step = unsettled ? 'unconfirmed' : 'confirm'
    this.requestError = unsettled
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    // The page hears of a code or lock that could not be loaded, as from every element.
    this.reportOnce(this.#loaded.state?.error)
    this.reportOnce(this.#device.state?.error)
    if (changed.has('allowExternalModification') && this.step === 'confirm') this.allow = this.allowExternalModification
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('open')) {
      if (this.open && !this.dialog.open) {
        this.#trigger ??= deepActiveElement()
        this.dialog.showModal()
      } else if (!this.open && this.dialog.open) {
        this.dialog.close()
      }
    }
    if (changed.has('step')) this.#announceStep()
    if (changed.has('step') && this.dialog.open) this.#keepFocusInside()
    // Checking is the store's activity, not a step: say it once when it starts.
    const checking = this.#checking
    if (checking && !this.#saidChecking) this.#say(t(this.lang_, 'convertChecking'))
    this.#saidChecking = checking
  }

  /** The store is asking Seam how a conversion whose answer was lost went. */
  get #checking(): boolean {
    const id = this.#code?.access_code_id
    return id != null && this.store?.activity(id) === 'checking'
  }

  /** Each step is said once, politely, whether or not the dialog is open. */
  #announceStep(): void {
    const locale = this.lang_
    const reason = this.requestError ? describeError(locale, this.requestError) : ''
    const say: Partial<Record<Step, string>> = {
      converting: t(locale, 'convertingProgress'),
      pending: t(locale, 'convertPending'),
      converted: t(locale, 'converted'),
      failed: [t(locale, 'convertFailed'), ...this.#problems.map((p) => p.title)].join(' '),
      'request-failed': t(locale, 'convertRequestFailed', { reason }),
      unconfirmed: t(locale, this.#unconfirmedKey),
    }
    const text = say[this.step]
    if (text) this.#say(text)
  }

  /**
   * A step change replaces or disables the button that had focus; put focus
   * on the action that now makes sense instead of letting it fall to the body.
   */
  #keepFocusInside(): void {
    const active = this.shadowRoot?.activeElement as HTMLButtonElement | null
    if (active?.isConnected && !active.disabled) return
    const confirm = this.shadowRoot?.querySelector<HTMLButtonElement>('[part=confirm-button]:not([disabled]), [part=check-button]')
    ;(confirm ?? this.shadowRoot?.querySelector<HTMLButtonElement>('[part=cancel-button]'))?.focus()
  }

  #onClose = (): void => {
    this.open = false
    this.#popover.close()
    const trigger = this.#trigger
    this.#trigger = undefined
    // Focus goes back where it came from, even inside another shadow root.
    if (trigger?.isConnected) trigger.focus()
    this.dispatchEvent(new CustomEvent('close', { bubbles: true, composed: true }))
  }

  /** A lost answer, or a conversion Seam took and has not told the outcome of by the deadline. */
  get #unconfirmedKey(): 'convertUnconfirmed' | 'convertNotTold' {
    return this.requestError instanceof FollowDeadlineError ? 'convertNotTold' : 'convertUnconfirmed'
  }

  #convert(): Promise<void> {
    const store = this.store
    const code = this.#code
    if (!store || !code) return Promise.resolve()
    return this.#follow(() => convertUnmanaged(store, code, { allowExternalModification: this.allow, force: this.force, deadlineMs: FOLLOW_FOR_MS }))
  }

  /** "Check again" after an unconfirmed conversion: asks Seam, never converts again. */
  #checkAgain(): Promise<void> {
    const store = this.store
    const code = this.#code
    const lost = this.requestError
    if (!store || !code || !lost) return Promise.resolve()
    return this.#follow(() => checkConversion(store, code, lost, { deadlineMs: FOLLOW_FOR_MS }))
  }

  /** Shows a conversion (or its check) to its end and tells the page its outcome. */
  async #follow(start: () => Promise<ConversionOutcome>): Promise<void> {
    const code = this.#code
    if (!code || this.step === 'converting') return
    const run = ++this.#run
    this.step = 'converting'
    this.requestError = undefined
    const pendingTimer = setTimeout(() => run === this.#run && this.step === 'converting' && (this.step = 'pending'), this.pendingAfter)
    try {
      const outcome = await start()
      // The page hears every outcome, even after the dialog moved on to
      // another code; only the dialog's own view belongs to the latest run.
      const mine = run === this.#run
      if (outcome.status === 'converted') {
        if (mine) this.step = 'converted'
        emit(this, 'unmanaged-code-converted', { accessCode: outcome.accessCode })
      } else {
        if (mine) {
          this.failedProblems = outcome.problems
          this.step = 'failed'
          this.#failedClosed = !this.open
        }
        emit(this, 'unmanaged-code-convert-failed', {
          accessCodeId: code.access_code_id,
          errors: outcome.problems.access_code_errors,
          warnings: outcome.problems.access_code_warnings,
          problems: outcome.problems,
        })
      }
    } catch (thrown) {
      const error = asSeamError(thrown)
      this.reportError(error)
      if (run !== this.#run) return
      this.requestError = error
      // Seam may still convert it (a lost answer checking could not settle, or
      // no outcome by the deadline): "Check again", never a second conversion.
      this.step = awaitsOutcome(error) ? 'unconfirmed' : 'request-failed'
    } finally {
      clearTimeout(pendingTimer)
    }
  }

  override render(): TemplateResult {
    const locale = this.lang_
    return html`<dialog part="dialog" aria-labelledby="title" aria-describedby="body" @close=${this.#onClose}>
      <h2 id="title">${t(locale, 'dialogTitle')}</h2>
      <div id="body">${this.#body(locale)}</div>
      ${this.#announcerInside.render()}
      <div class="buttons">${this.#buttons(locale)}</div>
      ${explanationPart(locale, this.#popover)}
    </dialog>${this.#announcerOutside.render()}`
  }

  #summary(code: UnmanagedAccessCode, locale: string): TemplateResult {
    const device = this.#deviceData
    const hidden = providerHas('hidesPin', providerOf(device))
    const deviceName = lockName(device)
    const lock = this.#device.state
    const zone = resolveTimeZone(this.timeZone || undefined, device, device === undefined && lock?.error !== undefined)
    return html`<dl class="summary">
      <dt>${t(locale, 'colName')}</dt>
      <dd class="name">${displayName(code, locale)}</dd>
      <dt>${t(locale, 'colCode')}</dt>
      <dd>${pinPart(code, locale, { hiddenByProvider: hidden })}</dd>
      ${deviceName ? html`<dt>${t(locale, 'device')}</dt><dd>${deviceName}</dd>` : nothing}
      <dt>${t(locale, 'colSchedule')}</dt>
      <dd>${schedulePart(code, { locale, timeZone: zone.timeZone })}</dd>
    </dl>
    ${zoneNotePart(locale, zone, () => void this.#device.refresh())}`
  }

  #body(locale: string): TemplateResult {
    const code = this.#code
    const sessionError = this.session.error
    if (sessionError) return html`<p role="alert">${describeError(locale, sessionError)}</p>`
    if (!code) {
      const loadError = this.#loaded.state?.error
      return loadError
        ? html`<p part="error" role="alert">${describeError(locale, loadError)}</p>
            <button type="button" class="reload" @click=${() => void this.#loaded.refresh()}>${t(locale, 'tryAgain')}</button>`
        : html`<p>${this.accessCodeId ? t(locale, 'loading') : t(locale, 'noCodeChosen')}</p>`
    }
    switch (this.step) {
      case 'confirm': {
        const transferred = (Array.isArray(code.warnings) ? code.warnings : []).some((w) => w?.warning_code === 'management_transferred')
        return html`${this.#summary(code, locale)}
          <p>${t(locale, 'dialogMeaning')}</p>
          <label class="choice"
            ><input type="checkbox" .checked=${this.allow} @change=${(e: Event) => (this.allow = (e.target as HTMLInputElement).checked)} />
            ${t(locale, 'allowExternal')}</label
          >
          <p class="muted hint">${t(locale, this.allow ? 'allowExternalYes' : 'allowExternalNo')}</p>
          ${transferred
            ? html`<label class="choice"
                  ><input type="checkbox" .checked=${this.force} @change=${(e: Event) => (this.force = (e.target as HTMLInputElement).checked)} />
                  ${t(locale, 'force')}</label
                >
                <p class="muted hint">${t(locale, 'forceMeaning')}</p>`
            : nothing}`
      }
      case 'converting':
        return html`${this.#summary(code, locale)}
          <p class="progress">
            <span class="spinner" aria-hidden="true"></span>${t(locale, this.#checking ? 'convertChecking' : 'convertingProgress')}
          </p>`
      case 'pending':
        return html`${this.#summary(code, locale)}
          <p>${t(locale, this.#checking ? 'convertChecking' : 'convertPending')}</p>`
      case 'converted':
        return html`${this.#summary(code, locale)}
          <p class="success">${t(locale, 'converted')}</p>`
      case 'failed':
        return html`${this.#summary(code, locale)}
          <p class="failure">${t(locale, 'convertFailed')}</p>
          ${issueChips(this.#problems, locale, this.#popover)}
          <ul class="reasons">
            ${this.#problems.map((p) => html`<li><strong>${p.title}</strong> ${p.explanation} ${p.action}</li>`)}
          </ul>`
      case 'request-failed':
        return html`${this.#summary(code, locale)}
          <p class="failure">${t(locale, 'convertRequestFailed', { reason: this.requestError ? describeError(locale, this.requestError) : '' })}</p>`
      case 'unconfirmed':
        return html`${this.#summary(code, locale)}
          <p class="failure">${t(locale, this.#unconfirmedKey)}</p>`
    }
  }

  #buttons(locale: string): TemplateResult {
    const cancel = (label: 'cancel' | 'close') =>
      html`<button type="button" part="cancel-button" @click=${() => this.close()}>${t(locale, label)}</button>`
    const confirm = (label: 'confirmConvert' | 'retry', disabled = false) =>
      html`<button type="button" part="confirm-button" class="primary" ?disabled=${disabled || !this.#code || !this.store} @click=${() => void this.#convert()}>
        ${t(locale, label)}
      </button>`
    switch (this.step) {
      case 'confirm':
        return html`${cancel('cancel')} ${confirm('confirmConvert')}`
      case 'converting':
        return html`${cancel('close')} ${confirm('confirmConvert', true)}`
      case 'failed':
      case 'request-failed':
        return html`${cancel('close')} ${confirm('retry')}`
      case 'unconfirmed':
        // Converting again is not offered until Seam tells it did not happen.
        return html`${cancel('close')}
          <button type="button" part="check-button" class="primary" ?disabled=${!this.#code || !this.store} @click=${() => void this.#checkAgain()}>
            ${t(locale, 'checkAgain')}
          </button>`
      default:
        return cancel('close')
    }
  }
}

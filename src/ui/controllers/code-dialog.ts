import type { AccessCode } from '@seamapi/types/connect'
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit'
import { repeat } from 'lit/directives/repeat.js'
import { describeError, remedyText, type CodeField } from '../../catalog/index.js'
import { emit } from '../../events.js'
import { t } from '../../i18n/index.js'
import '../../i18n/strings.more.en.js'
import { OutcomeUnknownError, asSeamError, checkPullBackup, pullBackupCode, type SeamError } from '../../state/index.js'
import { displayName } from '../format.js'
import { detailsParts, formParts } from '../exported-parts.js'
import { pinPart } from '../templates/code.js'
import type { IssueFilters } from '../templates/issues.js'
import { Announcer } from './announcer.js'
import { ModalController, type DialogHost, type DialogSession } from './modal.js'
import { DEFAULT_POLL_MS } from './polling.js'

/** The form's public side, as the dialog uses it (the form's module loads when first needed). */
interface FormLike extends HTMLElement {
  updateComplete: Promise<boolean>
  readonly pendingSave: boolean
  reset(): void
  focusField(field: CodeField): Promise<void>
}

type Mode =
  | { kind: 'details'; code: AccessCode }
  | { kind: 'create' }
  | { kind: 'edit'; code: AccessCode; focus: CodeField }
  | { kind: 'backup'; code: AccessCode; step: 'confirm' | 'pulling' | 'pulled' | 'failed'; backup?: AccessCode; error?: SeamError }

type FormMode = Extract<Mode, { kind: 'create' | 'edit' }>
const isForm = (mode: Mode | undefined): mode is FormMode => mode?.kind === 'create' || mode?.kind === 'edit'
/** One form per purpose: a new code's, or one code's edit. */
const formKey = (mode: FormMode): string => (mode.kind === 'create' ? 'create' : `edit:${mode.code.access_code_id}`)

export interface CodeDialogOptions extends DialogSession {
  deviceId: () => string | undefined
  /** Where focus goes when what opened the dialog is gone: the code's row. */
  focusRow: (accessCodeId: string | undefined) => void
  /**
   * Registers `<access-code-form>` (the host imports its chunk: this layer
   * names no element's module); called on first use.
   */
  loadForm: () => Promise<unknown>
  /** Registers `<access-code-details>`, for a host that shows them (`openDetails`). */
  loadDetails?: () => Promise<unknown>
  /** What the details the dialog shows take from the host, read each time they render. */
  details?: () => DetailsSettings
}

/**
 * The host's settings the details carry on: one object, so a setting the
 * details gain is one more field here, not one more callback.
 */
export interface DetailsSettings extends IssueFilters {
  disableEdit?: boolean
  disableDelete?: boolean
  /** How often they poll (the host's `poll-interval`; 0 for a host given its codes by the page); 30 s unset. */
  pollInterval?: number
  /** Their zone, where it is not the dialog's `timeZone` (a host given its codes shows them in its own). */
  timeZone?: string | undefined
}

/**
 * The one modal dialog of the table and of the details: the access code
 * form (Add code, Edit, "Choose another PIN"), the details (the table's), or
 * the backup code flow ("Use a backup code").
 * Focus goes back to what opened it when it closes.
 */
export class CodeDialog implements ReactiveController {
  readonly #host: DialogHost
  readonly #o: CodeDialogOptions
  mode: Mode | undefined
  #codeId: string | undefined
  /**
   * Forms closed while they still saved, or with a save whose answer was
   * lost, by form (`formKey`): each stays rendered, hidden, whatever the
   * dialog shows next (another code's form, the details), so opening the same
   * form again shows it as it was ("Saving…", "Check again") instead of a
   * blank one that would send the code a second time.
   */
  readonly #kept = new Map<string, FormMode>()
  // Opening, and focus back on what opened it; a remedy button inside a closed explanation is gone, so then the row.
  readonly #modal: ModalController
  /** Said while the modal is open: the host's own region is behind it, inert then. */
  readonly #announcer: Announcer

  constructor(host: DialogHost, options: CodeDialogOptions) {
    this.#host = host
    this.#o = options
    this.#announcer = new Announcer(host)
    this.#modal = new ModalController(host, {
      dialog: () => this.#dialog,
      fallbackFocus: () => this.#o.focusRow(this.#codeId),
      closed: () => {
        const mode = this.mode
        if (isForm(mode) && this.#form?.pendingSave === true) this.#kept.set(formKey(mode), mode)
        this.mode = undefined
        this.#forgetSettled()
      },
    })
    host.addController(this)
  }

  hostConnected(): void {}

  get #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector<HTMLDialogElement>('dialog[part~="dialog"]')
  }

  /** The form the dialog shows, not one of those it keeps hidden. */
  get #form(): FormLike | null {
    const mode = this.mode
    return isForm(mode) ? this.#formOf(formKey(mode)) : null
  }

  #formOf(key: string): FormLike | null {
    return this.#host.renderRoot.querySelector<FormLike>(`dialog [data-form="${CSS.escape(key)}"] > access-code-form`)
  }

  /** Kept forms whose save has settled (saved, or refused and back to editing) are kept no longer. */
  #forgetSettled(): void {
    for (const key of [...this.#kept.keys()]) if (this.#formOf(key)?.pendingSave !== true) this.#kept.delete(key)
    this.#host.requestUpdate()
  }

  /** Opens a code's details (`<access-code-details>`, loaded with its first use); focus goes to them. */
  async openDetails(code: AccessCode): Promise<void> {
    this.#remember(code)
    await this.#o.loadDetails?.()
    this.#show({ kind: 'details', code })
    await this.#host.updateComplete
    const details = this.#host.renderRoot.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('dialog access-code-details')
    await details?.updateComplete
    details?.focus()
  }

  /** Opens the form: to create a code, or to edit one (focus on `focus`). */
  async openForm(code?: AccessCode, focus: CodeField = 'name'): Promise<void> {
    // From the details, the same dialog switches to the form; closing it still returns to the row.
    if (this.mode?.kind !== 'details') this.#remember(code)
    // The form's code loads with its first use, not with the table.
    await this.#o.loadForm()
    const asked: FormMode = code ? { kind: 'edit', code, focus } : { kind: 'create' }
    // A kept form is shown as it was, focus on what it offers now (its "Check again").
    const kept = this.#kept.get(formKey(asked))
    this.#show(kept ?? asked)
    await this.#host.updateComplete
    const form = this.#form
    if (!form) return
    await form.updateComplete
    if (!kept) form.reset()
    const check = kept && form.shadowRoot?.querySelector<HTMLElement>('[part~="check-button"]')
    if (check) check.focus()
    else await form.focusField(code ? focus : 'name')
  }

  /**
   * Asks first, then pulls a backup code for a code that could not be set.
   * A pull Seam may still have made (its answer lost, sent from a dialog
   * since closed) is asked about instead: "Check again", never a second pull.
   */
  async openBackup(code: AccessCode): Promise<void> {
    this.#remember(code)
    const unsettled = this.#o.store()?.unsettled('pull-backup', code.access_code_id)
    this.#show(unsettled ? { kind: 'backup', code, step: 'failed', error: unsettled } : { kind: 'backup', code, step: 'confirm' })
    await this.#host.updateComplete
    this.#host.renderRoot.querySelector<HTMLElement>('[part~="confirm-button"]')?.focus()
  }

  close(): void {
    this.#modal.close()
  }

  /** Remembers what has focus (before a chunk loads, while it is still the trigger) and the code. */
  #remember(code: AccessCode | undefined): void {
    this.#codeId = code?.access_code_id
    this.#modal.open()
  }

  #show(mode: Mode): void {
    this.mode = mode
    this.#modal.open()
  }

  /** Pulls a backup code; with `lost` (a pull whose outcome is unknown), only asks Seam whether it was pulled: "Check again". */
  async #pull(code: AccessCode, lost?: OutcomeUnknownError): Promise<void> {
    const store = this.#o.store()
    const mode = this.mode
    if (!store || mode?.kind !== 'backup' || mode.step === 'pulling') return
    this.mode = { ...mode, step: 'pulling', error: undefined }
    this.#host.requestUpdate()
    // Closed while it pulls (the dialog offers Close), the page still hears
    // how it went: the event fires, and the code shows its backup.
    const shown = (): Extract<Mode, { kind: 'backup' }> | undefined => (this.mode?.kind === 'backup' && this.mode.code === code ? this.mode : undefined)
    try {
      const backup = await (lost ? checkPullBackup(store, code, lost) : pullBackupCode(store, code))
      const said = `${remedyText('backupPulled', this.#o.locale(), { name: displayName(code, this.#o.locale()) })} ${backup.code ?? ''}`
      if (shown()) this.#announcer.announce(said)
      else this.#o.announce(said)
      emit(this.#host, 'access-code-backup-pulled', { accessCode: code, backupAccessCode: backup })
      const m = shown()
      if (m) this.mode = { ...m, step: 'pulled', backup }
    } catch (thrown) {
      const error = asSeamError(thrown)
      this.#o.report(error)
      const m = shown()
      if (m) this.mode = { ...m, step: 'failed', error }
    }
    this.#host.requestUpdate()
    if (!shown()) return
    await this.#host.updateComplete
    this.#host.renderRoot.querySelector<HTMLElement>('dialog [part~="confirm-button"], dialog [part~="check-button"], dialog [part~="cancel-button"]')?.focus()
  }

  #saved(kind: 'created' | 'updated', e: CustomEvent<{ accessCode: AccessCode }>): void {
    // Closed while it saved (Escape, Cancel): the form finished away from the
    // page, where nobody hears its event. The host says it instead, as the
    // form would have through it (CONTRACT: from the form and the table).
    const form = e.target as Element | null
    if (form && !form.isConnected) emit(this.#host, kind === 'created' ? 'access-code-created' : 'access-code-updated', e.detail)
    const locale = this.#o.locale()
    this.#o.announce(t(locale, kind, { name: displayName(e.detail.accessCode, locale) }))
    // A kept form, hidden, that has now saved is done: the next opening of it starts afresh.
    if (form !== this.#form) return this.#forgetSettled()
    if (kind === 'created') this.#codeId = e.detail.accessCode.access_code_id
    this.close()
  }

  render(): TemplateResult | typeof nothing {
    const mode = this.mode
    const shown = isForm(mode) ? formKey(mode) : undefined
    // The form shown and the forms kept, each its own element for as long as it lives (keyed).
    const forms = [...this.#kept.values()]
    if (isForm(mode) && !this.#kept.has(shown!)) forms.push(mode)
    if (!mode && forms.length === 0) return nothing
    const locale = this.#o.locale()
    const title = !mode
      ? ''
      : mode.kind === 'details'
        ? displayName(mode.code, locale)
        : mode.kind === 'create'
          ? t(locale, 'formHeadingNew')
          : mode.kind === 'edit'
            ? t(locale, 'formHeadingEdit')
            : remedyText('useBackup', locale)
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${this.#modal.onClose} @cancel=${() => this.close()}>
      <h2 id="dialog-title">${title}</h2>
      ${this.#announcer.render()}
      ${mode?.kind === 'details' ? this.#detailsPart(mode, locale) : mode?.kind === 'backup' ? this.#backup(mode, locale) : nothing}
      ${repeat(
        forms,
        formKey,
        (form) => html`<div data-form=${formKey(form)} ?hidden=${formKey(form) !== shown}>${this.#formPart(form, locale)}</div>`,
      )}
    </dialog>`
  }

  #detailsPart(mode: Extract<Mode, { kind: 'details' }>, locale: string): TemplateResult {
    const edit = (e: CustomEvent<{ accessCode: AccessCode; field: CodeField }>) => {
      // The details' Edit: this dialog shows the form instead of a second dialog.
      e.preventDefault()
      void this.openForm(e.detail.accessCode, e.detail.field)
    }
    const settings = this.#o.details?.() ?? {}
    return html`<access-code-details
        exportparts=${detailsParts}
        heading=""
        locale=${locale}
        time-zone=${settings.timeZone ?? this.#o.timeZone() ?? ''}
        .accessCode=${mode.code}
        .sessionStore=${this.#o.store()}
        .pollInterval=${settings.pollInterval ?? DEFAULT_POLL_MS}
        ?disable-edit=${settings.disableEdit ?? false}
        ?disable-delete=${settings.disableDelete ?? false}
        .errorFilter=${settings.errorFilter}
        .warningFilter=${settings.warningFilter}
        @access-code-edit=${edit}
      ></access-code-details>
      <div class="buttons"><button type="button" part="cancel-button" @click=${() => this.close()}>${t(locale, 'close')}</button></div>`
  }

  #formPart(mode: FormMode, locale: string): TemplateResult {
    const store = this.#o.store()
    return html`<access-code-form
      exportparts=${formParts}
      heading=""
      locale=${locale}
      time-zone=${this.#o.timeZone() ?? ''}
      device-id=${mode.kind === 'create' ? (this.#o.deviceId() ?? '') : mode.code.device_id}
      .accessCode=${mode.kind === 'edit' ? mode.code : undefined}
      .sessionStore=${store}
      @access-code-created=${(e: CustomEvent<{ accessCode: AccessCode }>) => this.#saved('created', e)}
      @access-code-updated=${(e: CustomEvent<{ accessCode: AccessCode }>) => this.#saved('updated', e)}
      @cancel=${(e: Event) => (e.stopPropagation(), this.close())}
    ></access-code-form>`
  }

  #backup(mode: Extract<Mode, { kind: 'backup' }>, locale: string): TemplateResult {
    const name = displayName(mode.code, locale)
    const cancel = (label: 'cancel' | 'close') =>
      html`<button type="button" part="cancel-button" @click=${() => this.close()}>${t(locale, label)}</button>`
    const confirm = (label: 'backupConfirmButton' | 'retry') =>
      html`<button type="button" part="confirm-button" class="primary" @click=${() => void this.#pull(mode.code)}>
        ${label === 'retry' ? t(locale, 'retry') : remedyText(label, locale)}
      </button>`
    switch (mode.step) {
      case 'confirm':
        return html`<p>${remedyText('backupConfirm', locale, { name })}</p>
          <div class="buttons">${cancel('cancel')} ${confirm('backupConfirmButton')}</div>`
      case 'pulling':
        return html`<p class="progress" role="status">
            ${this.#o.store()?.activity(mode.code.access_code_id) === 'checking' ? t(locale, 'checkingOutcome') : remedyText('backupPulling', locale)}
          </p>
          <div class="buttons">${cancel('close')}</div>`
      case 'pulled':
        return html`<p>${remedyText('backupPulled', locale, { name })}</p>
          <p class="backup-pin"><span class="muted">${remedyText('backupPin', locale)}</span> ${pinPart(mode.backup!, locale)}</p>
          <div class="buttons">${cancel('close')}</div>`
      case 'failed':
        // A lost answer checking could not settle: says so, and offers "Check again" (asks, never pulls), no "Try again".
        if (mode.error instanceof OutcomeUnknownError) {
          const lost = mode.error
          return html`<p class="failure" role="alert">${describeError(locale, lost)}</p>
            <div class="buttons">
              ${cancel('close')}
              <button type="button" part="check-button" class="primary" @click=${() => void this.#pull(mode.code, lost)}>${t(locale, 'checkAgain')}</button>
            </div>`
        }
        return html`<p class="failure" role="alert">${remedyText('backupFailed', locale, { reason: mode.error ? describeError(locale, mode.error) : '' })}</p>
          <div class="buttons">${cancel('close')} ${confirm('retry')}</div>`
    }
  }
}

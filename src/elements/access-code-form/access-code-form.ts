import type { AccessCode, Device } from '@seamapi/types/connect'
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { property, state } from 'lit/decorators.js'
import { describeError } from '../../catalog/index.js'
import { codeRuleText, describeLengths, describeRefusal, type CodeField } from '../../catalog/code-rules.js'
import { emit } from '../../events.js'
import { t } from '../../i18n/index.js'
import '../../i18n/strings.more.en.js'
import {
  OutcomeUnknownError,
  awaitsOutcome,
  SeamUnreadableAnswerError,
  accessCodeQuery,
  asSeamError,
  checkCreate,
  checkUpdate,
  createAccessCode,
  generateAccessCode,
  updateAccessCode,
  type SeamError,
  type WriteOptions,
} from '../../state/index.js'
import { Announcer } from '../../ui/controllers/announcer.js'
import { QueryController } from '../../ui/controllers/query.js'
import { displayName } from '../../ui/format.js'
import { SeamElement } from '../../ui/seam-element.js'
import { stateParts } from '../../ui/styles/states.js'
import { tokens } from '../../ui/styles/tokens.js'
import { loadFailedBlock, loadingBlock, sessionErrorBlock } from '../../ui/templates/states.js'
import { resolveTimeZone, type ResolvedZone } from '../../ui/zoned-time.js'
import { styles } from './access-code-form.styles.js'
import {
  DEFAULT_OPTIONS,
  activeCodes,
  createParams,
  findProblems,
  isOffline,
  shownOptions,
  suggestedWindow,
  timeText,
  updateParams,
  valuesFromCode,
  valuesFromDefaults,
  type AccessCodeDefaults,
  type CheckContext,
  type CodeOptions,
  type FormValues,
  type OptionKey,
  type Problem,
  type Problems,
} from './model.js'
import { optionsPart, pinRulesPart, previewText } from './parts.js'
import { lockRules, type LockRules, type PinRuleKey } from './rules.js'

export type { AccessCodeDefaults } from './model.js'

/** `unconfirmed`: the answer of a save was lost and checking could not tell whether it went through; only "Check again" is offered. */
/** A save: its request (none for "Check again"), how to check it when its answer is lost, and the options it sends. */
interface SaveWrite {
  send?: (o: WriteOptions) => Promise<AccessCode>
  check: (lost: OutcomeUnknownError, o: WriteOptions) => Promise<AccessCode>
  options?: Partial<CodeOptions>
}

/** The code options among an update's parameters. */
const optionsIn = (params: object): Partial<CodeOptions> => Object.fromEntries(Object.entries(params).filter(([key]) => key in DEFAULT_OPTIONS))

type Phase = 'editing' | 'saving' | 'saved' | 'unconfirmed'
const FIELDS: CodeField[] = ['name', 'code', 'starts_at', 'ends_at']
const FIELD_IDS: Record<CodeField, string> = { name: 'name', code: 'pin', starts_at: 'start', ends_at: 'end' }

/**
 * Creates a managed access code on a lock, or edits one, by the lock's own
 * rules: every PIN rule the lock states is checked as it is typed and
 * before anything is sent, times are entered in the lock's time zone (named
 * beside them) and previewed in words, and only the options the lock
 * supports are offered. A refused request keeps everything typed and says
 * why, on the field it concerns.
 *
 * @tagname access-code-form
 * @summary Create or edit an access code by the lock's own rules.
 * @fires {CustomEvent<SeamEventDetails['access-code-created']>} access-code-created - Seam created the code (it goes on setting it on the lock). `detail: { accessCode }`
 * @fires {CustomEvent<SeamEventDetails['access-code-updated']>} access-code-updated - Seam took the changes. `detail: { accessCode }`
 * @fires {CustomEvent<SeamEventDetails['seam-error']>} seam-error - Loading, generating or saving failed. `detail: { error }`
 * @fires {CustomEvent<SeamEventDetails['access-code-submit']>} access-code-submit - A new code is about to be created (cancelable: cancel it to carry out the create yourself; the form then sends nothing). `detail: { params }`
 * @fires {Event} cancel - Cancel was pressed (cancelable: cancel it to keep what was typed; otherwise the form starts over).
 * @csspart form - The form element.
 * @csspart field - One field (name, PIN, times) with its label, hint and problem.
 * @csspart submit-button - Creates the code or saves the changes.
 * @csspart cancel-button - Leaves without saving.
 * @csspart check-button - "Check again": asks Seam whether a save whose answer was lost went through (never saves again).
 * @csspart generate-button - Asks Seam for a PIN this lock accepts.
 * @csspart preview - When the code works, in words.
 * @csspart loading - Shown while the lock's rules or the code load.
 * @csspart error - Shown when they could not be loaded.
 */
export class AccessCodeForm extends SeamElement {
  static override styles = [tokens, stateParts, styles]

  /** The lock to create a code on (not needed when editing). */
  @property({ attribute: 'device-id' }) deviceId?: string
  /** The code to edit, by id; the form then edits instead of creating. */
  @property({ attribute: 'access-code-id' }) accessCodeId?: string
  /** The code to edit, when the page already has it. */
  @property({ attribute: false }) accessCode?: AccessCode
  /** Prefill for a new code: `{ name, code, starts_at, ends_at, ...options }`. */
  @property({ attribute: false }) defaults?: AccessCodeDefaults
  /** Title above the form; empty hides it (a dialog around the form has its own). */
  @property() heading?: string
  /** The submit button's words for a new code, when a host gives the create another meaning (the list's "Replace"). */
  @property({ attribute: 'submit-label' }) submitLabel?: string

  @state() private values: FormValues = valuesFromDefaults(undefined)
  @state() private phase: Phase = 'editing'
  /** Fields whose problems show: typed in and left, or all after a submit. */
  @state() private shown = new Set<CodeField>()
  @state() private refusal?: { text: string; field: CodeField | undefined; error: SeamError }
  @state() private generating = false
  @state() private generateError?: SeamError
  @state() private savedName?: string
  /** The answer of the save was lost and the server is being asked what happened. */
  @state() private checking = false
  /** A save whose outcome checking could not settle: "Check again" runs `check` with its OutcomeUnknownError. */
  #lost?: { error: OutcomeUnknownError; write: SaveWrite; editing: boolean }

  // By id unless the page handed over that very code (`accessCode` of another id is not the one asked for).
  readonly #loaded = new QueryController<AccessCode>(this, () =>
    this.accessCodeId && this.accessCode?.access_code_id !== this.accessCodeId && this.store ? accessCodeQuery(this.store, this.accessCodeId) : undefined,
  )
  readonly #device = new QueryController<Device>(this, () => (this.#deviceId ? this.store?.device(this.#deviceId) : undefined))
  // The lock's other codes: a PIN or name already in use is said before sending.
  readonly #codes = new QueryController<AccessCode[]>(this, () => (this.#deviceId ? this.store?.accessCodes(this.#deviceId) : undefined))
  readonly #announcer = new Announcer(this)
  /** What the values were last seeded from: a code id, or the defaults as JSON. */
  #seed: unknown = Symbol('unseeded')
  /**
   * The code as this form last saved it, with the options it sent that Seam
   * does not report: later edits start from these, not from a `.accessCode`
   * the page has not replaced (a name changed back would not be sent).
   */
  #saved?: { code: AccessCode; options: Partial<CodeOptions> }
  #run = 0
  #focusNext: CodeField | undefined

  /** The code being edited, once known. */
  get #original(): AccessCode | undefined {
    const code = this.#given
    const saved = this.#saved?.code
    return saved && code && saved.access_code_id === code.access_code_id ? saved : code
  }

  get #given(): AccessCode | undefined {
    const given = this.accessCode
    if (given && (!this.accessCodeId || given.access_code_id === this.accessCodeId)) return given
    const loaded = this.#loaded.state?.data
    return loaded && loaded.access_code_id === this.accessCodeId ? loaded : undefined
  }

  /** The options this form last sent for the code being edited. */
  get #known(): Partial<CodeOptions> {
    const saved = this.#saved
    return saved && saved.code.access_code_id === this.#original?.access_code_id ? saved.options : {}
  }

  get #editing(): boolean {
    return this.accessCode != null || !!this.accessCodeId
  }

  get #deviceId(): string | undefined {
    if (!this.#editing) return this.deviceId
    // Only a string names a lock: Seam may send a code without one (src/api/answers.ts), a page anything.
    const id: unknown = this.#original?.device_id
    return typeof id === 'string' && id !== '' ? id : undefined
  }

  get #deviceData(): Device | undefined {
    const d = this.#device.state?.data
    return d && d.device_id === this.#deviceId ? d : undefined
  }

  get #rules(): LockRules {
    return lockRules(this.#deviceData)
  }

  get #zone(): ResolvedZone {
    return resolveTimeZone(this.timeZone || undefined, this.#deviceData)
  }

  /**
   * A save is under way, or its answer was lost and "Check again" is
   * offered: what a host that closes the form would lose (the table's dialog
   * keeps such a form, closed, for when the same form is opened again).
   */
  get pendingSave(): boolean {
    return this.phase === 'saving' || this.phase === 'unconfirmed'
  }

  /**
   * Starts over from the code or the defaults: what a dialog does each time
   * it opens the form. Not while a save is pending: its "Saving…" or "Check
   * again" is all that stops the same code being sent twice.
   */
  reset(): void {
    if (this.pendingSave) return
    this.#seed = Symbol('reset')
    this.phase = 'editing'
    this.#lost = undefined
    this.savedName = undefined
    this.#reseed()
  }

  /**
   * Moves focus to a field (the PIN for "Choose another PIN"); while the
   * lock's rules are still loading, as soon as the field is there.
   */
  async focusField(field: CodeField): Promise<void> {
    this.#focusNext = field
    await this.updateComplete
    this.#applyFocus()
  }

  #applyFocus(): void {
    const field = this.#focusNext
    const input = field && this.renderRoot.querySelector<HTMLElement>(`#${FIELD_IDS[field]}`)
    if (!input) return
    this.#focusNext = undefined
    input.focus()
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    if (this.#focusNext) this.#applyFocus()
  }

  #reseed(): void {
    // By value: a page that hands over an equal new object on each render
    // must not wipe what is being typed.
    const key = this.#editing ? this.#original?.access_code_id : JSON.stringify(this.defaults ?? null)
    if (key === this.#seed || (this.#editing && key === undefined)) return
    this.#seed = key
    this.values = this.#editing ? valuesFromCode(this.#original!, this.#known) : valuesFromDefaults(this.defaults)
    this.shown = new Set(this.#editing ? FIELDS : [])
    this.refusal = undefined
    this.generateError = undefined
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    // The page handed over a code anew: edits go on from that one, and from
    // what this form sent for it that Seam does not report, if it is the same code.
    if ((changed.has('accessCode') || changed.has('accessCodeId')) && this.#saved) {
      const given = this.#given
      this.#saved = given?.access_code_id === this.#saved.code.access_code_id ? { code: given, options: this.#saved.options } : undefined
    }
    this.reportOnce(this.#loaded.state?.error ?? this.#device.state?.error)
    this.#reseed()
    // A lock that takes offline codes only: every new code has a window, so the form starts with one.
    if (!this.#editing && !this.values.timeBound && this.#deviceData && isOffline(this.values, this.#rules)) this.values = { ...this.values, ...this.#timeBoundPatch() }
  }

  #context(): CheckContext {
    const rules = this.#rules
    return {
      rules,
      timeZone: this.#zone.timeZone,
      now: Date.now(),
      others: this.#codes.state?.data ?? [],
      original: this.#original,
      pinShown: rules.pinChoosable && !isOffline(this.values, rules),
    }
  }

  #set(patch: Partial<FormValues>, field?: CodeField): void {
    this.values = { ...this.values, ...patch }
    if (this.phase === 'saved') this.phase = 'editing'
    // What Seam said about a field no longer holds once it changes.
    if (field && this.refusal?.field === field) this.refusal = undefined
  }

  #setOption<K extends OptionKey>(key: K, value: FormValues['options'][K]): void {
    const patch: Partial<FormValues> = { options: { ...this.values.options, [key]: value } }
    // An offline code always has a window; give it the usual one to start from.
    if (key === 'is_offline_access_code' && value === true && !this.values.timeBound) Object.assign(patch, this.#timeBoundPatch())
    this.#set(patch)
  }

  #timeBoundPatch(): Partial<FormValues> {
    const v = this.values
    const empty = v.start === '' && v.end === '' && v.startMs == null && v.endMs == null
    return { timeBound: true, ...(empty ? suggestedWindow(Date.now(), this.#zone.timeZone) : {}) }
  }

  #show(field: CodeField): void {
    if (!this.shown.has(field)) this.shown = new Set([...this.shown, field])
  }

  async #generate(): Promise<void> {
    const store = this.store
    const deviceId = this.#deviceId
    if (!store || !deviceId || this.generating) return
    this.generating = true
    this.generateError = undefined
    const run = this.#run
    const typed = this.values.code
    try {
      const pin = await generateAccessCode(store, deviceId)
      // A PIN typed while Seam was choosing one is the person's choice: it stays.
      if (run !== this.#run || this.values.code !== typed) return
      this.#set({ code: pin }, 'code')
      this.#show('code')
      this.#announcer.announce(t(this.lang_, 'generated', { pin }))
    } catch (thrown) {
      const error = asSeamError(thrown)
      this.generateError = error
      this.reportError(error)
      // Said under the PIN, which focus is not on (it is on Generate): say it aloud too.
      if (run === this.#run) this.#announcer.announce(t(this.lang_, 'generateFailed', { reason: describeError(this.lang_, error) }))
    } finally {
      this.generating = false
    }
  }

  async #submit(e: Event): Promise<void> {
    e.preventDefault()
    // A save whose outcome is unknown is never sent again: Enter asks Seam instead.
    if (this.phase === 'unconfirmed') return this.#checkAgain()
    const store = this.store
    const deviceId = this.#deviceId
    // One request per submit: a second Enter or click while saving does nothing.
    if (!store || !deviceId || this.phase === 'saving') return
    const c = this.#context()
    const problems = findProblems(this.values, c)
    this.shown = new Set(FIELDS)
    const first = FIELDS.find((f) => problems[f])
    if (first) {
      const count = FIELDS.filter((f) => problems[f]).length
      this.#announcer.announce(count === 1 ? t(this.lang_, 'fixProblem') : t(this.lang_, 'fixProblems', { count }))
      return void this.focusField(first)
    }
    const editing = this.#editing
    const original = this.#original
    if (editing && !original) return
    const shown = shownOptions(this.values, c.rules, editing)
    if (original) {
      const changes = updateParams(this.values, { ...c, original }, shown, this.#known)
      // Nothing changed: nothing to send, and nothing Seam could refuse or lose.
      if (Object.keys(changes).length === 0) return this.#showSaved(original, true)
      await this.#save(true, {
        options: optionsIn(changes),
        send: (o) => updateAccessCode(store, original, changes, o),
        check: (lost, o) => checkUpdate(store, original, changes, lost, o),
      })
    } else {
      const params = createParams(deviceId, this.values, c, shown)
      // A host that carries out the create itself (replacing an unmanaged code) takes the request here.
      if (!emit(this, 'access-code-submit', { params }, true)) return
      await this.#save(false, {
        send: (o) => createAccessCode(store, params, o),
        check: (lost, o) => checkCreate(store, params, lost, o),
      })
    }
  }

  /** "Check again" after a save whose outcome is unknown: asks Seam through the state layer, never saves again. */
  async #checkAgain(): Promise<void> {
    const lost = this.#lost
    if (!lost || this.phase !== 'unconfirmed') return
    this.checking = true
    // The same write, only checked: #save never sends when given the lost answer.
    await this.#save(lost.editing, lost.write, lost.error)
  }

  /**
   * Runs a save (or, with `lost`, only its check) and shows how it went:
   * saved, refused (everything typed kept), or unknown, with "Check again".
   */
  async #save(
    editing: boolean,
    w: SaveWrite,
    lost?: OutcomeUnknownError,
  ): Promise<void> {
    this.phase = 'saving'
    this.refusal = undefined
    const run = ++this.#run
    const onChecking = () => {
      if (run !== this.#run) return
      this.checking = true
      this.#announcer.announce(t(this.lang_, 'checkingOutcome'))
    }
    try {
      const saved = lost ? await w.check(lost, { onChecking }) : await w.send!({ onChecking })
      if (run !== this.#run) return
      this.checking = false
      this.#lost = undefined
      this.#showSaved(saved, editing, w.options)
    } catch (thrown) {
      if (run !== this.#run) return
      this.checking = false
      const error = asSeamError(thrown)
      this.reportError(error)
      // An update Seam took whose attempt had not finished by the deadline is
      // not a refusal either: Save again would send it twice. "Check again" reads it.
      if (awaitsOutcome(error)) {
        this.#lost = { error: error instanceof OutcomeUnknownError ? error : new OutcomeUnknownError(error), write: w, editing }
        this.phase = 'unconfirmed'
        this.#announcer.announce(t(this.lang_, 'saveUnconfirmed'))
        return
      }
      this.#lost = undefined
      this.phase = 'editing'
      const refusal = describeRefusal(error, this.lang_)
      this.refusal = { ...refusal, error }
      this.#announcer.announce(this.#refusalText(this.lang_))
      if (refusal.field) void this.focusField(refusal.field)
    }
  }

  /** Shows a save that went through, and goes on from it: the same code for an edit, a blank form for the next new one. */
  #showSaved(saved: AccessCode, editing: boolean, options: Partial<CodeOptions> = {}): void {
    this.savedName = displayName(saved, this.lang_)
    this.phase = 'saved'
    this.#announcer.announce(t(this.lang_, editing ? 'updated' : 'created', { name: this.savedName }))
    if (editing) {
      // The edit goes on from what Seam now holds, and from the options sent that it does not report.
      this.#saved = { code: saved, options: { ...this.#known, ...options } }
      this.#seed = saved.access_code_id
      this.values = valuesFromCode(saved, this.#saved.options)
      emit(this, 'access-code-updated', { accessCode: saved })
    } else {
      // Ready for the next code.
      this.values = valuesFromDefaults(this.defaults)
      this.shown = new Set()
      emit(this, 'access-code-created', { accessCode: saved })
    }
  }

  /** Why the last save did not go through (a save whose outcome is unknown is not a refusal: it shows as `unconfirmed`). */
  #refusalText(locale: string): string {
    const r = this.refusal
    return r ? t(locale, 'refused', { reason: r.text }) : ''
  }

  #cancel(): void {
    const proceed = this.dispatchEvent(new CustomEvent('cancel', { bubbles: true, composed: true, cancelable: true }))
    if (proceed) this.reset()
  }

  override render(): TemplateResult {
    const locale = this.lang_
    const heading = this.heading ?? t(locale, this.#editing ? 'formHeadingEdit' : 'formHeadingNew')
    return html`${heading ? html`<h2>${heading}</h2>` : nothing}${this.#body(locale)}${this.#announcer.render()}`
  }

  #body(locale: string): TemplateResult {
    const sessionError = this.session.error
    if (sessionError) return sessionErrorBlock(locale, sessionError)
    if (!this.#editing && !this.deviceId) return html`<p part="error" role="alert">${t(locale, 'noDeviceForm')}</p>`
    const original = this.#original
    if (this.#editing && !original) {
      const error = this.#loaded.state?.error
      return error ? loadFailedBlock(locale, error, () => void this.#loaded.refresh(), 'codeLoadFailed') : loadingBlock(locale, 2, 'loading')
    }
    if (original?.is_offline_access_code) return html`<p part="error" role="alert">${t(locale, 'offlineNotEditable')}</p>`
    // A code of no lock has no rules to load: said as the unreadable answer it is, not a skeleton that waits forever.
    if (original && !this.#deviceId) {
      const error = new SeamUnreadableAnswerError({ route: '/access_codes/get', reason: 'missing', field: 'access_code.device_id' })
      return loadFailedBlock(locale, error, () => void this.#loaded.refresh(), 'codeLoadFailed')
    }
    const device = this.#device.state
    if (!this.#deviceData) {
      return device?.error ? loadFailedBlock(locale, device.error, () => void this.#device.refresh()) : loadingBlock(locale, 3, 'loadingLock')
    }
    // Neither over its connection nor offline: a create would only be refused.
    const rules = this.#rules
    if (!this.#editing && !rules.online && !rules.offline) return html`<p part="error" role="alert">${t(locale, 'lockTakesNoCodes')}</p>`
    return this.#form(locale)
  }

  #problemOf(field: CodeField, problems: Problems): string | undefined {
    if (this.refusal?.field === field) return this.refusal.text
    const p = this.shown.has(field) ? problems[field] : undefined
    return p ? this.#problemText(p) : undefined
  }

  #problemText(p: Problem): string {
    const locale = this.lang_
    if (this.#rules.pin.includes(p.key as PinRuleKey)) return t(locale, 'pinBroken', { rule: this.#ruleText(p.key as PinRuleKey) })
    return codeRuleText(p.key, locale, p.params)
  }

  #ruleText(key: PinRuleKey): string {
    const lengths = this.#rules.lengths
    return codeRuleText(key, this.lang_, lengths ? { lengths: describeLengths(lengths, this.lang_) } : {})
  }

  #form(locale: string): TemplateResult {
    const c = this.#context()
    const v = this.values
    const rules = c.rules
    const problems = findProblems(v, c)
    const offline = isOffline(v, rules)
    const options = shownOptions(v, rules, this.#editing)
    const saving = this.phase === 'saving'
    const unconfirmed = this.phase === 'unconfirmed'
    const problem = (field: CodeField) => this.#problemOf(field, problems)
    // A refusal about a field not on screen (the lock picks the PIN, an ongoing code's times) is said for the form.
    const fieldShown = (field: CodeField) => (field === 'code' ? c.pinShown : field === 'name' || v.timeBound)
    return html`<form part="form" novalidate aria-busy=${saving ? 'true' : 'false'} @submit=${(e: Event) => void this.#submit(e)}>
      ${rules.lockOffline && !offline
        ? html`<p class="notice">${t(locale, 'lockOfflineNote')}${rules.offline ? html` ${t(locale, 'lockOfflineOfflineCodes')}` : nothing}</p>`
        : nothing}
      ${this.#fullNote(locale, c)} ${this.#nameField(locale, rules, problem('name'))} ${this.#pinField(locale, c, problem('code'))}
      ${this.#scheduleField(locale, c, offline, problem('starts_at'), problem('ends_at'))}
      ${options.length > 0
        ? optionsPart(locale, options, v.options, (key, value) => this.#setOption(key, value as never), {
            offlineOnly: rules.offline && !rules.online,
          })
        : nothing}
      ${this.refusal && !(this.refusal.field && fieldShown(this.refusal.field))
        ? html`<p class="refusal" role="alert">${this.#refusalText(locale)}</p>`
        : nothing}
      ${saving && this.checking ? html`<p class="progress" role="status">${t(locale, 'checkingOutcome')}</p>` : nothing}
      ${unconfirmed ? html`<p class="unconfirmed" role="alert">${t(locale, 'saveUnconfirmed')}</p>` : nothing}
      ${this.phase === 'saved' && this.savedName
        ? html`<p class="saved" role="status">${t(locale, this.#editing ? 'updated' : 'created', { name: this.savedName })}</p>`
        : nothing}
      <div class="buttons">
        <button type="button" part="cancel-button" @click=${() => this.#cancel()}>${t(locale, 'cancel')}</button>
        ${
          // One button whose part and words change with the phase ("Check again" in place of Save: a
          // save whose outcome is unknown must not be sent twice). Two would swap the node under focus,
          // dropping a keyboard user's focus to the page on every outcome.
          html`<button type="submit" part=${unconfirmed ? 'check-button' : 'submit-button'} class="primary" aria-disabled=${saving ? 'true' : 'false'}>
            ${unconfirmed
              ? t(locale, 'checkAgain')
              : saving
                ? t(locale, 'saving')
                : this.#editing
                  ? t(locale, 'submitEdit')
                  : this.submitLabel || t(locale, 'submitCreate')}
          </button>`
        }
      </div>
    </form>`
  }

  /** A new code for a lock with no place left: said before it is sent, not only once Seam fails to set it. */
  #fullNote(locale: string, c: CheckContext): TemplateResult | typeof nothing {
    const max = c.rules.maxActive
    if (this.#editing || max === undefined) return nothing
    const count = activeCodes(c.others, c.now)
    return count >= max ? html`<p class="notice" role="status">${t(locale, 'lockFullNote', { max, count })}</p>` : nothing
  }

  #describedBy(...ids: (string | false | undefined)[]): string | typeof nothing {
    const list = ids.filter(Boolean).join(' ')
    return list === '' ? nothing : list
  }

  #nameField(locale: string, rules: LockRules, problem: string | undefined): TemplateResult {
    const rule = rules.nameMax !== undefined || rules.nameMin !== undefined
    const params = { min: rules.nameMin ?? 0, max: rules.nameMax ?? 0 }
    const ruleKey = rules.nameMin !== undefined && rules.nameMax !== undefined ? 'nameBetween' : rules.nameMax !== undefined ? 'nameMax' : 'nameMin'
    return html`<div part="field" class="field-name">
      <label for="name">${t(locale, 'fieldName')} <span class="optional">${t(locale, 'optional')}</span></label>
      <input
        id="name"
        name="name"
        autocomplete="off"
        .value=${this.values.name}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${this.#describedBy('name-hint', problem && 'name-problem')}
        @input=${(e: Event) => this.#set({ name: (e.target as HTMLInputElement).value }, 'name')}
        @change=${() => this.#show('name')}
      />
      <p class="hint" id="name-hint">
        ${rule ? codeRuleText(ruleKey, locale, params) : t(locale, 'nameHint')}${rules.nameUnique ? html`. ${codeRuleText('name_must_be_unique', locale)}` : nothing}
      </p>
      ${problem ? html`<p class="problem" id="name-problem">${problem}</p>` : nothing}
    </div>`
  }

  #pinField(locale: string, c: CheckContext, problem: string | undefined): TemplateResult {
    const rules = c.rules
    if (!c.pinShown) {
      const why = isOffline(this.values, rules) ? 'offlinePin' : 'cannot_specify_pin_code'
      return html`<div part="field" class="field-pin"><span class="label">${t(locale, 'fieldPin')}</span><p class="hint">${codeRuleText(why, locale)}</p></div>`
    }
    const pin = this.values.code.trim()
    const generateProblem = this.generateError ? t(locale, 'generateFailed', { reason: describeError(locale, this.generateError) }) : undefined
    return html`<div part="field" class="field-pin">
      <label for="pin">${t(locale, 'fieldPin')} <span class="optional">${t(locale, 'optional')}</span></label>
      <div class="with-button">
        <input
          id="pin"
          name="code"
          class="pin"
          inputmode="numeric"
          autocomplete="off"
          spellcheck="false"
          .value=${this.values.code}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${this.#describedBy('pin-hint', 'pin-rules', problem && 'pin-problem', generateProblem && 'generate-problem')}
          @input=${(e: Event) => this.#set({ code: (e.target as HTMLInputElement).value }, 'code')}
          @change=${() => this.#show('code')}
        />
        <button type="button" part="generate-button" aria-disabled=${this.generating ? 'true' : 'false'} @click=${() => void this.#generate()}>
          ${t(locale, this.generating ? 'generating' : 'generate')}
        </button>
      </div>
      <p class="hint" id="pin-hint">${t(locale, this.#editing ? 'pinHintKeep' : 'pinHintEmpty')}</p>
      ${pinRulesPart(locale, pin, rules, (key) => this.#ruleText(key))}
      ${problem ? html`<p class="problem" id="pin-problem">${problem}</p>` : nothing}
      ${generateProblem ? html`<p class="problem" id="generate-problem">${generateProblem}</p>` : nothing}
    </div>`
  }

  #zoneNote(locale: string): string {
    const zone = this.#zone
    const key = zone.source === 'lock' ? 'zoneLock' : zone.source === 'page' ? 'zonePage' : 'zoneBrowser'
    return t(locale, key, { zone: zone.timeZone })
  }

  #scheduleField(locale: string, c: CheckContext, offline: boolean, startProblem: string | undefined, endProblem: string | undefined): TemplateResult {
    const v = this.values
    const zone = c.timeZone
    const startText = timeText(v, 'start', zone)
    const endText = timeText(v, 'end', zone)
    const choose = (timeBound: boolean) => this.#set(timeBound ? this.#timeBoundPatch() : { timeBound: false })
    const time = (which: 'start' | 'end', label: 'fieldStart' | 'fieldEnd', value: string, problem: string | undefined) => {
      const field: CodeField = which === 'start' ? 'starts_at' : 'ends_at'
      return html`<div>
        <label for=${which}>${t(locale, label)}</label>
        <input
          id=${which}
          type="datetime-local"
          .value=${value}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${this.#describedBy('zone', which === 'start' && 'start-hint', problem && `${which}-problem`)}
          @input=${(e: Event) => {
            const typed = (e.target as HTMLInputElement).value
            this.#set(which === 'start' ? { start: typed, startMs: undefined } : { end: typed, endMs: undefined }, field)
          }}
          @change=${() => this.#show(field)}
        />
        ${which === 'start'
          ? html`<p class="hint" id="start-hint">${c.rules.startInFuture ? codeRuleText('start_date_in_future', locale) : t(locale, 'startHint')}</p>`
          : nothing}
        ${problem ? html`<p class="problem" id=${`${which}-problem`}>${problem}</p>` : nothing}
      </div>`
    }
    // The zone is named for an ongoing code too (CONTRACT: always named on screen).
    return html`<fieldset part="field" class="field-schedule">
      <legend>${t(locale, 'scheduleLegend')}</legend>
      ${offline
        ? nothing
        : html`<div class="choices">
            <label class="choice"
              ><input type="radio" name="schedule" .checked=${!v.timeBound} @change=${() => choose(false)} />${t(locale, 'scheduleOngoing')}</label
            >
            <label class="choice"
              ><input type="radio" name="schedule" .checked=${v.timeBound} @change=${() => choose(true)} />${t(locale, 'scheduleTimeBound')}</label
            >
          </div>`}
      ${v.timeBound
        ? html`<div class="times">${time('start', 'fieldStart', startText, startProblem)} ${time('end', 'fieldEnd', endText, endProblem)}</div>`
        : nothing}
      <p class="zone" id="zone">${this.#zoneNote(locale)}</p>
      <p part="preview" class="preview" aria-live="polite">${previewText(locale, v, c, this.#zone, offline)}</p>
    </fieldset>`
  }
}

import type { Device, UnmanagedAccessCode } from '@seamapi/types/connect'
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { property, state } from 'lit/decorators.js'
import { repeat } from 'lit/directives/repeat.js'
import { describeProviderRule, providerHas, providerOf, wordsVersion, type ExplainedIssue } from '../../catalog/index.js'
import { asSeamError, awaitsOutcome, type SeamError } from '../../state/index.js'
import { emit } from '../../events.js'
import { t, type StringKey } from '../../i18n/index.js'
import '../../i18n/strings.more.en.js'
import { checkConversion, convertUnmanaged, type ConversionOutcome } from '../../state/mutations.js'
import { Announcer } from '../../ui/controllers/announcer.js'
import { focusIsLost } from '../../ui/controllers/modal.js'
import { ChipFit } from '../../ui/controllers/chip-fit.js'
import { DeleteFlow, unmanagedDeletes } from '../../ui/controllers/delete-flow.js'
import { CodeFailures } from '../../ui/controllers/failures.js'
import { pollMs } from '../../ui/controllers/polling.js'
import { QueryController } from '../../ui/controllers/query.js'
import { RemedyController } from '../../ui/controllers/remedies.js'
import { RowMenu } from '../../ui/controllers/row-menu.js'
import { convertDialogParts } from '../../ui/exported-parts.js'
import { sessionMember } from '../../ui/controllers/session-members.js'
import { displayName } from '../../ui/format.js'
import { memo } from '../../ui/memo.js'
import { PopoverController } from '../../ui/popover.js'
import { HeldRows } from '../../ui/held-rows.js'
import { RowWindow, spacerItem } from '../../ui/row-window.js'
import { SeamElement } from '../../ui/seam-element.js'
import { codeParts } from '../../ui/styles/code-parts.js'
import { dialogParts } from '../../ui/styles/dialog.js'
import { stateParts } from '../../ui/styles/states.js'
import { tokens } from '../../ui/styles/tokens.js'
import { actionsPart, type ActionDescriptor } from '../../ui/templates/actions.js'
import { pinPart, schedulePart, zoneNotePart } from '../../ui/templates/code.js'
import { icons } from '../../ui/templates/icons.js'
import { explanationPart, issueChips, issuesOf } from '../../ui/templates/issues.js'
import { hostRemedy } from '../../ui/templates/remedies.js'
import { noDeviceBlock, sessionErrorBlock, staleNotice, unloadedBlock } from '../../ui/templates/states.js'
import { statusMeanings, statusPart, type ShownActivity } from '../../ui/templates/status.js'
import type { Floating } from '../../ui/templates/tips.js'
import { resolveTimeZone, type ResolvedZone } from '../../ui/zoned-time.js'
import { ConvertCodeDialog } from '../convert-code-dialog/convert-code-dialog.js'
import { ReadingFocus } from '../../ui/reading-focus.js'
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
 * @fires {CustomEvent<SeamEventDetails['seam-remedy']>} seam-remedy - A remedy only the page's app can carry out was chosen in an explanation (reconnect an account, a bridge, a lock offline); cancel it to say the page took it over. `detail: { issue, accessCode, device }`, `accessCode` the unmanaged code
 * @fires {CustomEvent<SeamEventDetails['seam-error']>} seam-error - Loading, deleting, converting (one or "Convert all") or replacing failed. `detail: { error }`
 * @csspart row - One unmanaged code.
 * @csspart status - A code's status: its word and icon; focus or hover shows what it means.
 * @csspart schedule - A code's type and time window, in words.
 * @csspart code - The PIN, or that the provider hides it.
 * @csspart issue - One error or warning chip.
 * @csspart explanation - The popover that explains an issue.
 * @csspart remedy-button - The action in an explanation that hands its remedy to the page (`seam-remedy`).
 * @csspart empty - Shown when the lock has no unmanaged codes.
 * @csspart loading - Shown while the list loads.
 * @csspart error - Shown when loading failed.
 * @csspart replace-button - "Replace with a managed code", on a code Seam cannot convert.
 * @csspart dialog - The replacement's modal dialog (also `replace-dialog`), and the convert dialog's when the list shows its own.
 * @csspart replace-dialog - The replacement's modal dialog alone.
 * @csspart confirm-button - (its own convert dialog, exported) "Convert".
 * @csspart cancel-button - (its own convert dialog and the replacement's form, exported) The button that closes without acting.
 * @csspart check-button - (its own convert dialog and the replacement's form, exported) "Check again", after an answer that was lost.
 * @csspart form - (the replacement's form, exported) The form element of the new code.
 * @csspart field - (the replacement's form, exported) One field of the form, with its label and message.
 * @csspart submit-button - (the replacement's form, exported) The form's submit button ("Replace").
 * @csspart generate-button - (the replacement's form, exported) The form's "Generate".
 * @csspart preview - (the replacement's form, exported) The form's summary of the code it is about to send.
 */
export class UnmanagedCodeList extends SeamElement {
  static override styles = [tokens, codeParts, stateParts, dialogParts, styles, replaceStyles]
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
  readonly #popover = new PopoverController<Floating>(this)
  /** The explained issues of each code, kept per data set so an open explanation still finds its code after a re-render. */
  readonly #issues = new WeakMap<UnmanagedAccessCode, { locale: string; words: number; issues: ExplainedIssue[] }>()
  readonly #issueCodes = new WeakMap<ExplainedIssue, UnmanagedAccessCode>()
  // The kit cannot edit an unmanaged code, pull it a backup or free slots for it: only the page's remedies apply.
  readonly #remedies = new RemedyController<UnmanagedAccessCode>(this, {
    popover: this.#popover,
    codeOf: (issue) => this.#issueCodes.get(issue),
    actionFor: (issue) => hostRemedy(issue),
    device: () => this.#device.state?.data,
  })
  readonly #chipFit = new ChipFit(this, 2, '[data-asking]')
  /** Codes whose chips are all shown ("+N" chosen). */
  readonly #expanded = new Set<string>()
  readonly #announcer = new Announcer(this)
  /** A row's menu, once it has more actions than fit as buttons. */
  readonly #menu = new RowMenu(this)
  /** The last failed delete or conversion of each code; a new attempt clears it. */
  readonly #failures = new CodeFailures(this)
  readonly #deletes = new DeleteFlow<UnmanagedAccessCode>(this, {
    ...unmanagedDeletes,
    store: () => this.store,
    locale: () => this.lang_,
    removed: (code) => emit(this, 'unmanaged-code-deleted', { accessCodeId: code.access_code_id }),
    focusFallback: (nextId) => this.#focusFallback(nextId),
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
    // The replaced code's row is gone.
    focusFallback: () => this.#focusFallback(),
  })
  readonly #window = new RowWindow<UnmanagedAccessCode>(this, (c) => c.access_code_id, '[part~="row"]')

  constructor() {
    super()
    // A row in keyboard focus shows its cut text whole.
    new ReadingFocus(this)
  }
  readonly #held = new HeldRows<UnmanagedAccessCode>()
  /**
   * The error of a conversion of this code Seam may still apply (its answer
   * lost and checking could not tell, or no outcome by the deadline), for its
   * "Check again": kept by the session, whichever sent it (this list's
   * "Convert all", the convert dialog, another element).
   */
  #lostConversion(id: string): SeamError | undefined {
    return this.store?.unsettled('convert', id)
  }
  /** Conversions of "Convert all" (or their checks) under way, until their outcome is kept. */
  readonly #settling = new Set<string>()

  get #provider(): string | undefined {
    return providerOf(this.#device.state?.data)
  }

  /** The page's zone, else the lock's, else the browser's (CONTRACT v2). */
  get #zone(): ResolvedZone {
    const state = this.#device.state
    return resolveTimeZone(this.timeZone || undefined, state?.data, state?.data === undefined && state?.error !== undefined)
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
    const quiet = this.#deletes.idle && this.#settling.size === 0 && this.#replace.none
    return this.#held.keep(this.#codes.state?.data ?? [], quiet ? undefined : (id) => this.#holds(id), this.deviceId)
  }

  /** A code kept on screen while a write on it runs, is being checked, or could not be confirmed (none while #visibleCodes finds all quiet). */
  #holds(id: string): boolean {
    return (
      this.store?.activity(id) === 'checking' ||
      this.#deletes.holds(id) ||
      this.#settling.has(id) ||
      this.#lostConversion(id) !== undefined ||
      // Its replacement runs or stopped at a step: the row is where to see it, even once the old code is deleted.
      this.#replace.stateOf(id) !== undefined
    )
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    this.reportOnce(this.#codes.state?.error)
    // The lock's too: without it the times are the browser's (said on screen) and a provider's rules are unknown.
    this.reportOnce(this.#device.state?.error)
  }

  override render(): TemplateResult {
    const locale = this.lang_
    const heading = this.heading ?? t(locale, 'unmanagedHeading')
    return html`${heading ? html`<h2>${heading}</h2>` : nothing} ${this.#body(locale)} ${this.#announcer.render()}
      ${explanationPart(locale, this.#popover, (issue) => this.#remedies.part(issue, locale))} ${statusMeanings(locale)}${this.#replace.render()}`
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
    const toConvert = convertible.filter((c) => this.#lostConversion(c.access_code_id) === undefined)
    return html`
      ${staleNotice(locale, state, retry)}
      ${codes.length === 0 ? html`<p part="empty">${t(locale, 'unmanagedEmpty')}</p>` : nothing}
      ${!this.disableConvert && (convertible.length > 1 || this.bulk) ? this.#bulkBar(toConvert, locale) : nothing}
      ${codes.length > 0 ? html`${zoneNotePart(locale, this.#zone, () => void this.#device.refresh())}${this.#list(codes, locale)}` : nothing}
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

  /**
   * One code, in the table's row grammar: one line at desktop width (name,
   * PIN, schedule, status, chips, actions), a card where the list is narrow.
   */
  #row(code: UnmanagedAccessCode, index: number, count: number, locale: string, timeZone: string): TemplateResult {
    const id = code.access_code_id
    // A replacement goes on after its dialog closes: its row says so, through each of its steps (its delete too).
    const busy = this.#deletes.activity(id)
    const replace = this.#replace.stateOf(id)
    const activity = replace === 'running' ? 'replacing' : busy
    const hidden = providerHas('hidesPin', this.#provider)
    // A conversion Seam may still apply says so on its row, wherever it was sent from.
    const failure =
      replace === 'stopped'
        ? t(locale, 'replaceStoppedRow')
        : (this.#failures.words(id, locale) ?? (this.#lostConversion(id) && !activity ? t(locale, 'convertUnconfirmedShort') : undefined))
    const name = displayName(code, locale)
    const issues = this.#issuesOf(code, locale)
    const label = (key: StringKey) => t(locale, 'cardLabel', { label: t(locale, key) })
    // Only the items near the viewport are in the DOM: say where each sits in the whole.
    // The delete question widens its row's actions, so its chips have less room than
    // every other row's (which ChipFit measures): one chip and "+N" while it is open.
    const asking = this.#deletes.asking(id)
    return html`<li ${this.#deletes.confirm.row(id)} part="row" tabindex="-1" data-id=${id} aria-setsize=${count} aria-posinset=${index + 1} aria-busy=${busy ? 'true' : 'false'} ?data-replacing=${activity === 'replacing'} ?data-asking=${asking}>
      <span class="name" title=${name}>${name}</span>
      <span class="cell" data-label=${label('colCode')}>${pinPart(code, locale, { hiddenByProvider: hidden })}</span>
      <span class="cell" data-label=${label('colSchedule')}>${schedulePart(code, { locale, timeZone }, { line: true })}</span>
      <span class="cell">${statusPart(code.status, locale, { activity, meaning: false, popover: this.#popover })}</span>
      <span class="cell issues-cell ${issues.length === 0 ? 'none' : ''}">${issueChips(issues, locale, this.#popover, {
        owner: id,
        max: asking ? Math.min(1, issues.length) : this.#chipFit.fit(issues.map((i) => i.chip)),
        expanded: this.#expanded.has(id),
        onToggle: () => this.#toggleChips(id),
        onEnter: (issue) => this.#remedies.enter(issue, code),
      })}</span>
      <div class="actions row-actions">${this.#actionsOf(code, activity, replace === 'stopped', locale)}</div>
      ${failure ? html`<p class="failure">${failure}</p>` : nothing}
    </li>`
  }

  #issuesOf(code: UnmanagedAccessCode, locale: string): ExplainedIssue[] {
    const kept = this.#issues.get(code)
    // Kept while the locale and its words stay (a language's words may arrive after the first render).
    const words = wordsVersion()
    if (kept?.locale === locale && kept.words === words) return kept.issues
    const issues = issuesOf(code, locale)
    this.#issues.set(code, { locale, words, issues })
    for (const issue of issues) this.#issueCodes.set(issue, code)
    return issues
  }

  #toggleChips(id: string): void {
    if (!this.#expanded.delete(id)) this.#expanded.add(id)
    this.requestUpdate()
  }

  /** The question or "Check again" of a delete takes the place of the actions while it is open. */
  #actionsOf(code: UnmanagedAccessCode, activity: ShownActivity | undefined, stopped: boolean, locale: string): TemplateResult | typeof nothing {
    const id = code.access_code_id
    if (!this.disableDelete && this.#deletes.asking(id)) return this.#deletes.question(code, locale)
    if (!this.disableDelete && this.#deletes.unconfirmed(id)) return this.#deletes.checkAgainButton(code, locale)
    const cannot = this.#cannotConvert(code, locale)
    // A conversion whose answer was lost is asked about ("Check again"), whatever the code says now.
    const why = this.disableConvert || this.#lostConversion(id) !== undefined ? undefined : cannot
    const actions = actionsPart(this.#actions(code, activity, stopped, cannot, locale), id, this.#popover, (rest) => this.#menu.render(id, displayName(code, locale), rest, locale))
    // In the convert button's place: on a line, a short label that fits its room, the whole
    // sentence its title and what a screen reader reads; on a card, the sentence itself.
    return why
      ? html`<span class="why" title=${why} data-short=${t(locale, 'cannotConvertShort')}><span class="sentence visually-hidden">${why}</span></span>${actions}`
      : actions
  }

  /**
   * What can be done to an unmanaged code, in order: a list, so an action a
   * later change adds is one more entry. Convert is left out where the code
   * cannot be converted (its row says why instead); a delete the code does
   * not allow stays in place, unavailable, and says why on focus.
   */
  #actions(code: UnmanagedAccessCode, activity: ShownActivity | undefined, stopped: boolean, why: string | undefined, locale: string): ActionDescriptor[] {
    const id = code.access_code_id
    const busy = activity !== undefined
    // While its replacement runs, or once it stopped at a step, "Replace" shows its steps; while it runs nothing else may touch the code.
    const steps = activity === 'replacing' || stopped
    const name = displayName(code, locale)
    const actions: ActionDescriptor[] = []
    // A conversion whose answer was lost is asked about, never sent again.
    const lost = this.#lostConversion(id) !== undefined
    if (!this.disableConvert && (lost || !why)) {
      actions.push({
        id: lost ? 'check-conversion' : 'convert',
        label: t(locale, lost ? 'checkAgainConversion' : 'convertCode', { name }),
        tip: t(locale, lost ? 'checkAgain' : 'convert'),
        icon: icons.convert,
        tone: 'primary',
        labelled: true,
        busy,
        run: () => (lost ? void this.#checkConversion(code) : this.#requestConvert(code)),
      })
    }
    if (why && !this.disableCreate) {
      actions.push({
        id: 'replace',
        label: t(locale, steps ? 'replaceStepsCode' : 'replaceCode', { name }),
        // The visible words: short, so every row's actions take the same room.
        tip: t(locale, steps ? 'replaceSteps' : 'replaceShort'),
        icon: icons.replace,
        part: 'replace-button',
        labelled: true,
        busy: busy && activity !== 'replacing',
        run: () => void this.#replace.open(code),
      })
    }
    if (!this.disableDelete) {
      const noDelete = (code as { cannot_delete_unmanaged_access_code?: unknown }).cannot_delete_unmanaged_access_code === true
      actions.push({
        id: 'delete',
        label: t(locale, 'deleteCode', { name }),
        tip: t(locale, 'delete'),
        icon: icons.trash,
        tone: 'danger',
        busy,
        unavailable: noDelete ? t(locale, 'deleteOnlyInApp') : undefined,
        attach: this.#deletes.confirm.trigger(id),
        run: () => this.#deletes.ask(id),
      })
    }
    return actions
  }

  #requestConvert(code: UnmanagedAccessCode): void {
    if (!emit(this, 'unmanaged-code-convert', { accessCode: code }, true)) return
    const dialog = this.#dialog()
    this.#failures.clear(code.access_code_id)
    this.#hearFailure(dialog, code.access_code_id)
    // A converted code's row, and the Convert button focus came from, are gone
    // by the time the dialog closes: focus stays in the list, not on the page.
    // Looked at once the browser has moved focus on closing (a task later).
    dialog.addEventListener('close', () => setTimeout(() => this.isConnected && focusIsLost() && this.#focusFallback()), { once: true })
    dialog.show(code)
  }

  /** Codes whose conversion through each dialog this list waits to hear the outcome of. */
  readonly #hearing = new WeakMap<ConvertCodeDialog, Set<string>>()

  /**
   * A conversion the dialog sent may fail after the dialog was closed (it
   * offers Close while Seam converts): the row then says so, as it does for
   * "Convert all", instead of offering Convert as if nothing had happened.
   * The dialog may be the page's, anywhere: heard on the dialog itself.
   */
  #hearFailure(dialog: ConvertCodeDialog, id: string): void {
    const hearing = this.#hearing.get(dialog) ?? new Set<string>()
    this.#hearing.set(dialog, hearing)
    if (hearing.has(id)) return
    hearing.add(id)
    const stop = new AbortController()
    const done = (): void => (stop.abort(), void hearing.delete(id))
    const outcome = (e: Event): void => {
      const detail = (e as CustomEvent<{ accessCodeId?: string; accessCode?: { access_code_id: string } }>).detail
      if ((detail.accessCodeId ?? detail.accessCode?.access_code_id) !== id) return
      done()
      if (e.type === 'unmanaged-code-convert-failed') this.#failures.set(id, { say: 'convertFailed' })
    }
    dialog.addEventListener('unmanaged-code-convert-failed', outcome, { signal: stop.signal })
    dialog.addEventListener('unmanaged-code-converted', outcome, { signal: stop.signal })
    // Closed with nothing sent, or with the outcome already told: nothing more to hear.
    dialog.addEventListener('close', () => setTimeout(() => this.store?.activity(id) === undefined && done()), { signal: stop.signal })
  }

  /** Where focus goes when what had it left the list: the row of `id` (a neighbour's), else the first row, else the heading or what the list says in place of rows. */
  #focusFallback(id?: string): void {
    const near = id ? this.renderRoot.querySelector<HTMLElement>(`[part~="row"][data-id="${CSS.escape(id)}"]`) : null
    const target = near ?? this.renderRoot.querySelector<HTMLElement>('[part~="row"]') ?? this.renderRoot.querySelector<HTMLElement>('h2, [part~="empty"]')
    if (target && !target.hasAttribute('tabindex')) target.tabIndex = -1
    target?.focus()
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
    this.#own.setAttribute('exportparts', convertDialogParts)
    // Its `close` is ours, not the page's: bubbling out of the list it would
    // reach a page's own <dialog> around the list as if that one had closed.
    this.#own.addEventListener('close', (e) => e.stopPropagation())
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
    // Focus was on "Convert all", which goes once no code is left to convert.
    const hadFocus = this.matches(':focus-within')
    this.bulk = { ...b }
    let passed = 0
    for (const code of codes) {
      const id = code.access_code_id
      // Taken in hand elsewhere while the run went on (its dialog, another
      // tab): converted and gone from the list, running, or its outcome unknown.
      // Not sent again; its row says where it stands.
      const elsewhere = !this.#codes.state?.data?.some((c) => c.access_code_id === id) || store.activity(id) !== undefined || this.#lostConversion(id) !== undefined
      const ok = elsewhere ? (passed++, true) : await this.#settle(code, () => convertUnmanaged(store, code), b)
      b.done++
      this.bulk = { ...b }
      if (!ok) break
    }
    b.skipped = b.count - b.done + passed
    b.running = false
    this.bulk = { ...b }
    this.#announcer.announce(bulkDone(b, this.lang_))
    await this.#refocus(hadFocus)
  }

  /** After what had focus left the list (a button gone, a converted row), focus goes to `near`'s row or the list, not the page. */
  async #refocus(hadFocus: boolean, near?: string): Promise<void> {
    if (!hadFocus) return
    await this.updateComplete
    if (focusIsLost()) this.#focusFallback(near)
  }

  /** "Check again" for a conversion of "Convert all" whose outcome is unknown: asks Seam, never converts again. */
  async #checkConversion(code: UnmanagedAccessCode): Promise<void> {
    const store = this.store
    const id = code.access_code_id
    const lost = this.#lostConversion(id)
    if (!store || !lost || store.activity(id)) return
    const b = this.bulk ? { ...this.bulk } : undefined
    // Focus is on this row's "Check again": a converted code's row leaves the list.
    const hadFocus = this.matches(':focus-within')
    const ids = this.#visibleCodes.map((c) => c.access_code_id)
    const near = ids[ids.indexOf(id) + 1] ?? ids[ids.indexOf(id) - 1]
    // Counted again by how the check settles.
    if (b) b.unconfirmed--
    await this.#settle(code, () => checkConversion(store, code, lost), b)
    if (b && this.bulk && !this.bulk.running) {
      this.bulk = { ...b, running: false }
      this.#announcer.announce(bulkDone(b, this.lang_))
    }
    await this.#refocus(hadFocus, near)
  }

  /**
   * Runs one conversion (or its check) of "Convert all" and keeps its outcome:
   * converted (the event fires), failed, or unknown (the row then offers
   * "Check again", the code stays listed). Resolves whether it converted.
   */
  async #settle(code: UnmanagedAccessCode, run: () => Promise<ConversionOutcome>, b: Bulk | undefined): Promise<boolean> {
    const id = code.access_code_id
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
    } catch (thrown) {
      // The page hears it as from the dialog's single conversion (CONTRACT: seam-error from any element).
      const error = asSeamError(thrown)
      this.reportError(error)
      if (awaitsOutcome(error)) {
        // Its row says so from the session's record, for as long as that lasts (see #lostConversion).
        if (b) b.unconfirmed++
      } else {
        if (b) b.failed++
        this.#failures.set(id, { say: 'convertRequestFailed', error })
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

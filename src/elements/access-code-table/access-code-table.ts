import type { AccessCode, Device } from '@seamapi/types/connect'
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { property, state } from 'lit/decorators.js'
import { repeat } from 'lit/directives/repeat.js'
import type { ExplainedIssue } from '../../catalog/index.js'
import { describeStatus, remedyText, wordsVersion, type CodeField } from '../../catalog/index.js'
import { emit } from '../../events.js'
import { t, type StringKey } from '../../i18n/index.js'
import { Announcer } from '../../ui/controllers/announcer.js'
import { ChipFit } from '../../ui/controllers/chip-fit.js'
import { DeleteFlow, managedDeletes } from '../../ui/controllers/delete-flow.js'
import { pollMs } from '../../ui/controllers/polling.js'
import { QueryController } from '../../ui/controllers/query.js'
import { RowMenu } from '../../ui/controllers/row-menu.js'
import { displayName, parseTime, warmFormats, type FormatContext } from '../../ui/format.js'
import { memo } from '../../ui/memo.js'
import { PopoverController } from '../../ui/popover.js'
import { HeldRows } from '../../ui/held-rows.js'
import { ReadingFocus } from '../../ui/reading-focus.js'
import { RowWindow, spacerRow } from '../../ui/row-window.js'
import { SeamElement } from '../../ui/seam-element.js'
import { codeParts } from '../../ui/styles/code-parts.js'
import { dialogParts } from '../../ui/styles/dialog.js'
import { stateParts } from '../../ui/styles/states.js'
import { tokens } from '../../ui/styles/tokens.js'
import { actionsPart, type ActionDescriptor } from '../../ui/templates/actions.js'
import { COPY_SAID_MS, copyPin, datePart, type CopyOutcome, flagsPart, pinPart, schedulePart, zoneNotePart } from '../../ui/templates/code.js'
import { icons } from '../../ui/templates/icons.js'
import { explanationPart, issueChips, type IssueFilters } from '../../ui/templates/issues.js'
import { tipOf, tooltip, type Floating } from '../../ui/templates/tips.js'
import { resolveTimeZone, type ResolvedZone } from '../../ui/zoned-time.js'
import { noDeviceBlock, sessionErrorBlock, staleNotice, unloadedBlock } from '../../ui/templates/states.js'
import { statusMeanings, statusPart } from '../../ui/templates/status.js'
import { styles } from './access-code-table.styles.js'
import type { CodeDialog } from '../../ui/controllers/code-dialog.js'
import { remedyAction } from '../../ui/templates/remedies.js'
import { RemedyController } from '../../ui/controllers/remedies.js'
import { buildRows, controlledCodes, distinctCodes, nameRanks, searchRows, sortRows, type Row, type Sort, type SortKey } from './rows.js'

/** Runs `work` when the page is idle (WebKit has no requestIdleCallback: a task later, after a moment). */
const whenIdle = (work: () => unknown): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void work(), { timeout: 2000 })
  else setTimeout(() => void work(), 200)
}

/** Issue chips a row shows before "+N" until their cell is measured. */
const CHIPS_SHOWN = 2

/**
 * The managed access codes of one lock: PIN, schedule, status and flags in
 * words, and every error and warning explained with what to do about it.
 *
 * @tagname access-code-table
 * @summary The managed access codes of one device, with every issue explained.
 * @fires {CustomEvent<SeamEventDetails['access-code-selected']>} access-code-selected - A row was clicked or activated with Enter (cancelable: cancel it to show your own view; otherwise the code's details open in the table's dialog). `detail: { accessCode }`
 * @fires {CustomEvent<SeamEventDetails['access-code-deleted']>} access-code-deleted - A code was deleted and is gone from the lock. `detail: { accessCodeId }`
 * @fires {CustomEvent<SeamEventDetails['access-code-created']>} access-code-created - (from the form in its dialog) a code was created. `detail: { accessCode }`
 * @fires {CustomEvent<SeamEventDetails['access-code-updated']>} access-code-updated - (from the form in its dialog) a code was changed. `detail: { accessCode }`
 * @fires {CustomEvent<SeamEventDetails['access-code-backup-pulled']>} access-code-backup-pulled - "Use a backup code" pulled one. `detail: { accessCode, backupAccessCode }`
 * @fires {CustomEvent<SeamEventDetails['seam-remedy']>} seam-remedy - A remedy only the page's app can carry out was chosen (reconnect an account, a bridge, a lock offline); cancel it to say the page took it over. `detail: { issue, accessCode, device }`
 * @fires {CustomEvent<SeamEventDetails['seam-error']>} seam-error - Loading, deleting or a remedy failed, or the configuration is wrong. `detail: { error }`
 * @csspart row - One access code.
 * @csspart status - A code's status: its word and icon; focus or hover shows what it means.
 * @csspart schedule - A code's type and time window, in words.
 * @csspart code - The PIN, or what stands for it when it is hidden.
 * @csspart issue - One error or warning chip; focus or hover shows its explanation.
 * @csspart explanation - The popover that explains an issue and what to do.
 * @csspart search - The search box.
 * @csspart empty - Shown when the device has no managed codes.
 * @csspart loading - The skeleton shown while the first page loads.
 * @csspart error - The message shown when loading failed.
 * @csspart add-button - "Add code" (an icon button heading the actions column; a labelled one in the bar on narrow screens).
 * @csspart edit-button - A code's "Edit" (an icon button; unavailable with its reason for offline codes).
 * @csspart remedy-button - The action in an explanation that carries out its remedy.
 * @csspart dialog - The modal dialog that holds a code's details, the form or the backup code flow.
 * @csspart confirm-button - The dialog's button that pulls a backup code.
 * @csspart check-button - The dialog's "Check again": asks Seam whether a backup code whose answer was lost was pulled (never pulls again).
 * @csspart cancel-button - The dialog's button that closes it.
 * @csspart form - (the form in its dialog, exported) The form element that creates or changes a code.
 * @csspart field - (the form in its dialog, exported) One field of the form, with its label and message.
 * @csspart submit-button - (the form in its dialog, exported) The form's "Create code" / "Save changes".
 * @csspart generate-button - (the form in its dialog, exported) The form's "Generate", asking Seam for a PIN the lock accepts.
 * @csspart preview - (the form in its dialog, exported) The form's summary of the code it is about to send.
 * @csspart details - (the details in its dialog, exported) The whole view of one code.
 * @csspart history - (the details in its dialog, exported) The code's history.
 * @csspart event - (the details in its dialog, exported) One event of the history.
 * @csspart delete-button - (the details in its dialog, exported) "Delete".
 * @csspart backup-button - (the details in its dialog, exported) "Use a backup code".
 * @cssprop [--seam-sticky-top=0px] - Where the column headers stick while the page scrolls; set it to the height of a fixed bar of your page.
 */
export class AccessCodeTable extends SeamElement {
  static override styles = [tokens, codeParts, stateParts, dialogParts, styles]

  /** The device whose codes are shown. Required unless `accessCodes` is set. */
  @property({ attribute: 'device-id' }) deviceId?: string
  /** Title above the table; empty hides it. */
  @property() heading?: string
  /** Hides the search box. */
  @property({ type: Boolean, attribute: 'disable-search' }) disableSearch = false
  /** Hides the delete action. */
  @property({ type: Boolean, attribute: 'disable-delete' }) disableDelete = false
  /** Hides "Add code". */
  @property({ type: Boolean, attribute: 'disable-create' }) disableCreate = false
  /** Hides each code's "Edit" (and the remedies that edit a code). */
  @property({ type: Boolean, attribute: 'disable-edit' }) disableEdit = false
  /** Milliseconds between refreshes; 0 turns polling off. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 30_000
  /** Codes to show instead of fetching them (controlled mode). */
  @property({ attribute: false }) accessCodes?: AccessCode[]
  /** Keeps only the codes for which it returns true. */
  @property({ attribute: false }) accessCodeFilter?: (code: AccessCode) => boolean
  /** Default order of the rows (a column sort chosen by the user wins). */
  @property({ attribute: false }) accessCodeComparator?: (a: AccessCode, b: AccessCode) => number
  /** Hides the errors for which it returns false. */
  @property({ attribute: false }) errorFilter?: IssueFilters['errorFilter']
  /** Hides the warnings for which it returns false. */
  @property({ attribute: false }) warningFilter?: IssueFilters['warningFilter']

  @state() private search = ''
  @state() private onlyIssues = false
  @state() private sort?: Sort
  /** The row whose Copy button says how its last press went, for a moment. */
  @state() private copied?: { id: string; outcome: CopyOutcome }
  /** Showing the lock's codes to remove some, after "See and remove codes on this lock". */
  @state() private freeing = false

  // The lock, for its time zone and for what a remedy tells the page. Not
  // with the page's own codes: controlled mode fetches nothing (CONTRACT),
  // so their times are in \`time-zone\`, else the browser's. Subscribed
  // before the codes, so asked first: the rows wait for its time zone (see
  // early-session.ts).
  readonly #device = new QueryController<Device>(this, () => (this.deviceId && !this.accessCodes ? this.store?.device(this.deviceId) : undefined))
  readonly #codes = new QueryController<AccessCode[]>(
    this,
    () => (this.accessCodes || !this.deviceId ? undefined : this.store?.accessCodes(this.deviceId)),
    () => (this.accessCodes ? 0 : pollMs(this.pollInterval, this.#data ?? [], this.store)),
  )
  readonly #popover = new PopoverController<Floating>(this)
  readonly #remedies = new RemedyController<AccessCode>(this, {
    popover: this.#popover,
    codeOf: (issue) => this.#codeOf(issue),
    actionFor: (issue, code) => remedyAction(issue, code, { canEdit: this.#canEdit, canDelete: this.#canDelete }),
    device: () => this.#deviceData,
    carryOut: {
      edit: (action, code) => this.#openForm(code, action.focus),
      backup: (_, code) => void this.#codeDialog().then((d) => d.openBackup(code)),
      'free-slots': (_, code) => this.#freeSlots(code),
    },
  })
  /** Rows whose chips are all shown ("+N" chosen). */
  readonly #expanded = new Set<string>()
  readonly #chipFit = new ChipFit(this, CHIPS_SHOWN)
  readonly #announcer = new Announcer(this)
  /** A row's menu, once it has more actions than fit as buttons. */
  readonly #menu = new RowMenu(this)
  /** The details, form and backup dialog: its module, the form's and the writes load on first use (or a hover on "Add code"). */
  #dialog: CodeDialog | undefined
  #dialogLoading: Promise<CodeDialog> | undefined
  readonly #deletes = new DeleteFlow<AccessCode>(this, {
    // Static, not loaded on first use: a confirmed delete shows busy at once.
    ...managedDeletes,
    store: () => this.store,
    locale: () => this.lang_,
    removed: (code) => {
      const id = code.access_code_id
      if (this.accessCodes) this.accessCodes = this.accessCodes.filter((c) => c.access_code_id !== id)
      emit(this, 'access-code-deleted', { accessCodeId: id })
    },
    focusFallback: (nextId) => this.#focusRow(nextId),
    report: (error) => this.reportError(error),
    announcer: this.#announcer,
  })
  readonly #window = new RowWindow<Row>(this, (r) => r.code.access_code_id, '[part~="row"]')
  readonly #held = new HeldRows<AccessCode>()
  #rows: Row[] = []
  /** The codes the rows were built from, before `accessCodeFilter`: what the lock holds. */
  #rowsFrom: readonly AccessCode[] = []
  #rowsKey: unknown[] = []
  #rowCache = new WeakMap<AccessCode, Row>()
  #warmed = false
  /** A hover or focus has started loading the form (a row's click loads the dialog alone, for the details). */
  #formPrefetched = false
  /** The sorted rows and the search over them, kept until their inputs change (10,000 rows sort in tens of ms). */
  #sorted = memo((rows: Row[], sort: Sort | undefined, locale: string, comparator: AccessCodeTable['accessCodeComparator']) => sortRows(rows, sort, locale, comparator))
  #withIssues = memo((rows: Row[]) => rows.filter((r) => r.issues.length > 0).length)
  #found = memo((rows: Row[], search: string, onlyIssues: boolean) => searchRows(rows, search, onlyIssues))
  #statuses: Map<string, { name: string; status: string }> | undefined

  // The store keeps only this device's managed codes; a page's own array
  // (`accessCodes`) is filtered here the same way, because a page may hand
  // over the codes of every lock it knows and still mean "this device's"
  // when it sets device-id.
  readonly #controlled = memo(controlledCodes)

  get #data(): AccessCode[] | undefined {
    return this.accessCodes ? this.#controlled(this.accessCodes, this.deviceId) : this.#codes.state?.data
  }

  /** A code kept on screen: its delete runs or its lost answer is being checked, or checking could not tell. */
  #holds(id: string): boolean {
    return this.store?.activity(id) === 'checking' || this.#deletes.holds(id)
  }

  /** Deleting needs a session; controlled data without one is read-only. */
  get #canDelete(): boolean {
    return !this.disableDelete && this.store != null
  }

  get #canEdit(): boolean {
    return !this.disableEdit && this.store != null
  }

  get #canCreate(): boolean {
    return !this.disableCreate && this.store != null && !!this.deviceId
  }

  get #hasActions(): boolean {
    return this.#canDelete || this.#canEdit || this.#canCreate
  }

  get #deviceData(): Device | undefined {
    const d = this.#device.state?.data
    return d && d.device_id === this.deviceId ? d : undefined
  }

  /** The lock's zone is the default and the lock has not answered yet. */
  get #awaitingZone(): boolean {
    if (this.timeZone || this.accessCodes || !this.deviceId || !this.store) return false
    const device = this.#device.state
    return device?.data === undefined && device?.error === undefined
  }

  constructor() {
    super()
    // A row in keyboard focus shows its cut text whole.
    new ReadingFocus(this)
    // A code deleted from the details this table opened leaves a page's own
    // array as one deleted from its row does (the row's Delete does it there).
    this.addEventListener('access-code-deleted', (e) => {
      if (e.composedPath()[0] === this || !this.accessCodes) return
      const id = (e as CustomEvent<{ accessCodeId: string }>).detail.accessCodeId
      this.accessCodes = this.accessCodes.filter((c) => c.access_code_id !== id)
    })
  }

  /** The zone of the schedules: the page's, else the lock's, else the browser's (CONTRACT v2). */
  get #zone(): ResolvedZone {
    const device = this.#deviceData
    return resolveTimeZone(this.timeZone || undefined, device, device === undefined && this.#device.state?.error !== undefined)
  }

  protected override get needsNoSession(): boolean {
    return this.accessCodes != null
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    // "Free slots" was about the lock that was full, not the one the page moved to.
    if (changed.has('deviceId') && this.freeing) {
      this.freeing = false
      if (this.sort === this.#freeingSort) this.sort = undefined
    }
    // A load that failed is the page's to hear about too (say, to mint a new token).
    this.reportOnce(this.#codes.state?.error)
    // So is the lock's: without it the times are the browser's (said on screen) and its remedies lack the lock.
    this.reportOnce(this.#device.state?.error)
    // While the first page is on its way the main thread is idle: load the
    // date formats (and the browser's zone) then, so the rows do not wait for
    // them when it arrives. Not before: the first Intl object costs 15–70 ms
    // (ICU starting up), and an answer to the session request that came in
    // meanwhile would hold the list request back that long. warmFormats
    // starts a task after the session is known, the list request has left.
    if (this.#data === undefined && !this.#warmed) {
      this.#warmed = true
      const warm = () => warmFormats(() => ({ locale: this.lang_, timeZone: this.#zone.timeZone }))
      void (this.store?.sessionReady() ?? Promise.resolve()).then(warm)
    }
    // A code whose delete is being checked or unconfirmed stays until Seam says (the page's own array is the page's).
    const data = this.accessCodes ? (this.#data ?? []) : this.#held.keep(this.#data ?? [], this.#deletes.idle ? undefined : (id) => this.#holds(id), this.deviceId)
    // Rows and their explanations are rebuilt only when their inputs change,
    // not on every hover or keystroke.
    const locale = this.lang_
    // The words too: a language whose words arrive after the first rows were explained in English.
    const key = [data, locale, this.accessCodeFilter, this.errorFilter, this.warningFilter, wordsVersion()]
    if (key.some((v, i) => v !== this.#rowsKey[i])) {
      // New data alone (the next page of a long list) reuses the rows already explained.
      if (key.slice(1).some((v, i) => v !== this.#rowsKey[i + 1])) this.#rowCache = new WeakMap()
      this.#rowsKey = key
      // Only the store's codes are reused by identity: it never edits one in
      // place. A page's own array (`accessCodes`) may have, so it is read afresh.
      this.#rows = buildRows(data, locale, this, this.accessCodes ? undefined : this.#rowCache)
      this.#rowsFrom = data
      this.#announce(this.#rows, locale)
      // A complete list (not each page of a long one) gets its name order
      // while the page is idle, so the first sort by name is quick.
      if (!this.#codes.state?.partial && this.#rows.length > 200) {
        const rows = this.#rows
        whenIdle(() => rows === this.#rows && nameRanks(rows, locale))
      }
    }
  }

  /** Says once, politely, which codes changed status since the last data. */
  #announce(rows: Row[], locale: string): void {
    const next = new Map(rows.map((r) => [r.code.access_code_id, { name: displayName(r.code, locale), status: r.code.status }]))
    const previous = this.#statuses
    this.#statuses = next
    if (!previous) return
    const changes: string[] = []
    for (const [id, now] of next) {
      const before = previous.get(id)
      if (before && before.status !== now.status) {
        changes.push(t(locale, 'statusChanged', { name: now.name, status: describeStatus(now.status, locale).label }))
      }
    }
    if (changes.length > 0) this.#announcer.announce(changes.join('. '))
  }

  override render(): TemplateResult {
    const locale = this.lang_
    const heading = this.heading ?? t(locale, 'heading')
    // Resolved when a row or the zone note needs it: the browser's zone is an
    // Intl call, not for the skeleton shown while the session and list load.
    let resolved: ResolvedZone | undefined
    const zone = (): ResolvedZone => (resolved ??= this.#zone)
    const ctx: FormatContext = {
      locale,
      get timeZone() {
        return zone().timeZone
      },
    }
    return html`
      ${heading ? html`<h2>${heading}</h2>` : nothing} ${this.#body(ctx, zone)}
      ${this.#announcer.render()} ${statusMeanings(locale)}
      ${explanationPart(locale, this.#popover, (issue) => this.#remedies.part(issue, locale))} ${this.#dialog?.render() ?? nothing}
    `
  }

  #body(ctx: FormatContext, zone: () => ResolvedZone): TemplateResult {
    const { locale } = ctx
    const error = this.session.error
    if (error && !this.accessCodes) return sessionErrorBlock(locale, error)
    if (!this.deviceId && !this.accessCodes) return noDeviceBlock(locale)
    const state = this.#codes.state
    const data = this.#data
    const retry = () => void this.#codes.refresh()
    // Times shown in the browser's zone and then the lock's would flash wrong ones: the lock first.
    if (data === undefined || this.#awaitingZone) return unloadedBlock(locale, state, retry, 3)
    // Sort once per data set and order; a keystroke only filters the sorted rows.
    const rows = this.#found(this.#sorted(this.#rows, this.sort, locale, this.accessCodeComparator), this.search, this.onlyIssues)
    const withIssues = this.#withIssues(this.#rows)
    const filtered = rows.length !== this.#rows.length
    return html`
      <div class="bar">
        <p class="summary">
          ${t(locale, filtered ? 'summaryFiltered' : 'summary', { count: this.#rows.length, shown: rows.length, issues: withIssues })}
          ${state?.partial ? html`<span class="muted">${t(locale, 'moreComing')}</span>` : nothing}
        </p>
        ${this.disableSearch
          ? nothing
          : html`<input
              part="search"
              type="search"
              aria-label=${t(locale, 'searchLabel')}
              placeholder=${t(locale, 'searchPlaceholder')}
              .value=${this.search}
              @input=${(e: Event) => (this.search = (e.target as HTMLInputElement).value)}
            />`}
        <label class="toggle"
          ><input type="checkbox" .checked=${this.onlyIssues} @change=${(e: Event) => (this.onlyIssues = (e.target as HTMLInputElement).checked)} />
          ${t(locale, 'onlyIssues')}</label
        >
        ${this.#canCreate ? this.#addButton(locale, rows.length > 0 ? 'narrow-only' : '') : nothing}
      </div>
      ${zoneNotePart(locale, zone(), () => void this.#device.refresh())}
      ${this.freeing ? this.#freeingBar(locale) : nothing}
      ${staleNotice(locale, state, retry)}
      ${this.#rows.length === 0
        ? html`<p part="empty">${t(locale, 'empty')}</p>`
        : rows.length === 0
          ? html`<p part="empty">${t(locale, 'noMatch')}</p>`
          : this.#table(rows, ctx)}
    `
  }

  /**
   * A sortable column's header: one button, its words and an indicator that
   * shows whether and which way the column sorts (aria-sort on the header
   * cell says the same to a screen reader). `also` are keys that sort the
   * same column (the schedule's end, chosen by "free slots").
   */
  #sortHeader(key: SortKey, label: StringKey, locale: string, also: SortKey[] = []): TemplateResult {
    const active = this.sort !== undefined && [key, ...also].includes(this.sort.key)
    const direction = active ? this.sort!.direction : undefined
    // Flipping keeps the key the column sorts by now (the schedule's end, after "free slots").
    const next: Sort = { key: active ? this.sort!.key : key, direction: direction === 'ascending' ? 'descending' : 'ascending' }
    return html`<button type="button" class="sort ${active ? 'active' : ''}" @click=${() => (this.sort = next)}>
      <span class="sort-label">${t(locale, label)}</span
      >${direction === 'ascending' ? icons.sortAscending : direction === 'descending' ? icons.sortDescending : icons.sortNone}
    </button>`
  }

  #ariaSort(...keys: SortKey[]) {
    return this.sort && keys.includes(this.sort.key) ? this.sort.direction : 'none'
  }

  #table(rows: Row[], ctx: FormatContext): TemplateResult {
    const { locale } = ctx
    const view = this.#window.slice(rows)
    const columns = this.#hasActions ? 7 : 6
    // Only the rows near the viewport are in the DOM; aria-rowcount and
    // aria-rowindex tell assistive technology where they sit in the whole.
    return html`<table aria-rowcount=${rows.length + 1} class=${this.sort?.key === 'created' ? 'by-created' : ''}>
        <colgroup>
          <col class="col-name" /><col class="col-code" /><col class="col-schedule" /><col class="col-status" /><col class="col-issues" /><col
            class="col-created"
          />${this.#hasActions ? html`<col class="col-actions" />` : nothing}
        </colgroup>
        <thead>
          <tr aria-rowindex="1">
            <th scope="col" aria-sort=${this.#ariaSort('name')}>${this.#sortHeader('name', 'colName', locale)}</th>
            <th scope="col">${t(locale, 'colCode')}</th>
            <th scope="col" aria-sort=${this.#ariaSort('starts', 'ends')}>${this.#sortHeader('starts', 'colSchedule', locale, ['ends'])}</th>
            <th scope="col" aria-sort=${this.#ariaSort('status')}>${this.#sortHeader('status', 'colStatus', locale)}</th>
            <th scope="col">${t(locale, 'colIssues')}</th>
            <th scope="col" class="created" aria-sort=${this.#ariaSort('created')}>${this.#sortHeader('created', 'colCreated', locale)}</th>
            ${this.#hasActions
              ? html`<th scope="col" class="actions-head">
                  <span class="visually-hidden">${t(locale, 'colActions')}</span>${this.#canCreate ? this.#addIconButton(locale) : nothing}
                </th>`
              : nothing}
          </tr>
        </thead>
        <tbody @pointerover=${this.#prefetchForEdit} @focusin=${this.#prefetchForEdit}>
          ${repeat(
            view,
            (e) => ('gap' in e ? e.key : e.item.code.access_code_id),
            (e) => ('gap' in e ? spacerRow(e.gap, columns) : this.#row(e.item, e.index, ctx)),
          )}
        </tbody>
      </table>`
  }

  #row({ code, issues }: Row, index: number, ctx: FormatContext): TemplateResult {
    const { locale } = ctx
    const id = code.access_code_id
    const activity = this.#deletes.activity(id)
    // Deleting, or checking on a delete whose answer was lost: the only activities of a managed code here.
    const busy = activity === 'deleting' || activity === 'checking' ? activity : undefined
    const created = parseTime(code.created_at)
    // Cancelable (CONTRACT v2): a page that shows its own view cancels it; else the details open in the dialog.
    const select = () => emit(this, 'access-code-selected', { accessCode: code }, true) && void this.#codeDialog().then((d) => d.openDetails(code))
    // A card's label carries its own punctuation (French spaces its colon).
    const label = (key: StringKey) => t(locale, 'cardLabel', { label: t(locale, key) })
    return html`<tr
      ${this.#deletes.confirm.row(id)}
      part="row"
      tabindex="0"
      data-id=${id}
      aria-rowindex=${index + 2}
      aria-busy=${busy ? 'true' : 'false'}
      @click=${select}
      @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && e.target === e.currentTarget && select()}
    >
      <td data-label=${label('colName')} class="name-cell">
        <span class="name-line"><span class="name" title=${displayName(code, locale)}>${displayName(code, locale)}</span>${flagsPart(code, locale, this.#popover)}</span>
      </td>
      <td data-label=${label('colCode')}>
        ${pinPart(code, locale, { onCopy: (pin, shown) => this.#copy(id, pin, shown), copied: this.copied?.id === id ? this.copied.outcome : undefined, popover: this.#popover })}
      </td>
      <td data-label=${label('colSchedule')} class="schedule-cell">${schedulePart(code, ctx, { line: true })}</td>
      <td data-label=${label('colStatus')}>${statusPart(code.status, locale, { activity: busy, popover: this.#popover })}</td>
      <td data-label=${label('colIssues')} class=${issues.length === 0 ? 'none' : ''}>
        ${issueChips(issues, locale, this.#popover, {
          owner: id,
          onEnter: (issue) => this.#remedies.enter(issue, code),
          max: this.#chipFit.fit(issues.map((i) => i.chip)),
          expanded: this.#expanded.has(id),
          onToggle: () => this.#toggleChips(id),
        })}
      </td>
      <td data-label=${label('colCreated')} class="created">${created == null ? '' : datePart(created, ctx)}</td>
      ${this.#hasActions ? html`<td class="actions">${this.#actionsCell(code, busy, locale)}</td>` : nothing}
    </tr>`
  }

  #toggleChips(id: string): void {
    if (!this.#expanded.delete(id)) this.#expanded.add(id)
    this.requestUpdate()
  }

  /**
   * A row's actions: icon buttons with names and tooltips. An action a code
   * does not allow stays in its place, unavailable, and says why on focus.
   * While a delete is asked, checked or under way, that takes the cell.
   */
  #actionsCell(code: AccessCode, busy: 'deleting' | 'checking' | undefined, locale: string): TemplateResult {
    const id = code.access_code_id
    if (busy) return html`<span class="muted small">${t(locale, busy === 'checking' ? 'checkingOutcome' : 'deleting')}</span>`
    if (this.#canDelete && this.#deletes.asking(id)) return this.#deletes.question(code, locale)
    if (this.#canDelete && this.#deletes.unconfirmed(id)) return html`${this.#deletes.checkAgainButton(code, locale)} ${this.#deletes.failureNote(id, locale)}`
    return html`<span class="row-actions">${actionsPart(this.#actions(code, locale), id, this.#popover, (rest) => this.#menu.render(id, displayName(code, locale), rest, locale))}</span>${this.#deletes.failureNote(id, locale)}`
  }

  /**
   * What can be done to a code, in order; a new action is one more entry.
   * Delete comes first, as it always did: the keys from a row's chips reach it as before.
   */
  #actions(code: AccessCode, locale: string): ActionDescriptor[] {
    const id = code.access_code_id
    const name = displayName(code, locale)
    const offline = code.is_offline_access_code === true
    const actions: ActionDescriptor[] = []
    if (this.#canDelete) {
      actions.push({
        id: 'delete',
        label: t(locale, 'deleteCode', { name }),
        tip: t(locale, 'delete'),
        icon: icons.trash,
        tone: 'danger',
        unavailable: offline ? t(locale, 'offlineNoDelete') : undefined,
        attach: this.#deletes.confirm.trigger(id),
        run: () => this.#deletes.ask(id),
      })
    }
    if (this.#canEdit) {
      actions.push({
        id: 'edit',
        part: 'edit-button',
        label: t(locale, 'editCode', { name }),
        tip: t(locale, 'edit'),
        icon: icons.edit,
        unavailable: offline ? t(locale, 'offlineNotEditable') : undefined,
        run: () => this.#openForm(code),
      })
    }
    return actions
  }

  /**
   * "Add code" heads the actions column; where the header is hidden (the
   * narrow card layout) or there is no table, it sits in the bar. Keys then
   * reach it after the column sorts, as before it existed.
   */
  #addIconButton(locale: string): TemplateResult {
    return html`<button
      type="button"
      part="add-button"
      class="primary add icon-button wide-only"
      aria-label=${t(locale, 'addCode')}
      ${tooltip(this.#popover, tipOf(t(locale, 'addCode')))}
      @click=${() => this.#openForm()}
      @pointerenter=${this.#prefetchForm}
      @focus=${this.#prefetchForm}
    >
      ${icons.add}
    </button>`
  }

  #addButton(locale: string, where: 'narrow-only' | 'wide-only' | ''): TemplateResult {
    return html`<button type="button" part="add-button" class="primary add ${where}" @click=${() => this.#openForm()}
      @pointerenter=${this.#prefetchForm}
      @focus=${this.#prefetchForm}
    >
      ${t(locale, 'addCode')}
    </button>`
  }

  /**
   * Opens the form in the dialog. Its module is asked for beside the
   * dialog's, as a hover on "Add code" would: asked by the dialog once its
   * own module (and the modules that one imports) had arrived, it came a
   * chain of five requests after the click.
   */
  #openForm(code?: AccessCode, focus?: CodeField): void {
    this.#prefetchForm()
    void this.#codeDialog().then((d) => d.openForm(code, focus))
  }

  #codeDialog(): Promise<CodeDialog> {
    // The dialog's and the form's words: fetched beside the dialog's chunk, not after it (the script-tag module; a no-op from npm).
    if (!this.#dialogLoading) void import('../../i18n/strings.more.en.js').catch(() => {})
    return (this.#dialogLoading ??= import('../../ui/controllers/code-dialog.js').then(
      ({ CodeDialog }) =>
        (this.#dialog = new CodeDialog(this, {
          loadForm: () => import('../access-code-form/define.js'),
          loadDetails: () => import('../access-code-details/define.js'),
          store: () => this.store,
          locale: () => this.lang_,
          deviceId: () => this.deviceId,
          timeZone: () => this.timeZone || undefined,
          announce: (text) => this.#announcer.announce(text),
          report: (error) => this.reportError(error),
          focusRow: (id) => this.#focusRow(id),
          // Its details poll as it does: not at all when it polls not, nor when the page gives the codes;
          // and a table given its codes (it fetches no lock) shows them in its own zone, so its details do too.
          details: () => ({
            disableEdit: !this.#canEdit,
            disableDelete: !this.#canDelete,
            errorFilter: this.errorFilter,
            warningFilter: this.warningFilter,
            pollInterval: this.accessCodes ? 0 : this.pollInterval,
            timeZone: this.timeZone || (this.accessCodes ? this.#zone.timeZone : undefined),
          }),
        })),
      (error: unknown) => {
        // Offline, or the chunk is missing: the next click tries again.
        this.#dialogLoading = undefined
        throw error
      },
    ))
  }

  /**
   * A hover or focus on a row's "Edit" does what one on "Add code" does.
   * Listened to once, on the rows' body, not on each row's button: rows
   * come and go as the list scrolls, and most never need it.
   */
  readonly #prefetchForEdit = (e: Event): void => {
    if (this.#formPrefetched) return
    if ((e.target as Element).closest?.('[data-action=edit]:not([aria-disabled=true])')) this.#prefetchForm()
  }

  /** A hover or focus on "Add code" or "Edit" starts loading the dialog and the form, so a click opens it at once. */
  readonly #prefetchForm = (): void => {
    this.#formPrefetched = true
    void this.#codeDialog().catch(() => {})
    void import('../access-code-form/define.js').catch(() => {})
  }

  #freeingBar(locale: string): TemplateResult {
    return html`<p class="freeing" role="status">
      ${this.#freeingCount(locale)}
      <button type="button" @click=${() => (this.freeing = false)}>${remedyText('freeSlotsDone', locale)}</button>
    </p>`
  }

  /**
   * How many of the full lock's codes the rows list. Those `accessCodeFilter`
   * hides are still on the lock and take room there; a page's own codes may
   * be of several locks, and only the full one's count.
   */
  #freeingCount(locale: string): string {
    const { shown, count } = this.#countOnLock(this.#rows, this.#rowsFrom, this.#freeingLock)
    return count > shown ? remedyText('freeSlotsBarFiltered', locale, { shown, count }) : remedyText('freeSlotsBar', locale, { count: shown })
  }

  /** Counted once per data, not on every render while the bar shows (thousands of codes). */
  readonly #countOnLock = memo((rows: Row[], from: readonly AccessCode[], lock: string | undefined) => ({
    shown: rows.filter((r) => r.code.device_id === lock).length,
    count: [...distinctCodes(from)].filter((c) => c.device_id === lock).length,
  }))

  #codeOf(issue: ExplainedIssue): AccessCode | undefined {
    return this.#rows.find((r) => r.issues.includes(issue))?.code
  }

  /** The order "free slots" chose, undone with it when the table moves to another lock. */
  #freeingSort: Sort | undefined

  /** The lock "free slots" is about. */
  #freeingLock: string | undefined

  /** Every code of the lock, ended ones first, with delete at hand. */
  #freeSlots(code: AccessCode): void {
    this.#freeingLock = code.device_id
    this.search = ''
    this.onlyIssues = false
    this.sort = this.#freeingSort = { key: 'ends', direction: 'ascending' }
    this.freeing = true
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="row"]')?.focus())
  }

  /** The row of `id`, else "Add code", else the first row, else the search box: somewhere in the table, not the page. */
  #focusRow(id: string | undefined): void {
    const row = id ? this.renderRoot.querySelector<HTMLElement>(`[part~="row"][data-id="${CSS.escape(id)}"]`) : null
    ;(row ?? this.#visibleAdd() ?? this.renderRoot.querySelector<HTMLElement>('[part~="row"]') ?? this.renderRoot.querySelector<HTMLElement>('input[type="search"]'))?.focus()
  }

  /** The "Add code" button the layout shows (there is one per layout). */
  #visibleAdd(): HTMLElement | undefined {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="add-button"]')].find((b) => b.checkVisibility())
  }

  async #copy(id: string, pin: string, shown: Element): Promise<void> {
    const copied = (this.copied = { id, outcome: await copyPin(pin, shown, this.lang_, (text) => this.#announcer.announce(text)) })
    setTimeout(() => this.copied === copied && (this.copied = undefined), COPY_SAID_MS[copied.outcome])
  }
}

import type { Device, UnmanagedAccessCode } from '@seamapi/types/connect'
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit'
import { describeError, providerDisplayNameOf, providerHas, providerOf } from '../../catalog/index.js'
import { emit, type SeamEventDetails } from '../../events.js'
import { t, type StringKey } from '../../i18n/index.js'
import '../../i18n/strings.more.en.js'
import {
  asSeamError,
  awaitsOutcome,
  Replacement,
  canDeleteUnmanaged,
  replacementPin,
  type ReplaceOutcome,
  type ReplaceStep,
  type SeamError,
} from '../../state/index.js'
import { ModalController, type DialogHost, type DialogSession } from '../../ui/controllers/modal.js'
import { formParts } from '../../ui/exported-parts.js'
import { displayName } from '../../ui/format.js'
import { issuesOf } from '../../ui/templates/issues.js'
import type { AccessCodeDefaults } from '../access-code-form/model.js'

// "Replace with a managed code" for a code Seam cannot convert: the person
// chooses the new code's PIN (a new one, or the old one kept, each with what
// it means for the door), edits the prefilled form, and the state layer's
// Replacement carries out the steps in order; this dialog shows each step,
// names the one that stopped, and offers only what is safe from there.

export interface ReplaceDialogOptions extends DialogSession {
  device: () => Device | undefined
  /** Focus for when what opened the dialog is gone (the old code's row, once it is deleted). */
  focusFallback: () => void
}

type PinChoice = 'new' | 'keep'

/** One replacement as the dialog shows it; kept per old code, so reopening shows a run that goes on. */
interface Flow {
  old: UnmanagedAccessCode
  choice: PinChoice
  /** The PIN Seam generated for "a new PIN". */
  pin?: string | undefined
  generating: boolean
  generateError?: SeamError | undefined
  /** The form was sent with the old PIN while "a new PIN" was chosen. */
  samePin: boolean
  view: 'choose' | 'steps'
  replacement?: Replacement | undefined
  running: boolean
  current?: ReplaceStep | undefined
  checking: boolean
  outcome?: ReplaceOutcome | undefined
}

const STEP_WORDS: Record<ReplaceStep, StringKey> = {
  generate: 'replaceStepGenerate',
  create: 'replaceStepCreate',
  set: 'replaceStepSet',
  delete: 'replaceStepDelete',
}

/** Whether the lock picks every new code's PIN itself (then there is nothing to generate or keep). */
const lockPicksPin = (device: Device | undefined): boolean =>
  ((device?.properties as { code_constraints?: { constraint_type?: string }[] } | undefined)?.code_constraints ?? []).some(
    (c) => c?.constraint_type === 'cannot_specify_pin_code',
  )

type KeepBlocked = 'replaceKeepHidden' | 'replaceKeepNoDelete' | 'replaceKeepLockPicks'

export class ReplaceDialog implements ReactiveController {
  readonly #host: DialogHost
  readonly #o: ReplaceDialogOptions
  readonly #modal: ModalController
  readonly #flows = new Map<string, Flow>()
  #flow: Flow | undefined
  #focus: string[] | undefined

  constructor(host: DialogHost, options: ReplaceDialogOptions) {
    this.#host = host
    this.#o = options
    this.#modal = new ModalController(host, {
      dialog: () => host.renderRoot.querySelector<HTMLDialogElement>('dialog.replace'),
      fallbackFocus: options.focusFallback,
      closed: () => (this.#flow = undefined),
    })
    host.addController(this)
  }

  hostConnected(): void {}

  get isOpen(): boolean {
    return this.#modal.isOpen
  }

  /** No replacement runs or stopped at a step (one opened and left, or finished, does neither): `stateOf` is undefined for every code. */
  get none(): boolean {
    for (const id of this.#flows.keys()) if (this.stateOf(id) !== undefined) return false
    return true
  }

  /**
   * Where a replacement of the code `id` stands, its dialog open or not, for
   * its row: `running`, `stopped` at a step (until it is taken up again), or
   * undefined (none, or done).
   */
  stateOf(id: string): 'running' | 'stopped' | undefined {
    const flow = this.#flows.get(id)
    if (flow?.running) return 'running'
    return flow?.outcome?.status === 'failed' ? 'stopped' : undefined
  }

  /** Opens the replacement of `old`; a replacement of it that is under way, or stopped at a step, shows where it stands. */
  async open(old: UnmanagedAccessCode): Promise<void> {
    // The form's code loads with its first use, not with the list.
    await import('../access-code-form/define.js')
    const id = old.access_code_id
    let flow = this.#flows.get(id)
    // A run under way, or one that stopped at a step, is shown where it stands; otherwise a new start.
    if (!flow || (!flow.running && !flow.replacement?.started && flow.outcome?.status !== 'failed')) {
      flow = { old, choice: 'new', generating: false, samePin: false, view: 'choose', running: false, checking: false }
      this.#flows.set(id, flow)
    }
    this.#flow = flow
    this.#modal.open()
    if (flow.view === 'choose' && !flow.pin) void this.#generate(flow)
    await this.#host.updateComplete
    this.#focusAfter(flow.view === 'choose' ? 'input[name="replace-pin"]:checked' : '.buttons button')
  }

  close(): void {
    this.#modal.close()
  }

  #update(): void {
    this.#host.requestUpdate()
  }

  /** Focus after the next update: the first of `selectors` (in this order of preference) that is there. */
  #focusAfter(...selectors: string[]): void {
    this.#focus = selectors
    this.#update()
  }

  hostUpdated(): void {
    const selectors = this.#focus
    if (!selectors) return
    const root = this.#host.renderRoot
    const target = selectors.map((s) => root.querySelector<HTMLElement>(`dialog.replace ${s}`)).find((el) => el != null)
    if (target) {
      this.#focus = undefined
      target.focus()
    }
  }

  get #pinChoosable(): boolean {
    return !lockPicksPin(this.#o.device())
  }

  /** Why the PIN cannot be kept, or undefined when it can. */
  #keepBlocked(old: UnmanagedAccessCode): KeepBlocked | undefined {
    if (!this.#pinChoosable) return 'replaceKeepLockPicks'
    if (old.code == null || old.code === '' || providerHas('hidesPin', providerOf(this.#o.device()))) return 'replaceKeepHidden'
    if (!canDeleteUnmanaged(old)) return 'replaceKeepNoDelete'
    return undefined
  }

  /** The first step: a PIN the lock accepts, shown in the form before anything is done. */
  async #generate(flow: Flow): Promise<void> {
    const store = this.#o.store()
    if (!store || flow.generating || !this.#pinChoosable) return
    // "Try again" gives way to the progress line: focus on it goes to the choice it retries, and back to it should it fail again.
    const retry = flow.generateError !== undefined
    flow.generating = true
    flow.generateError = undefined
    if (retry) this.#focusAfter('input[name="replace-pin"]:checked', '.buttons button')
    this.#update()
    try {
      flow.pin = await replacementPin(store, flow.old.device_id)
    } catch (thrown) {
      const error = asSeamError(thrown)
      flow.generateError = error
      this.#o.report(error)
      this.#o.announce(`${t(this.#o.locale(), 'replaceStopped', { step: t(this.#o.locale(), 'replaceStepGenerate') })} ${describeError(this.#o.locale(), error)}`)
      if (retry) this.#focusAfter('.buttons button.primary', '.buttons button')
    } finally {
      flow.generating = false
      this.#update()
    }
  }

  #choose(flow: Flow, choice: PinChoice): void {
    flow.choice = choice
    flow.samePin = false
    if (choice === 'new' && !flow.pin) void this.#generate(flow)
    this.#update()
  }

  #defaults(flow: Flow): AccessCodeDefaults {
    const old = flow.old
    const code = !this.#pinChoosable ? undefined : flow.choice === 'keep' ? (old.code ?? undefined) : flow.pin
    // Whichever end of the schedule the old code has: a form given one opens time-bound and asks for the other.
    const timeBound = old.type === 'time_bound'
    const window = { ...(timeBound && old.starts_at ? { starts_at: old.starts_at } : {}), ...(timeBound && old.ends_at ? { ends_at: old.ends_at } : {}) }
    return { name: old.name ?? '', ...(code ? { code } : {}), ...window }
  }

  /** The form's create, taken over: the replacement sends it, in its place among the steps. */
  #submitted(flow: Flow, e: CustomEvent<SeamEventDetails['access-code-submit']>): void {
    e.preventDefault()
    // The page hears the outcome (access-code-created, unmanaged-code-replaced), not this internal hand-over.
    e.stopPropagation()
    const store = this.#o.store()
    if (!store || flow.running) return
    const params = e.detail.params
    const oldPin = flow.old.code
    if (flow.choice === 'new' && oldPin && params.code === oldPin) {
      flow.samePin = true
      this.#o.announce(t(this.#o.locale(), 'replaceSamePin'))
      return this.#update()
    }
    flow.samePin = false
    // Nothing created yet: the details may still change (after "Change the details").
    if (flow.replacement && !flow.replacement.created) flow.replacement.params = params
    else flow.replacement ??= new Replacement(store, flow.old, params)
    void this.#run(flow)
  }

  async #run(flow: Flow): Promise<void> {
    const replacement = flow.replacement
    if (!replacement || flow.running) return
    const locale = () => this.#o.locale()
    flow.running = true
    flow.outcome = undefined
    flow.view = 'steps'
    this.#o.announce(t(locale(), 'replaceRunning', { name: displayName(flow.old, locale()) }))
    this.#focusAfter('.buttons button')
    const outcome = await replacement.run({
      onStep: (step) => {
        flow.current = step
        flow.checking = false
        this.#update()
      },
      onCreated: (code) => emit(this.#host, 'access-code-created', { accessCode: code }),
      onOldDeleted: (id) => emit(this.#host, 'unmanaged-code-deleted', { accessCodeId: id }),
      onChecking: () => {
        flow.checking = true
        this.#update()
      },
    })
    flow.running = false
    flow.checking = false
    flow.current = undefined
    flow.outcome = outcome
    if (outcome.status === 'replaced') {
      const name = displayName(outcome.accessCode, locale())
      this.#o.announce(t(locale(), outcome.oldDeleted ? 'replaceDone' : 'replaceDoneOldStays', { name }))
      // Once the old code is gone (CONTRACT v2); where it stays, access-code-created said it all.
      if (outcome.oldDeleted) emit(this.#host, 'unmanaged-code-replaced', { accessCode: outcome.accessCode, replacedAccessCodeId: flow.old.access_code_id })
      this.#flows.delete(flow.old.access_code_id)
    } else {
      if (outcome.error) this.#o.report(outcome.error)
      this.#o.announce(this.#failureWords(flow, locale()).join(' '))
    }
    this.#focusAfter('.buttons button.primary', '.buttons button')
  }

  #back(flow: Flow): void {
    flow.view = 'choose'
    flow.outcome = undefined
    this.#update()
    // The form sits in the dialog's light of our shadow root; its own button is in its shadow root.
    void this.#host.updateComplete.then(() => {
      const form = this.#host.renderRoot.querySelector('dialog.replace access-code-form')
      form?.shadowRoot?.querySelector<HTMLElement>('[part~="submit-button"]')?.focus()
    })
  }

  render(): TemplateResult | typeof nothing {
    const flow = this.#flow
    if (!this.#modal.isOpen || !flow) return nothing
    const locale = this.#o.locale()
    const name = displayName(flow.old, locale)
    return html`<dialog part="dialog replace-dialog" class="replace" aria-labelledby="replace-title" @close=${this.#modal.onClose}>
      <h2 id="replace-title">${t(locale, 'replaceTitle', { name })}</h2>
      ${flow.view === 'choose' ? this.#choicePart(flow, locale) : this.#stepsPart(flow, locale)}
      <div ?hidden=${flow.view !== 'choose' || (flow.choice === 'new' && this.#pinChoosable && !flow.pin)}>
        ${flow.choice === 'new' && this.#pinChoosable && !flow.pin && !flow.replacement ? nothing : this.#formPart(flow, locale)}
      </div>
    </dialog>`
  }

  #choicePart(flow: Flow, locale: string): TemplateResult {
    const old = flow.old
    const blocked = this.#keepBlocked(old)
    const deletes = canDeleteUnmanaged(old)
    const provider = providerDisplayNameOf(this.#o.device()) ?? ''
    const radio = (choice: PinChoice, label: string, hintId: string) =>
      html`<label class="choice"
        ><input type="radio" name="replace-pin" value=${choice} aria-describedby=${hintId} .checked=${flow.choice === choice} @change=${() => this.#choose(flow, choice)} />${label}</label
      >`
    const newMeaning = !this.#pinChoosable ? 'replaceLockPicks' : deletes ? 'replaceNewPinMeaning' : 'replaceNewPinOldStays'
    return html`<p>${t(locale, 'replaceIntro')}</p>
      ${deletes ? nothing : html`<p class="notice" id="replace-old-stays">${t(locale, 'replaceOldStays')}</p>`}
      <fieldset class="pin-choice">
        <legend>${t(locale, 'replacePinLegend')}</legend>
        ${radio('new', t(locale, 'replaceNewPin'), 'replace-new-hint')}
        <p class="hint" id="replace-new-hint">${t(locale, newMeaning)}</p>
        ${blocked
          ? html`<p class="hint" id="replace-keep-blocked">${t(locale, blocked, { provider })}</p>`
          : html`${radio('keep', t(locale, 'replaceKeepPin', { pin: old.code ?? '' }), 'replace-keep-hint')}
              <p class="hint" id="replace-keep-hint">${t(locale, 'replaceKeepPinMeaning')}</p>`}
      </fieldset>
      ${flow.generating ? html`<p class="progress" role="status">${t(locale, 'replaceGenerating')}</p>` : nothing}
      ${flow.generateError && flow.choice === 'new'
        ? html`<p class="failure" role="alert">
              ${t(locale, 'replaceStopped', { step: t(locale, 'replaceStepGenerate') })} ${describeError(locale, flow.generateError)}
              ${t(locale, 'replaceStateNothing')}
            </p>
            <div class="buttons">
              <button type="button" @click=${() => this.close()}>${t(locale, 'cancel')}</button>
              <button type="button" class="primary" @click=${() => void this.#generate(flow)}>${t(locale, 'retry')}</button>
            </div>`
        : nothing}
      ${flow.samePin ? html`<p class="failure" role="alert">${t(locale, 'replaceSamePin')}</p>` : nothing}`
  }

  #formPart(flow: Flow, locale: string): TemplateResult {
    return html`<access-code-form
      exportparts=${formParts}
      heading=""
      locale=${locale}
      time-zone=${this.#o.timeZone() ?? ''}
      device-id=${flow.old.device_id}
      submit-label=${t(locale, 'replaceSubmit')}
      .defaults=${this.#defaults(flow)}
      .sessionStore=${this.#o.store()}
      @access-code-submit=${(e: CustomEvent<SeamEventDetails['access-code-submit']>) => this.#submitted(flow, e)}
      @cancel=${(e: Event) => (e.stopPropagation(), e.preventDefault(), this.close())}
    ></access-code-form>`
  }

  /** The step that stopped, why, and where both codes stand now. */
  #failureWords(flow: Flow, locale: string): string[] {
    const outcome = flow.outcome
    const r = flow.replacement
    if (outcome?.status !== 'failed' || !r) return []
    const words = [t(locale, 'replaceStopped', { step: t(locale, STEP_WORDS[outcome.step]) })]
    if (outcome.refused) words.push(t(locale, 'replaceKeepNoDelete'))
    else if (outcome.notSet === 'failed') {
      const issues = r.created ? issuesOf(r.created, locale).filter((i) => i.severity === 'error').map((i) => i.title) : []
      words.push(t(locale, 'replaceNotSet', { issues: issues.join(', ') }))
    } else if (outcome.notSet === 'still-setting') words.push(t(locale, 'replaceStillSetting'))
    else if (outcome.error) words.push(describeError(locale, outcome.error))
    words.push(t(locale, this.#where(r)))
    return words
  }

  /** Where the two codes stand after a stop. */
  #where(r: Replacement): StringKey {
    if (r.oldDeleted) return 'replaceStateOldGone'
    if (r.isSet) return 'replaceStateBoth'
    if (r.created) return 'replaceStateOldKept'
    return 'replaceStateNothing'
  }

  #stepsPart(flow: Flow, locale: string): TemplateResult {
    const r = flow.replacement!
    const outcome = flow.outcome
    const failedStep = outcome?.status === 'failed' ? outcome.step : undefined
    const steps: ReplaceStep[] = [...(flow.pin && r.params.code === flow.pin ? (['generate'] as const) : []), ...r.steps]
    const stateOf = (step: ReplaceStep): StringKey =>
      r.done(step) ? 'replaceStepDone' : step === failedStep ? 'replaceStepFailed' : flow.running && step === flow.current ? 'replaceStepRunning' : 'replaceStepWaiting'
    const lost = outcome?.status === 'failed' && awaitsOutcome(outcome.error)
    const followAgain = outcome?.status === 'failed' && outcome.step === 'set'
    const button = (label: StringKey, onClick: () => void, primary = false) =>
      html`<button type="button" class=${primary ? 'primary' : ''} @click=${onClick}>${t(locale, label)}</button>`
    return html`<ol class="steps" aria-label=${t(locale, 'replaceStepsLabel')}>
        ${steps.map(
          (step) =>
            html`<li data-step=${step} data-state=${stateOf(step)} aria-current=${flow.running && step === flow.current ? 'step' : 'false'}>
              <span>${t(locale, STEP_WORDS[step])}</span> <span class="muted">${t(locale, stateOf(step))}</span>
            </li>`,
        )}
      </ol>
      ${flow.running
        ? html`<p class="progress" role="status">
            ${flow.checking ? t(locale, 'checkingOutcome') : t(locale, 'replaceRunning', { name: displayName(flow.old, locale) })}
          </p>`
        : nothing}
      ${outcome?.status === 'replaced'
        ? html`<p class="saved" role="status">
            ${t(locale, outcome.oldDeleted ? 'replaceDone' : 'replaceDoneOldStays', { name: displayName(outcome.accessCode, locale) })}
          </p>`
        : nothing}
      ${outcome?.status === 'failed' ? html`<p class="failure" role="alert">${this.#failureWords(flow, locale).join(' ')}</p>` : nothing}
      <div class="buttons">
        ${button('close', () => this.close(), outcome?.status === 'replaced' || flow.running)}
        ${outcome?.status === 'failed' && !r.created && !outcome.refused && !lost ? button('replaceChange', () => this.#back(flow)) : nothing}
        ${outcome?.status === 'failed' && !outcome.refused
          ? button(lost || followAgain ? 'checkAgain' : 'retry', () => void this.#run(flow), true)
          : nothing}
      </div>`
  }
}

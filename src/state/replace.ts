import type { AccessCode, UnmanagedAccessCode } from '@seamapi/types/connect'
import { asSeamError, type SeamError } from '../api/errors.js'
import { CLOCK_MARGIN_MS, accessCodeQuery, createAccessCode, generateAccessCode, type CreateCodeParams, type WriteOptions } from './access-code-writes.js'
import { FollowDeadlineError, awaitsOutcome } from './errors.js'
import { poll, type FollowOptions } from './follow.js'
import { checkUnmanagedDeletion, deleteUnmanaged, type CheckOptions } from './mutations.js'
import type { SessionStore } from './store.js'
import { NO_TRACE, confirmWrite } from './writes.js'

// Replacing an unmanaged code Seam cannot convert (igloohome, SmartThings, a
// code that cannot be managed) with a new managed one. The guide "Migrating
// Existing Unmanaged Access Codes": "you can still get a list of these
// existing codes, and replace them with new access codes managed by your
// Seam workspace."
//
// A lock usually refuses two codes with one PIN, so the order depends on the
// PIN: a new PIN is created and set first, and only then is the old code
// deleted (the door always has a working code); keeping the PIN deletes the
// old code first. Each step is followed to its end before the next starts;
// a failed step stops the run and leaves both codes as they are, and a new
// run goes on from that step, never redoing one that is done.

/** The steps, as the elements name them. `generate` comes before a run (the dialog asks for the PIN it shows). */
export type ReplaceStep = 'generate' | 'create' | 'set' | 'delete'

/** Why the new code did not reach the lock, when it is not an error of a request. */
export type NotSetReason =
  /** The new code has errors of its own (Seam could not set it). */
  | 'failed'
  /** Still `setting` when following gave up; Seam goes on trying. */
  | 'still-setting'

/** Why a run did not start: the choice itself cannot be carried out. */
export type RefusedReason =
  /** Keeping the PIN needs the old code deleted first, and the API cannot delete it. */
  'keep-needs-delete'

export interface ReplaceFailure {
  step: ReplaceStep
  /** The request's error; one Seam may still carry out (see awaitsOutcome): its answer lost and checking could not tell, or no outcome by the deadline. */
  error?: SeamError | undefined
  /** For `set`: why the new code is not on the lock (its errors are on `replacement.created`). */
  notSet?: NotSetReason | undefined
  refused?: RefusedReason | undefined
}

export type ReplaceOutcome =
  | { status: 'replaced'; accessCode: AccessCode; oldDeleted: boolean }
  | ({ status: 'failed' } & ReplaceFailure)

export interface ReplaceHooks extends FollowOptions {
  /** A step starts (each once per run). */
  onStep?: ((step: ReplaceStep) => void) | undefined
  /** Seam created the new code: fire `access-code-created`. */
  onCreated?: ((code: AccessCode) => void) | undefined
  /** The old code is gone: fire `unmanaged-code-deleted`. */
  onOldDeleted?: ((id: string) => void) | undefined
  /** A lost answer is being checked on the server. */
  onChecking?: (() => void) | undefined
  /** How long to follow the new code to `set` (default 120 s). */
  setDeadlineMs?: number | undefined
  checkDeadlineMs?: number | undefined
  settleMs?: number | undefined
}

/** Whether the API can delete this unmanaged code (`cannot_delete_unmanaged_access_code`). */
export const canDeleteUnmanaged = (code: UnmanagedAccessCode): boolean =>
  (code as { cannot_delete_unmanaged_access_code?: unknown }).cannot_delete_unmanaged_access_code !== true

/** A new PIN for the replacement (`access_codes/generate_code`): the first step, before anything changes. */
export function replacementPin(store: SessionStore, deviceId: string, options: WriteOptions = {}): Promise<string> {
  return generateAccessCode(store, deviceId, options)
}

/**
 * Whether the new code is on the lock: `set`, or scheduled on it until a
 * future start. A code with an error of its own while not set failed to set.
 */
function onLock(code: AccessCode, now: number): AccessCode | 'failed' | undefined {
  if (code.status === 'set') return code
  const ownError = (code.errors ?? []).some((e) => (e as { is_access_code_error?: unknown }).is_access_code_error === true)
  if (ownError) return 'failed'
  const future = code.type === 'time_bound' && code.starts_at != null && Date.parse(code.starts_at) > now
  if (code.status === 'unset' && (code.is_scheduled_on_device === true || future)) return code
  return undefined
}

/**
 * One replacement of one unmanaged code. Holds how far it got, so "Try
 * again" goes on from the failed step and "Check again" only asks. The same
 * replacement run twice at once (a double click) is one run.
 */
export class Replacement {
  readonly old: UnmanagedAccessCode
  /** What to create; `params.code` is the old PIN when it is kept. */
  params: CreateCodeParams
  /** The new code once Seam created it, updated as it is followed. */
  created: AccessCode | undefined
  /** The new code is on the lock. */
  isSet = false
  /** The old code is gone. */
  oldDeleted = false
  /** The last failure; cleared when a run starts. */
  failure: ReplaceFailure | undefined
  /** When the create was sent: a lost answer is looked for among codes created since. */
  #createdSince: number | undefined
  readonly #store: SessionStore

  constructor(store: SessionStore, old: UnmanagedAccessCode, params: CreateCodeParams) {
    this.#store = store
    this.old = old
    this.params = params
  }

  /** The old PIN goes to the new code: the old code must be gone first. */
  get keepsPin(): boolean {
    return this.old.code != null && this.old.code !== '' && this.params.code === this.old.code
  }

  get deletesOld(): boolean {
    return canDeleteUnmanaged(this.old)
  }

  /** The steps of this replacement, in the order they run. */
  get steps(): ReplaceStep[] {
    if (this.keepsPin) return ['delete', 'create', 'set']
    return this.deletesOld ? ['create', 'set', 'delete'] : ['create', 'set']
  }

  done(step: ReplaceStep): boolean {
    if (step === 'create') return this.created != null
    if (step === 'set') return this.isSet
    if (step === 'delete') return this.oldDeleted
    return true
  }

  /** Whether any step changed something on the lock (then the details can no longer change). */
  get started(): boolean {
    return this.created != null || this.oldDeleted
  }

  /** Runs the steps not done yet, in order, stopping at the first that fails. Never rejects. */
  run(hooks: ReplaceHooks = {}): Promise<ReplaceOutcome> {
    return this.#store.runShared(`replace:${this.old.access_code_id}`, () => this.#run(hooks))
  }

  async #run(h: ReplaceHooks): Promise<ReplaceOutcome> {
    // A step Seam may still carry out (see awaitsOutcome) is asked about, never sent again.
    const lost = awaitsOutcome(this.failure?.error) ? this.failure : undefined
    this.failure = undefined
    if (this.keepsPin && !this.deletesOld) return this.#fail({ step: 'delete', refused: 'keep-needs-delete' })
    for (const step of this.steps) {
      if (this.done(step)) continue
      h.onStep?.(step)
      const failure = await this.#step(step, h, lost?.step === step ? lost.error : undefined)
      if (failure) return this.#fail(failure)
    }
    const accessCode = this.created!
    return { status: 'replaced', accessCode, oldDeleted: this.oldDeleted }
  }

  #fail(failure: ReplaceFailure): ReplaceOutcome {
    this.failure = failure
    return { status: 'failed', ...failure }
  }

  async #step(step: ReplaceStep, h: ReplaceHooks, lost: unknown): Promise<ReplaceFailure | undefined> {
    try {
      if (step === 'create') await this.#create(h, lost)
      else if (step === 'set') return await this.#followToLock(h)
      else if (step === 'delete') await this.#deleteOld(h, lost)
      return undefined
    } catch (error) {
      return { step, error: asSeamError(error) }
    }
  }

  async #create(h: ReplaceHooks, lost: unknown): Promise<void> {
    const store = this.#store
    const clock = h.clock ?? store.clock
    let created: AccessCode
    if (lost === undefined) {
      this.#createdSince = clock.now() - CLOCK_MARGIN_MS
      created = await createAccessCode(store, this.params, { onChecking: h.onChecking, checkDeadlineMs: h.checkDeadlineMs, clock, signal: h.signal })
    } else {
      // "Check again" after a lost answer: ask whether the code is there, never send the create again.
      created = await confirmWrite({ check: () => this.#findCreated(h.signal), deadlineMs: h.checkDeadlineMs, onChecking: h.onChecking, clock, signal: h.signal }, lost)
    }
    this.created = created
    h.onCreated?.(created)
  }

  /** A code of the lock with the new code's name and PIN, created since the create was sent. */
  async #findCreated(signal?: AbortSignal): Promise<AccessCode | typeof NO_TRACE> {
    const p = this.params
    const since = this.#createdSince ?? -Infinity
    const codes = await this.#store.client.accessCodes.list({ device_id: p.device_id }, { signal })
    const found = codes.find(
      (c) =>
        (p.name == null || (c.name ?? '') === p.name) && (p.code == null || c.code === p.code) && Date.parse(c.created_at) >= since,
    )
    return found ?? NO_TRACE
  }

  /** Follows the new code until it is on the lock or failed; a failing read is another "not yet". */
  async #followToLock(h: ReplaceHooks): Promise<ReplaceFailure | undefined> {
    const store = this.#store
    const clock = h.clock ?? store.clock
    const id = this.created!.access_code_id
    let result: AccessCode | 'failed'
    try {
      result = await poll(
        async () => {
          const now = await store.client.accessCodes.get({ access_code_id: id }, { signal: h.signal })
          this.created = now
          accessCodeQuery(store, id).update(() => now)
          return onLock(now, clock.now())
        },
        { ...h, clock, deadlineMs: h.setDeadlineMs ?? 120_000 },
      )
    } catch (error) {
      if (error instanceof FollowDeadlineError) return { step: 'set', notSet: 'still-setting' }
      throw error
    } finally {
      // The table shows the state the new code reached.
      void store.accessCodes(this.params.device_id).invalidate()
    }
    if (result === 'failed') return { step: 'set', notSet: 'failed' }
    this.isSet = true
    return undefined
  }

  async #deleteOld(h: ReplaceHooks, lost: unknown): Promise<void> {
    const o: CheckOptions = { clock: h.clock, signal: h.signal, checkDeadlineMs: h.checkDeadlineMs, settleMs: h.settleMs }
    // deleteUnmanaged follows the deletion to its end and drops the code from every list of the session.
    await (lost === undefined ? deleteUnmanaged(this.#store, this.old, o) : checkUnmanagedDeletion(this.#store, this.old, lost, o))
    this.oldDeleted = true
    h.onOldDeleted?.(this.old.access_code_id)
  }
}

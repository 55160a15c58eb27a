import type { AccessCode, ActionAttempt, SeamEvent, UnmanagedAccessCode } from '@seamapi/types/connect'
import { SeamActionError, SeamApiError } from '../api/errors.js'
import { followActionAttempt, poll, type FollowOptions } from './follow.js'
import type { Clock } from '../api/abortable.js'
import type { SessionStore } from './store.js'
import type { Activity } from './types.js'
import { NO_TRACE, checkWrite, confirmWrite, type WriteCheck } from './writes.js'

export const CONVERTED = 'access_code.unmanaged.converted_to_managed'
export const FAILED_TO_CONVERT = 'access_code.unmanaged.failed_to_convert_to_managed'

type Issue = { error_code?: string; warning_code?: string; message?: string }

/** The reasons Seam gave for a failed conversion, grouped as its event groups them. */
export interface ConversionProblems {
  access_code_errors: Issue[]
  access_code_warnings: Issue[]
  device_errors: Issue[]
  device_warnings: Issue[]
  connected_account_errors: Issue[]
  connected_account_warnings: Issue[]
}

export type ConversionOutcome =
  | { status: 'converted'; accessCode: AccessCode }
  /** `error` is set when the conversion's action attempt failed. */
  | { status: 'failed'; problems: ConversionProblems; error?: SeamActionError | undefined }

/**
 * How a write whose answer was lost is checked (see checkWrite): conversions
 * and deletions show on the server some time after Seam takes them, so the
 * code looking untouched means "not applied" only after `settleMs`.
 */
export interface CheckOptions extends FollowOptions {
  /** Default SETTLE_MS. */
  settleMs?: number | undefined
  /** How long to check before saying the outcome is unknown; default 30 s. */
  checkDeadlineMs?: number | undefined
}

/** How long Seam may take to show a conversion or deletion it took. */
export const SETTLE_MS = 3_000

export interface ConvertOptions extends CheckOptions {
  allowExternalModification?: boolean | undefined
  force?: boolean | undefined
}

const list = (v: unknown): Issue[] => (Array.isArray(v) ? v.filter((x) => x != null && typeof x === 'object') : [])

/** The event's issue lists; without an event, the failed attempt stands in as one issue of the code. */
function problemsOf(event: SeamEvent | undefined, attempt?: SeamActionError): ConversionProblems {
  const e = (event ?? {}) as Record<string, unknown>
  const problems: ConversionProblems = {
    access_code_errors: list(e['access_code_errors']),
    access_code_warnings: list(e['access_code_warnings']),
    device_errors: list(e['device_errors']),
    device_warnings: list(e['device_warnings']),
    connected_account_errors: list(e['connected_account_errors']),
    connected_account_warnings: list(e['connected_account_warnings']),
  }
  // Seam's own message when it gave one; else an issue the catalog explains as an unrecognised problem.
  if (attempt != null && Object.values(problems).every((p) => p.length === 0)) {
    problems.access_code_errors.push(attempt.seamMessage == null ? {} : { message: attempt.seamMessage })
  }
  return problems
}

/** Follows on the session's clock unless the caller brings one. */
const onStoreClock = <O extends FollowOptions>(store: SessionStore, o: O): O & { clock: Clock } => ({ ...o, clock: o.clock ?? store.clock })

const is404 = (error: unknown): boolean => error instanceof SeamApiError && error.status === 404

/** A code the API says is managed, or undefined while it is not (yet). */
async function managedOrNothing(store: SessionStore, id: string, signal?: AbortSignal): Promise<AccessCode | undefined> {
  try {
    const code = await store.client.accessCodes.get({ access_code_id: id }, { signal })
    return (code as { is_managed?: unknown }).is_managed === false ? undefined : code
  } catch (error) {
    if (is404(error)) return undefined
    throw error
  }
}

/** The unmanaged code as `access_codes/unmanaged/get` has it; undefined once it no longer finds it. */
async function unmanagedOrNothing(store: SessionStore, id: string, signal?: AbortSignal): Promise<UnmanagedAccessCode | undefined> {
  try {
    return await store.client.accessCodes.unmanaged.get({ access_code_id: id }, { signal })
  } catch (error) {
    if (is404(error)) return undefined
    throw error
  }
}

/** The parts of checkWrite every mutation here shares: the session's clock, the code shown as checking. */
function checking(store: SessionStore, id: string, o: CheckOptions & { clock: Clock }) {
  return {
    settleMs: o.settleMs ?? SETTLE_MS,
    // A send that gave up waiting (a timeout after 15 s) is as far from showing as one just taken.
    unfinishedMs: o.settleMs ?? SETTLE_MS,
    deadlineMs: o.checkDeadlineMs,
    onChecking: () => store.setActivity(id, 'checking'),
    clock: o.clock,
    signal: o.signal,
  }
}

/**
 * Runs a write through checkWrite, or, with `lost` (the OutcomeUnknownError
 * of an earlier run), its check alone. Back to the write's own activity once
 * the check found it applied, while it is followed to its end.
 */
async function sendOrCheck<T>(store: SessionStore, id: string, activity: Activity, w: WriteCheck<T>, lost: unknown): Promise<T> {
  const result = await (lost === undefined ? checkWrite(w) : confirmWrite(w, lost))
  if (store.activity(id) === 'checking') store.setActivity(id, activity)
  return result
}

/** Events since this, with a margin for the gap between this clock and Seam's. */
const sinceNow = (clock: Clock): string => new Date(clock.now() - 5_000).toISOString()

/**
 * Converts an unmanaged code and follows Seam's asynchronous conversion to
 * its end: through the action attempt when the API returns one, otherwise
 * through the conversion events and the code itself. Sent once per code while
 * it runs, whoever asks. An answer lost on the way is checked on the server
 * (checkWrite): the outcome found is returned as if it had come back; when
 * the conversion was not applied this rejects with the send's error; when
 * checking cannot tell, with OutcomeUnknownError. Rejects with
 * FollowDeadlineError when Seam has not told the outcome by the deadline;
 * the conversion may still finish.
 */
export function convertUnmanaged(store: SessionStore, code: UnmanagedAccessCode, options: ConvertOptions = {}): Promise<ConversionOutcome> {
  return runConversion(store, code, options, undefined)
}

/**
 * "Check again" after convertUnmanaged rejected with OutcomeUnknownError
 * (`lost`): asks the server how the conversion went and never sends it.
 * Settles as convertUnmanaged would have.
 */
export function checkConversion(store: SessionStore, code: UnmanagedAccessCode, lost: unknown, options: CheckOptions = {}): Promise<ConversionOutcome> {
  return runConversion(store, code, options, lost)
}

type Sent = { attempt: ActionAttempt | null } | { outcome: ConversionOutcome }

/**
 * When each conversion whose outcome is unknown was sent (its events' `since`),
 * by the error its "Check again" gets: an event before it is an earlier
 * conversion's, whose failure must not be read as this one's.
 */
const conversionSince = new WeakMap<object, string>()

function runConversion(store: SessionStore, code: UnmanagedAccessCode, options: ConvertOptions, lost: unknown): Promise<ConversionOutcome> {
  const o = onStoreClock(store, options)
  const id = code.access_code_id
  // With `lost` (a lost answer, or the tab that sent it closed), the check alone.
  const run = async (lost: unknown): Promise<ConversionOutcome> => {
    store.setActivity(id, lost === undefined ? 'converting' : 'checking')
    // On "Check again", from when it was sent; where that is not known (another tab sent it), as far back as events go.
    const known = typeof lost === 'object' && lost !== null ? conversionSince.get(lost) : undefined
    const since = lost === undefined ? sinceNow(o.clock) : (known ?? new Date(o.clock.now() - 24 * 3_600_000).toISOString())
    try {
      const sent = await sendOrCheck<Sent>(store, id, 'converting', {
        send: async () => ({
          attempt: await store.client.accessCodes.unmanaged.convertToManaged(
            {
              access_code_id: id,
              ...(o.allowExternalModification != null && { allow_external_modification: o.allowExternalModification }),
              ...(o.force ? { force: true } : {}),
            },
            { signal: o.signal },
          ),
        }),
        check: async () => {
          const seen = await conversionSeen(store, id, since, o.signal)
          return seen === NO_TRACE || seen === undefined ? seen : { outcome: seen }
        },
        // A convert the network sent twice finds the code converted already: its unmanaged self is gone.
        recheck: is404,
        ...checking(store, id, o),
      }, lost)
      if ('outcome' in sent) return sent.outcome
      if (sent.attempt == null) return await conversionOutcomeFromServer(store, id, since, o)
      const done = await followActionAttempt(store.client, sent.attempt, o)
      if (done.status === 'error') {
        const error = attemptError(done)
        return { status: 'failed', problems: problemsOf(undefined, error), error }
      }
      // A successful attempt says Seam took the request, not that the lock took
      // the code: its failure event may still come (seed 004), so both are watched.
      return await conversionOutcomeFromServer(store, id, since, o, true)
    } catch (error) {
      // Its "Check again" (and the one after that) looks from the same moment.
      if (typeof error === 'object' && error !== null) conversionSince.set(error, since)
      throw error
    } finally {
      store.setActivity(id, undefined)
      void store.invalidateDevice(code.device_id)
    }
  }
  const activity = lost === undefined ? 'converting' : 'checking'
  return store.keepUnsettled('convert', id, store.runShared(`convert:${id}`, () => run(lost), { accessCodeId: id, deviceId: code.device_id, activity }, run))
}

/** The latest conversion event of this code since `since` that no earlier run settled with. */
async function conversionEvent(store: SessionStore, id: string, since: string, signal?: AbortSignal): Promise<SeamEvent | undefined> {
  const events = await store.client.events.list({ since, access_code_ids: [id], event_types: [CONVERTED, FAILED_TO_CONVERT] }, { signal })
  // Filter again here: some backends ignore these filters. The newest by its time, whatever order the list comes in.
  const event = events
    .filter(
      (e) =>
        (e as { access_code_id?: string }).access_code_id === id &&
        (e.event_type === CONVERTED || e.event_type === FAILED_TO_CONVERT) &&
        !(Date.parse(e.created_at) < Date.parse(since)) &&
        !store.consumedEvents.has(e.event_id),
    )
    .sort((a, b) => (Date.parse(a.created_at) || 0) - (Date.parse(b.created_at) || 0))
    .at(-1)
  if (event != null) store.consumedEvents.add(event.event_id)
  return event
}

/**
 * One look at the server after a lost answer: the conversion's event, the
 * code managed, or no trace of a conversion (still unmanaged, or gone).
 */
async function conversionSeen(store: SessionStore, id: string, since: string, signal?: AbortSignal): Promise<ConversionOutcome | typeof NO_TRACE | undefined> {
  const event = await conversionEvent(store, id, since, signal)
  // Read in this order: a code that leaves the unmanaged list has become managed already.
  const stillUnmanaged = (await unmanagedOrNothing(store, id, signal)) !== undefined
  const managed = stillUnmanaged ? undefined : await managedOrNothing(store, id, signal)
  // The code itself first: managed now is converted, whatever failure an earlier try left.
  if (managed) return { status: 'converted', accessCode: managed }
  if (event?.event_type === FAILED_TO_CONVERT) return { status: 'failed', problems: problemsOf(event) }
  // Converted, per the event, and not readable yet: ask again.
  if (event?.event_type === CONVERTED) return undefined
  return NO_TRACE
}

/** Watches the conversion's events and the code until one tells the outcome; `codeFirst` reads the code on the first look too. */
function conversionOutcomeFromServer(store: SessionStore, id: string, since: string, o: FollowOptions, codeFirst = false): Promise<ConversionOutcome> {
  let tick = codeFirst ? 1 : 0
  return poll(async () => {
    const event = await conversionEvent(store, id, since, o.signal)
    if (event?.event_type === FAILED_TO_CONVERT) return { status: 'failed', problems: problemsOf(event) } as const
    // The event may never come (or come late); the code itself is the truth.
    if (event?.event_type === CONVERTED || tick++ % 2 === 1) {
      const managed = await managedOrNothing(store, id, o.signal)
      if (managed) return { status: 'converted', accessCode: managed } as const
    }
    return undefined
  }, o)
}

/** A failed action attempt, with Seam's type and message, as an error the elements can explain. */
function attemptError(attempt: { action_attempt_id?: string; error?: { type?: string; message?: string } | null }): SeamActionError {
  return new SeamActionError({ actionAttemptId: attempt.action_attempt_id, type: attempt.error?.type, message: attempt.error?.message })
}

/** What a delete's send (or its check) tells: an attempt to follow, nothing to follow, or the code gone already. */
type Deleted = ActionAttempt | null | 'gone'

/**
 * Deletes an unmanaged code and resolves only once Seam confirms it is gone;
 * the code shows as deleting meanwhile. On failure the code stays listed. A
 * lost answer, or a 404 (the network sent the delete twice), is checked on
 * the server: gone is success; still there after SETTLE_MS rejects with the
 * send's error; undecided, with OutcomeUnknownError.
 */
export function deleteUnmanaged(store: SessionStore, code: UnmanagedAccessCode, options: CheckOptions = {}): Promise<void> {
  return runDelete(store, code, unmanagedKind(store, code), options, undefined)
}

/** "Check again" after deleteUnmanaged rejected with OutcomeUnknownError (`lost`); never sends the delete. */
export function checkUnmanagedDeletion(store: SessionStore, code: UnmanagedAccessCode, lost: unknown, options: CheckOptions = {}): Promise<void> {
  return runDelete(store, code, unmanagedKind(store, code), options, lost)
}

/**
 * Deletes a managed code; resolves when `access_codes/get` no longer finds
 * it. A lost answer, or a 404, is checked as for deleteUnmanaged; a code
 * `removing` shows the delete was taken, and is followed until it is gone.
 */
export function deleteManaged(store: SessionStore, code: AccessCode, options: CheckOptions = {}): Promise<void> {
  return runDelete(store, code, managedKind(store, code), options, undefined)
}

/** "Check again" after deleteManaged rejected with OutcomeUnknownError (`lost`); never sends the delete. */
export function checkManagedDeletion(store: SessionStore, code: AccessCode, lost: unknown, options: CheckOptions = {}): Promise<void> {
  return runDelete(store, code, managedKind(store, code), options, lost)
}

/** How a delete differs by kind of code: the route it sends, how the server shows it, and the list it leaves. */
interface DeleteKind {
  send(id: string, signal: AbortSignal | undefined): Promise<ActionAttempt | null>
  /** The code as the server has it now; undefined once it is gone. */
  lookup(id: string, signal: AbortSignal | undefined): Promise<{ status?: unknown } | undefined>
  /** Still listed, yet the delete was taken (a managed code `removing`): follow it rather than call it not applied. */
  taken?(code: { status?: unknown }): boolean
  /** After a followed action attempt, also wait until the code is gone (a managed code lingers as `removing`). */
  waitGoneAfterAttempt: boolean
  /** The device's list of that kind (method syntax: either list's Query fits). */
  list: { update(edit: (codes: { access_code_id: string }[] | undefined) => { access_code_id: string }[] | undefined): void; invalidate(): Promise<void> }
}

/** One delete for both kinds of code: sent once, its lost answer checked, followed until the code is gone. */
function runDelete(store: SessionStore, code: AccessCode | UnmanagedAccessCode, kind: DeleteKind, options: CheckOptions, lost: unknown): Promise<void> {
  const o = onStoreClock(store, options)
  const id = code.access_code_id
  const gone = async (): Promise<true | undefined> => ((await kind.lookup(id, o.signal)) === undefined ? true : undefined)
  // With `lost` (a lost answer, or the tab that sent it closed), the check alone.
  const run = async (lost: unknown): Promise<void> => {
    store.setActivity(id, lost === undefined ? 'deleting' : 'checking')
    try {
      const sent = await sendOrCheck<Deleted>(store, id, 'deleting', {
        send: () => kind.send(id, o.signal),
        check: async () => {
          const now = await kind.lookup(id, o.signal)
          if (now === undefined) return 'gone'
          return kind.taken?.(now) ? null : NO_TRACE
        },
        recheck: is404,
        ...checking(store, id, o),
      }, lost)
      // 'gone': the check saw it gone, nothing left to follow.
      if (sent !== 'gone') {
        const done = sent == null ? undefined : await followActionAttempt(store.client, sent, o)
        if (done?.status === 'error') throw attemptError(done)
        if (done === undefined || kind.waitGoneAfterAttempt) await poll(gone, o)
      }
      kind.list.update((codes) => codes?.filter((c) => c.access_code_id !== id))
    } finally {
      store.setActivity(id, undefined)
      void kind.list.invalidate()
    }
  }
  const activity = lost === undefined ? 'deleting' : 'checking'
  return store.keepUnsettled('delete', id, store.runShared(`delete:${id}`, () => run(lost), { accessCodeId: id, deviceId: code.device_id, activity }, run))
}


const managedKind = (store: SessionStore, code: AccessCode): DeleteKind => ({
  send: (id, signal) => store.client.accessCodes.delete({ access_code_id: id }, { signal }),
  lookup: (id, signal) => managedOrNothing(store, id, signal),
  taken: (now) => now.status === 'removing',
  waitGoneAfterAttempt: true,
  list: store.accessCodes(code.device_id),
})

const unmanagedKind = (store: SessionStore, code: UnmanagedAccessCode): DeleteKind => ({
  send: (id, signal) => store.client.accessCodes.unmanaged.delete({ access_code_id: id }, { signal }),
  lookup: (id, signal) => unmanagedOrNothing(store, id, signal),
  waitGoneAfterAttempt: false,
  list: store.unmanagedCodes(code.device_id),
})

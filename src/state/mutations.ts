import type { AccessCode, SeamEvent, UnmanagedAccessCode } from '@seamapi/types/connect'
import { SeamActionError, SeamApiError, SeamError } from '../api/errors.js'
import { followActionAttempt, poll, type FollowOptions } from './follow.js'
import type { Clock } from '../api/abortable.js'
import type { SessionStore } from './store.js'

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

export interface ConvertOptions extends FollowOptions {
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

/** A code the API says is managed, or undefined while it is not (yet). */
async function managedOrNothing(store: SessionStore, id: string, signal?: AbortSignal): Promise<AccessCode | undefined> {
  try {
    const code = await store.client.accessCodes.get({ access_code_id: id }, { signal })
    return (code as { is_managed?: unknown }).is_managed === false ? undefined : code
  } catch (error) {
    if (error instanceof SeamApiError && error.status === 404) return undefined
    throw error
  }
}

/**
 * Converts an unmanaged code and follows Seam's asynchronous conversion to
 * its end: through the action attempt when the API returns one, otherwise
 * through the conversion events and the code itself. Sent once per code while
 * it runs, whoever asks. Rejects with FollowDeadlineError when Seam has not
 * told the outcome by the deadline; the conversion may still finish.
 */
export function convertUnmanaged(store: SessionStore, code: UnmanagedAccessCode, options: ConvertOptions = {}): Promise<ConversionOutcome> {
  const o = onStoreClock(store, options)
  const id = code.access_code_id
  return store.runShared(`convert:${id}`, async () => {
    store.setActivity(id, 'converting')
    // A margin for the gap between this clock and Seam's.
    const since = new Date(o.clock.now() - 5_000).toISOString()
    try {
      let attempt
      try {
        attempt = await store.client.accessCodes.unmanaged.convertToManaged(
          {
            access_code_id: id,
            ...(o.allowExternalModification != null && { allow_external_modification: o.allowExternalModification }),
            ...(o.force ? { force: true } : {}),
          },
          { signal: o.signal },
        )
      } catch (error) {
        // An HTTP error means Seam refused: nothing happened. A dropped
        // connection or timeout means we cannot know, so look for the outcome
        // briefly before saying it failed.
        if (error instanceof SeamApiError || !(error instanceof SeamError) || error.kind === 'aborted') throw error
        const outcome = await conversionOutcomeFromServer(store, id, since, { ...o, deadlineMs: 15_000 }).catch(() => undefined)
        if (outcome == null) throw error
        return outcome
      }
      let outcome: ConversionOutcome
      if (attempt != null) {
        const done = await followActionAttempt(store.client, attempt, o)
        if (done.status === 'error') {
          const error = attemptError(done)
          outcome = { status: 'failed', problems: problemsOf(undefined, error), error }
        } else {
          const managed = await poll(() => managedOrNothing(store, id, o.signal), o)
          outcome = { status: 'converted', accessCode: managed }
        }
      } else {
        outcome = await conversionOutcomeFromServer(store, id, since, o)
      }
      return outcome
    } finally {
      store.setActivity(id, undefined)
      void store.invalidateDevice(code.device_id)
    }
  }, { accessCodeId: id, deviceId: code.device_id, activity: 'converting' })
}

function conversionOutcomeFromServer(store: SessionStore, id: string, since: string, o: FollowOptions): Promise<ConversionOutcome> {
  let tick = 0
  return poll(async () => {
    const events = await store.client.events.list(
      { since, access_code_ids: [id], event_types: [CONVERTED, FAILED_TO_CONVERT] },
      { signal: o.signal },
    )
    // Filter again here: some backends ignore these filters.
    const mine = events.filter(
      (e) =>
        (e as { access_code_id?: string }).access_code_id === id &&
        (e.event_type === CONVERTED || e.event_type === FAILED_TO_CONVERT) &&
        !store.consumedEvents.has(e.event_id),
    )
    const event = mine.at(-1)
    if (event != null) store.consumedEvents.add(event.event_id)
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

/**
 * Deletes an unmanaged code and resolves only once Seam confirms it is gone;
 * the code shows as deleting meanwhile. On failure the code stays listed.
 */
export function deleteUnmanaged(store: SessionStore, code: UnmanagedAccessCode, options: FollowOptions = {}): Promise<void> {
  const o = onStoreClock(store, options)
  const id = code.access_code_id
  return store.runShared(`delete:${id}`, async () => {
    store.setActivity(id, 'deleting')
    try {
      const attempt = await store.client.accessCodes.unmanaged.delete({ access_code_id: id }, { signal: o.signal })
      if (attempt != null) {
        const done = await followActionAttempt(store.client, attempt, o)
        if (done.status === 'error') throw attemptError(done)
      } else {
        await poll(async () => {
          try {
            await store.client.accessCodes.unmanaged.get({ access_code_id: id }, { signal: o.signal })
            return undefined
          } catch (error) {
            if (error instanceof SeamApiError && error.status === 404) return true
            throw error
          }
        }, o)
      }
      store.unmanagedCodes(code.device_id).update((codes) => codes?.filter((c) => c.access_code_id !== id))
    } finally {
      store.setActivity(id, undefined)
      void store.unmanagedCodes(code.device_id).invalidate()
    }
  }, { accessCodeId: id, deviceId: code.device_id, activity: 'deleting' })
}

/** Deletes a managed code; resolves when `access_codes/get` no longer finds it. */
export function deleteManaged(store: SessionStore, code: AccessCode, options: FollowOptions = {}): Promise<void> {
  const o = onStoreClock(store, options)
  const id = code.access_code_id
  return store.runShared(`delete:${id}`, async () => {
    store.setActivity(id, 'deleting')
    try {
      const attempt = await store.client.accessCodes.delete({ access_code_id: id }, { signal: o.signal })
      if (attempt != null) {
        const done = await followActionAttempt(store.client, attempt, o)
        if (done.status === 'error') throw attemptError(done)
      }
      await poll(async () => ((await managedOrNothing(store, id, o.signal)) == null ? true : undefined), o)
      store.accessCodes(code.device_id).update((codes) => codes?.filter((c) => c.access_code_id !== id))
    } finally {
      store.setActivity(id, undefined)
      void store.accessCodes(code.device_id).invalidate()
    }
  }, { accessCodeId: id, deviceId: code.device_id, activity: 'deleting' })
}

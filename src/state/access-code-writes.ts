import type { AccessCode, RouteRequestBody } from '@seamapi/types/connect'
import { SeamActionError, SeamApiError } from '../api/errors.js'
import { OutcomeUnknownError } from './errors.js'
import { followActionAttempt, type FollowOptions } from './follow.js'
import type { Query } from './query.js'
import type { SessionStore } from './store.js'
import { NO_TRACE, UNFINISHED_MS, checkWrite, confirmWrite } from './writes.js'

// The writes of managed codes: create, update, generate a PIN, pull a
// backup code. Each is one function that sends its request once per run
// (a double click or a second Enter shares the run) and then brings every
// element of the session up to date: the device's list is edited at once
// and reloaded, so the table shows the new state without waiting for a poll.

export type CreateCodeParams = RouteRequestBody<'/access_codes/create'>
export type UpdateCodeParams = Omit<RouteRequestBody<'/access_codes/update'>, 'access_code_id'>

export interface WriteOptions extends FollowOptions {
  signal?: AbortSignal | undefined
  /** The answer was lost and the server is being asked what happened (a new code has no id to mark as checking). */
  onChecking?: (() => void) | undefined
  /** How long to check a lost answer before rejecting with OutcomeUnknownError (default 30 s). */
  checkDeadlineMs?: number | undefined
  /** How long a send that gave up waiting may still be applied (default UNFINISHED_MS). */
  unfinishedMs?: number | undefined
}

/** Seam's clock and the page's differ; a code created this much before the request still counts as its outcome. */
export const CLOCK_MARGIN_MS = 5_000

/** A write's one send, or none on "Check again"; its check, and the errors of a send that may come from the write applied already. */
interface Checked<T> {
  send: () => Promise<T>
  check: () => Promise<T | typeof NO_TRACE | undefined>
  recheck?: (error: unknown) => boolean
}

/**
 * Checks a lost answer of a write on an existing code: the code shows as
 * checking meanwhile, back to nothing once decided. Seam applies all three
 * writes before it answers, so no trace of one it answered means not
 * applied (settleMs 0); one it had not answered when the send gave up (a
 * timeout, a 504) may still be at work, so its trace is looked for a while
 * longer (UNFINISHED_MS): saying "not saved" too soon invites a second create.
 * With `lost` (the OutcomeUnknownError of an earlier run), the check runs
 * alone: "Check again" never sends.
 */
async function checked<T>(store: SessionStore, id: string | undefined, o: WriteOptions, w: Checked<T>, lost: unknown): Promise<T> {
  let marked = false
  const check = {
    check: w.check,
    settleMs: 0,
    unfinishedMs: o.unfinishedMs ?? UNFINISHED_MS,
    deadlineMs: o.checkDeadlineMs,
    onChecking: () => {
      if (id !== undefined) {
        store.setActivity(id, 'checking')
        marked = true
      }
      o.onChecking?.()
    },
    clock: o.clock ?? store.clock,
    signal: o.signal,
  }
  try {
    return await (lost === undefined ? checkWrite({ ...check, send: w.send, recheck: w.recheck }) : confirmWrite(check, lost))
  } finally {
    if (marked && id !== undefined && store.activity(id) === 'checking') store.setActivity(id, undefined)
  }
}

/**
 * When each create whose outcome is unknown was sent, less the margin, for
 * its "Check again". Wall time, as Seam's `created_at` is, not the session's
 * clock (a test's may run fast).
 */
const createdSince = new WeakMap<object, number>()
/**
 * The device's codes already known when each such create was sent: none of
 * them is its outcome, however well it matches (a code made a moment before
 * with the same name, or with no name and no PIN at all, was reported as the
 * new one, and the new one was never made).
 */
const knownBefore = new WeakMap<object, ReadonlySet<string>>()

/** A create the network sent twice: the second finds the PIN taken by the first. */
const duplicatePin = (error: unknown): boolean => error instanceof SeamApiError && error.status === 409 && error.type === 'duplicate_access_code'

const sameText = (a: string | null | undefined, b: string | null | undefined): boolean => (a ?? '') === (b ?? '')
const sameTime = (a: string | null | undefined, b: string | null | undefined): boolean =>
  a == null || b == null ? a == b : Date.parse(a) === Date.parse(b)

/** Whether `code` carries what the update asked for (the fields a code shows; Seam stores an empty name as null). */
function carries(code: AccessCode, changes: UpdateCodeParams): boolean {
  const c = changes as Record<string, unknown>
  if (c.name !== undefined && !sameText(c.name as string | null, code.name)) return false
  if (c.code !== undefined && c.code !== code.code) return false
  if (c.type !== undefined && c.type !== code.type) return false
  if (c.starts_at !== undefined && code.type === 'time_bound' && !sameTime(c.starts_at as string, code.starts_at)) return false
  if (c.ends_at !== undefined && code.type === 'time_bound' && !sameTime(c.ends_at as string, code.ends_at)) return false
  // An option the code shows too: an update that only changed it is not applied until the code says so.
  if (c.allow_external_modification !== undefined && c.allow_external_modification !== code.is_external_modification_allowed) return false
  return true
}

/** Whether `code` has the schedule a create asked for: its times where it gave them, else none. */
function hasSchedule(code: AccessCode, params: CreateCodeParams): boolean {
  if (params.starts_at == null && params.ends_at == null) return code.type !== 'time_bound'
  return (params.starts_at == null || sameTime(params.starts_at, code.starts_at)) && (params.ends_at == null || sameTime(params.ends_at, code.ends_at))
}

/** One managed code by id, for a view that opens on its id alone (the form editing a code). */
export function accessCodeQuery(store: SessionStore, accessCodeId: string): Query<AccessCode> {
  return store.query('/access_codes/get', { access_code_id: accessCodeId }, (signal) =>
    store.client.accessCodes.get({ access_code_id: accessCodeId }, { signal }),
  )
}

/** Object keys in one order, so equal requests share one key however they were built. */
function stable(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined'
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`
  const o = value as Record<string, unknown>
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stable(o[k])}`)
    .join(',')}}`
}

/** Puts `code` into the device's list (replacing the one with its id), then reloads the list for everyone. */
function showInList(store: SessionStore, code: AccessCode): void {
  const list = store.accessCodes(code.device_id)
  list.update((codes) => {
    if (!codes) return codes
    const at = codes.findIndex((c) => c.access_code_id === code.access_code_id)
    return at < 0 ? [...codes, code] : codes.map((c, i) => (i === at ? code : c))
  })
  // The answer may lack what Seam fills in later; the list is the truth.
  void list.invalidate()
}

/**
 * Creates a code. Resolves with the code as Seam returned it (usually
 * `setting`: the table follows it to `set` or its errors). The same request
 * while one runs is sent once. A lost answer is checked (a code of the
 * device with that name and PIN, created since the request); undecided,
 * this rejects with OutcomeUnknownError, for `checkCreate`.
 */
export function createAccessCode(store: SessionStore, params: CreateCodeParams, options: WriteOptions = {}): Promise<AccessCode> {
  return runCreate(store, params, options, undefined)
}

/** "Check again" after createAccessCode rejected with OutcomeUnknownError (`lost`): looks for the code, never creates. */
export function checkCreate(store: SessionStore, params: CreateCodeParams, lost: unknown, options: WriteOptions = {}): Promise<AccessCode> {
  return runCreate(store, params, options, lost)
}

function runCreate(store: SessionStore, params: CreateCodeParams, o: WriteOptions, lost: unknown): Promise<AccessCode> {
  return store.runShared(`create:${stable(params)}`, async () => {
    const since = (lost instanceof Object && createdSince.get(lost)) || Date.now() - (lost === undefined ? CLOCK_MARGIN_MS : 24 * 3_600_000)
    const before =
      (lost instanceof Object && knownBefore.get(lost)) || new Set((store.accessCodes(params.device_id).state.data ?? []).map((c) => c.access_code_id))
    const created = await checked(
      store,
      undefined,
      o,
      {
        send: () => store.client.accessCodes.create(params, { signal: o.signal }),
        // A code of that device with that name, PIN and schedule, created since the request and not known before it.
        check: async () => {
          const codes = await store.client.accessCodes.list({ device_id: params.device_id }, { signal: o.signal })
          const found = codes.find(
            (c) =>
              !before.has(c.access_code_id) &&
              (params.name === undefined || sameText(params.name, c.name)) &&
              (params.code === undefined || params.code === c.code) &&
              hasSchedule(c, params) &&
              Date.parse(c.created_at) >= since,
          )
          return found ?? NO_TRACE
        },
        recheck: (error) => params.code != null && duplicatePin(error),
      },
      lost,
    ).catch((error: unknown) => {
      if (error instanceof OutcomeUnknownError) {
        createdSince.set(error, since)
        knownBefore.set(error, before)
      }
      throw error
    })
    showInList(store, created)
    accessCodeQuery(store, created.access_code_id).update(() => created)
    return created
  })
}

/**
 * Changes a code. Follows the action attempt when Seam returns one, then
 * reads the code back so every view shows what Seam now holds. One update
 * per code at a time.
 */
export function updateAccessCode(store: SessionStore, code: AccessCode, changes: UpdateCodeParams, options: WriteOptions = {}): Promise<AccessCode> {
  return runUpdate(store, code, changes, options, undefined)
}

/** "Check again" after updateAccessCode rejected with OutcomeUnknownError (`lost`): reads the code, never updates. */
export function checkUpdate(store: SessionStore, code: AccessCode, changes: UpdateCodeParams, lost: unknown, options: WriteOptions = {}): Promise<AccessCode> {
  return runUpdate(store, code, changes, options, lost)
}

function runUpdate(store: SessionStore, code: AccessCode, changes: UpdateCodeParams, options: WriteOptions, lost: unknown): Promise<AccessCode> {
  const id = code.access_code_id
  const o = { ...options, clock: options.clock ?? store.clock }
  return store.runShared(`update:${id}`, async () => {
    // A lost answer found applied has no attempt left to follow: the code already carries the change.
    const attempt = await checked(
      store,
      id,
      o,
      {
        send: () => store.client.accessCodes.update({ ...changes, access_code_id: id }, { signal: o.signal }),
        check: async () => (carries(await store.client.accessCodes.get({ access_code_id: id }, { signal: o.signal }), changes) ? null : NO_TRACE),
      },
      lost,
    )
    if (attempt != null) {
      const done = await followActionAttempt(store.client, attempt, o)
      if (done.status === 'error') {
        const failed = done as { action_attempt_id?: string; error?: { type?: string; message?: string } | null }
        throw new SeamActionError({ actionAttemptId: failed.action_attempt_id, type: failed.error?.type, message: failed.error?.message })
      }
    }
    let updated: AccessCode
    try {
      updated = await store.client.accessCodes.get({ access_code_id: id }, { signal: o.signal })
    } catch {
      // Seam took the change; only reading it back failed. Show what was
      // asked for until the list reloads, rather than call it a failure.
      updated = { ...code, ...(changes as Partial<AccessCode>), access_code_id: id }
    }
    showInList(store, updated)
    accessCodeQuery(store, id).update(() => updated)
    return updated
  })
}

/** A PIN the lock accepts, generated by Seam. */
export function generateAccessCode(store: SessionStore, deviceId: string, options: WriteOptions = {}): Promise<string> {
  return store.runShared(`generate:${deviceId}`, () => store.client.accessCodes.generateCode({ device_id: deviceId }, { signal: options.signal }))
}

/**
 * Pulls a backup code for a code that could not be set. Resolves with the
 * backup code; the code itself then shows its backup in use.
 */
export function pullBackupCode(store: SessionStore, code: AccessCode, options: WriteOptions = {}): Promise<AccessCode> {
  return runPullBackup(store, code, options, undefined)
}

/** "Check again" after pullBackupCode rejected with OutcomeUnknownError (`lost`): reads the code's backup, never pulls. */
export function checkPullBackup(store: SessionStore, code: AccessCode, lost: unknown, options: WriteOptions = {}): Promise<AccessCode> {
  return runPullBackup(store, code, options, lost)
}

function runPullBackup(store: SessionStore, code: AccessCode, o: WriteOptions, lost: unknown): Promise<AccessCode> {
  const id = code.access_code_id
  return store.keepUnsettled('pull-backup', id, store.runShared(`pull-backup:${id}`, async () => {
    const backup = await checked(
      store,
      id,
      o,
      {
        send: () => store.client.accessCodes.pullBackupAccessCode({ access_code_id: id }, { signal: o.signal }),
        check: async () => {
          const now = await store.client.accessCodes.get({ access_code_id: id }, { signal: o.signal })
          const pulled = now.pulled_backup_access_code_id
          return pulled ? store.client.accessCodes.get({ access_code_id: pulled }, { signal: o.signal }) : NO_TRACE
        },
      },
      lost,
    )
    showInList(store, { ...code, pulled_backup_access_code_id: backup.access_code_id })
    return backup
  }))
}

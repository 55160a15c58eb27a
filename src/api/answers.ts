import type { AccessCode, ActionAttempt, ClientSession, Device, SeamEvent, UnmanagedAccessCode } from '@seamapi/types/connect'
import type { SeamUnreadableReason } from './errors.js'

// What each route promises, checked once at the edge so nothing above reads
// an answer it cannot trust. Only what the kit relies on is checked (the
// object, the list, the ids it keys and filters by); every other field is
// read defensively where it is shown. A few typeof checks per item: a list
// of 10,000 codes costs well under a millisecond.

/** Thrown by a guard; the transport turns it into a SeamUnreadableAnswerError with the route and request id. */
export class AnswerShapeError extends Error {
  readonly reason: SeamUnreadableReason
  readonly field: string | undefined
  constructor(reason: SeamUnreadableReason, field?: string) {
    super(`answer: ${reason}${field ? ` at ${field}` : ''}`)
    this.reason = reason
    this.field = field
  }
}

/** Turns a route's parsed JSON into what it promises, or throws AnswerShapeError. */
export type Guard<T> = (json: unknown) => T

type Json = Record<string, unknown>

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v)
const absentOr = (v: unknown): SeamUnreadableReason => (v === undefined ? 'missing' : 'wrong-type')

/** Every answer: an object, and not Seam's `ok: false`. */
function body(json: unknown): Json {
  if (!isObject(json)) throw new AnswerShapeError('not-an-object')
  if (json['ok'] === false) throw new AnswerShapeError('not-ok', 'ok')
  return json
}

interface Shape {
  /** Fields that must be strings. */
  ids: readonly string[]
  /** Fields that, when present, must be strings. */
  strings?: readonly string[]
  /** Fields that, when present, must be booleans. */
  flags?: readonly string[]
  /** A field that must be one of these values. */
  oneOf?: readonly [string, readonly string[]]
}

/** The first thing wrong with `v` as an item of this shape, as [reason, field under it], or undefined. */
function wrong(v: unknown, shape: Shape): [SeamUnreadableReason, string?] | undefined {
  if (!isObject(v)) return [absentOr(v)]
  for (const id of shape.ids) if (typeof v[id] !== 'string') return [absentOr(v[id]), id]
  for (const key of shape.strings ?? []) if (v[key] !== undefined && typeof v[key] !== 'string') return ['wrong-type', key]
  for (const flag of shape.flags ?? []) if (v[flag] !== undefined && typeof v[flag] !== 'boolean') return ['wrong-type', flag]
  if (shape.oneOf && !shape.oneOf[1].includes(v[shape.oneOf[0]] as string)) return [absentOr(v[shape.oneOf[0]]), shape.oneOf[0]]
  return undefined
}

function one<T>(json: unknown, key: string, shape: Shape): T {
  const v = body(json)[key]
  const w = wrong(v, shape)
  if (w) throw new AnswerShapeError(w[0], w[1] ? `${key}.${w[1]}` : key)
  return v as T
}

function many<T>(answer: Json, key: string, shape: Shape): T[] {
  const list = answer[key]
  if (!Array.isArray(list)) throw new AnswerShapeError(absentOr(list), key)
  for (let i = 0; i < list.length; i++) {
    const w = wrong(list[i], shape)
    if (w) throw new AnswerShapeError(w[0], `${key}[${i}]${w[1] ? `.${w[1]}` : ''}`)
  }
  return list as T[]
}

export interface Page<T> {
  items: T[]
  /** The next cursor, or null on the last page. */
  next: string | null
}

/** A page of a list: its items and where the next page starts. */
function page<T>(json: unknown, key: string, shape: Shape): Page<T> {
  const answer = body(json)
  const items = many<T>(answer, key, shape)
  const p = answer['pagination']
  if (p == null) return { items, next: null }
  if (!isObject(p)) throw new AnswerShapeError('wrong-type', 'pagination')
  const { has_next_page: more, next_page_cursor: cursor } = p
  if (more !== undefined && typeof more !== 'boolean') throw new AnswerShapeError('wrong-type', 'pagination.has_next_page')
  if (cursor != null && typeof cursor !== 'string') throw new AnswerShapeError('wrong-type', 'pagination.next_page_cursor')
  return { items, next: more === false ? null : ((cursor as string | null | undefined) ?? null) }
}

// A code's device_id is what the store keeps a device's codes by: one that is
// not a string is wrong; one that is absent only keeps the code off every list.
const CODE: Shape = { ids: ['access_code_id'], strings: ['device_id'], flags: ['is_managed'] }
const DEVICE: Shape = { ids: ['device_id'] }
const ATTEMPT: Shape = { ids: ['action_attempt_id'], oneOf: ['status', ['pending', 'success', 'error']] }
const EVENT: Shape = { ids: ['event_id', 'event_type'] }
const SESSION: Shape = { ids: ['token'] }

export const answers = {
  device: ((json) => one(json, 'device', DEVICE)) as Guard<Device>,
  devices: ((json) => page(json, 'devices', DEVICE)) as Guard<Page<Device>>,
  accessCode: ((json) => one(json, 'access_code', CODE)) as Guard<AccessCode>,
  accessCodes: ((json) => page(json, 'access_codes', CODE)) as Guard<Page<AccessCode>>,
  unmanagedCode: ((json) => one(json, 'access_code', CODE)) as Guard<UnmanagedAccessCode>,
  unmanagedCodes: ((json) => page(json, 'access_codes', CODE)) as Guard<Page<UnmanagedAccessCode>>,
  actionAttempt: ((json) => one(json, 'action_attempt', ATTEMPT)) as Guard<ActionAttempt>,
  events: ((json) => many(body(json), 'events', EVENT)) as Guard<SeamEvent[]>,
  clientSession: ((json) => one(json, 'client_session', SESSION)) as Guard<ClientSession>,
  backupCode: ((json) => one(json, 'backup_access_code', CODE)) as Guard<AccessCode>,
  /** `generate_code`: the PIN Seam suggests. */
  generatedCode: ((json) => one<{ code: string }>(json, 'generated_code', { ids: ['code'] }).code) as Guard<string>,
  /** A write: Seam answers some with `{ ok: true }` and others with an action attempt to follow. */
  attemptOrOk: ((json) => {
    const answer = body(json)
    return answer['action_attempt'] == null ? null : one<ActionAttempt>(answer, 'action_attempt', ATTEMPT)
  }) as Guard<ActionAttempt | null>,
}

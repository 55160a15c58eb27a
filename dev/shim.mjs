// The one shim over @seamapi/fake-seam-connect 1.86.
//
// 1.86 lacks /access_codes/unmanaged/get, /convert_to_managed and /delete, and
// gets two filters wrong: /access_codes/list ignores device_id (it returns every
// code of the workspace, unmanaged ones too) and /events/list compares
// access_code_id with device_id, so it never matches. These routes are served
// here over the fake's own database API (updateAccessCode, deleteAccessCode,
// addEvent, addActionAttempt); every other route goes to the fake untouched.
//
// 1.86 serves /access_codes/create, /update, /generate_code and
// /pull_backup_access_code, but leaves created codes in `setting` for ever,
// checks no rule of the lock, takes none of the newer options and writes
// no event after the first. They are served here too (see `writes` below).
//
// Behaviour a real backend has and the fake does not:
// - conversion is asynchronous: convert_to_managed answers `{ ok: true }`, and
//   after `delayMs` the code is managed and `access_code.unmanaged.
//   converted_to_managed` is added, or, for providers that cannot convert
//   (igloohome, Kwikset, SmartThings), `failed_to_convert_to_managed` with
//   `access_code_errors`;
// - deletion returns a pending action attempt that later succeeds;
// - lists paginate (`limit`, `page_cursor`);
// - a created or updated code is `setting`, then after `delayMs` `set` (or
//   `unset` until a future start), with the events Seam writes:
//   access_code.created / .changed, then .set_on_device or
//   .scheduled_on_device; a lock that picks its own PIN
//   (`cannot_specify_pin_code`) assigns it then;
// - a PIN that another code of the lock has is refused with 409
//   `duplicate_access_code` (as 1.86 does), on update too; a PIN the lock's
//   rules forbid is refused with 400 `invalid_code`;
// - generate_code answers a PIN that keeps the lock's rules;
// - pull_backup_access_code takes a code of the lock's backup pool and
//   writes access_code.backup_access_code_pulled;
// - events/list pages as the real API does: it has no page cursor, only
//   `since` or `between` (an exclusive window on created_at) and `limit`
//   (default 500), and answers the newest `limit` events of the window,
//   oldest first. A history's older pages are the windows that end where
//   the oldest event shown begins (see src/state/history.ts). Events are
//   ordered by created_at whatever order the seed added them in.
// - (issue 15, replacing codes Seam cannot convert) with `failSets`, a code
//   created or updated from then on does not reach the lock: after `delayMs`
//   it is `unset` with the access code error `failed_to_set_on_device` and
//   the event access_code.failed_to_set_on_device; an unmanaged code with
//   `cannot_delete_unmanaged_access_code` is refused by
//   /access_codes/unmanaged/delete (400, as only the manufacturer's app can
//   remove it). The duplicate-PIN check counts the lock's unmanaged codes
//   too, so keeping an old code's PIN works only once that code is gone.
// Tests steer it through /_shim/* (reset, config, request log).

const CANNOT_CONVERT = new Set(['igloohome', 'igloo', 'kwikset', 'smartthings'])

export class HttpError extends Error {
  constructor(status, type, message) {
    super(message)
    this.status = status
    this.type = type
  }
}

const notFound = (what, id) => new HttpError(404, `${what}_not_found`, `Could not find ${what} with id ${id}`)

/** Reads the client session behind a request's token, or throws 401. */
function sessionOf(db, headers) {
  const bearer = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1]
  const token = headers['client-session-token'] ?? bearer
  const session = token == null ? undefined : db.client_sessions.find((s) => s.token === token)
  if (session == null) throw new HttpError(401, 'unauthorized', 'Unauthorized')
  const deviceIds = new Set(
    db.devices.filter((d) => session.connected_account_ids.includes(d.connected_account_id)).map((d) => d.device_id),
  )
  return { session, deviceIds }
}

function paginate(items, { limit, page_cursor }, fallbackLimit) {
  const size = Math.max(1, Math.min(Number(limit) || fallbackLimit, 10_000))
  const offset = page_cursor ? Number(Buffer.from(page_cursor, 'base64url').toString()) || 0 : 0
  const page = items.slice(offset, offset + size)
  const next = offset + size < items.length ? Buffer.from(String(offset + size)).toString('base64url') : null
  return { page, pagination: { has_next_page: next != null, next_page_cursor: next, next_page_url: null } }
}

function providerOf(db, device_id) {
  const device = db.devices.find((d) => d.device_id === device_id)
  return String(device?.device_type ?? '').replace(/_lock$/, '')
}

/**
 * @param {{ db: () => any, config: { delayMs: number, stallConversions: boolean, failConversions: boolean, failDeletes: boolean, failSets: boolean, pageSize: number } }} ctx
 */
export function createShimRoutes({ db, config }) {
  const timers = new Set()
  const later = (fn) => {
    const t = setTimeout(() => {
      timers.delete(t)
      fn()
    }, config.delayMs)
    timers.add(t)
  }
  const findCode = (id, deviceIds, managed) => {
    const code = db().access_codes.find((c) => c.access_code_id === id)
    if (code == null || !deviceIds.has(code.device_id) || Boolean(code.is_managed) !== managed) {
      throw notFound('access_code', id)
    }
    return code
  }
  const listCodes = (body, headers, managed) => {
    const { deviceIds } = sessionOf(db(), headers)
    if (body.device_id != null && !deviceIds.has(body.device_id)) throw notFound('device', body.device_id)
    const ids = body.access_code_ids == null ? null : new Set(body.access_code_ids)
    const codes = db().access_codes.filter(
      (c) =>
        deviceIds.has(c.device_id) &&
        Boolean(c.is_managed) === managed &&
        !c.is_backup &&
        (body.device_id == null || c.device_id === body.device_id) &&
        (ids == null || ids.has(c.access_code_id)),
    )
    const { page, pagination } = paginate(codes, body, config.pageSize)
    return { access_codes: page, pagination }
  }
  // A delete the network sent twice finds the code gone already: that attempt succeeds too, as Seam's would.
  const removeCode = (id) => db().access_codes.some((c) => c.access_code_id === id) && (db().deleteAccessCode(id), true)
  const event = (event_type, code, extra = {}) =>
    db().addEvent({
      event_type,
      workspace_id: code.workspace_id,
      access_code_id: code.access_code_id,
      device_id: code.device_id,
      occurred_at: new Date().toISOString(),
      ...extra,
    })

  const routes = {
    ...codeWrites({ db, findCode, event, later, sessionOf, config }),
    '/access_codes/list': (body, headers) => listCodes(body, headers, true),
    '/access_codes/unmanaged/list': (body, headers) => listCodes(body, headers, false),

    '/access_codes/get': (body, headers) => ({
      access_code: findCode(body.access_code_id, sessionOf(db(), headers).deviceIds, true),
    }),
    '/access_codes/unmanaged/get': (body, headers) => ({
      access_code: findCode(body.access_code_id, sessionOf(db(), headers).deviceIds, false),
    }),

    '/access_codes/delete': (body, headers) => {
      const code = findCode(body.access_code_id, sessionOf(db(), headers).deviceIds, true)
      if (code.is_offline_access_code) {
        throw new HttpError(400, 'cannot_delete_offline_access_code', 'Offline access codes cannot be deleted through the API.')
      }
      db().updateAccessCode({ access_code_id: code.access_code_id, status: 'removing' })
      const attempt = db().addActionAttempt({ action_type: 'DELETE_ACCESS_CODE', status: 'pending', result: null, error: null })
      later(() => {
        const removed = removeCode(code.access_code_id)
        db().updateActionAttempt({ action_attempt_id: attempt.action_attempt_id, status: 'success', result: {} })
        if (removed) event('access_code.deleted', code)
      })
      return { action_attempt: attempt }
    },

    '/access_codes/unmanaged/convert_to_managed': (body, headers) => {
      const code = findCode(body.access_code_id, sessionOf(db(), headers).deviceIds, false)
      const allow = body.allow_external_modification ?? body.is_external_modification_allowed ?? false
      if (config.stallConversions) return {}
      later(() => {
        const current = db().access_codes.find((c) => c.access_code_id === code.access_code_id)
        if (current == null || current.is_managed) return
        const provider = providerOf(db(), code.device_id)
        if (config.failConversions || CANNOT_CONVERT.has(provider)) {
          const error_code = CANNOT_CONVERT.has(provider) ? 'failed_to_set_on_device' : 'duplicate_code_on_device'
          const message = CANNOT_CONVERT.has(provider)
            ? `Unmanaged access codes cannot be converted on ${provider} devices.`
            : 'Another code on the device has the same PIN.'
          event('access_code.unmanaged.failed_to_convert_to_managed', code, {
            access_code_errors: [{ error_code, message, is_access_code_error: true, created_at: new Date().toISOString() }],
            access_code_warnings: [],
            device_errors: [],
            device_warnings: [],
            connected_account_errors: [],
            connected_account_warnings: [],
          })
          return
        }
        db().updateAccessCode({
          access_code_id: code.access_code_id,
          is_managed: true,
          is_external_modification_allowed: allow,
          warnings: (code.warnings ?? []).filter((w) => w.warning_code !== 'management_transferred'),
          common_code_key: null,
          is_backup: false,
          is_backup_access_code_available: false,
          is_offline_access_code: false,
          is_one_time_use: false,
          is_scheduled_on_device: false,
          is_waiting_for_code_assignment: false,
          pulled_backup_access_code_id: null,
        })
        event('access_code.unmanaged.converted_to_managed', code)
      })
      return {}
    },

    '/access_codes/unmanaged/delete': (body, headers) => {
      const code = findCode(body.access_code_id, sessionOf(db(), headers).deviceIds, false)
      if (code.cannot_delete_unmanaged_access_code) {
        throw new HttpError(400, 'cannot_delete_unmanaged_access_code', 'This code can only be removed in the manufacturer\'s app.')
      }
      const attempt = db().addActionAttempt({ action_type: 'DELETE_UNMANAGED_ACCESS_CODE', status: 'pending', result: null, error: null })
      later(() => {
        if (config.failDeletes) {
          db().updateActionAttempt({
            action_attempt_id: attempt.action_attempt_id,
            status: 'error',
            error: { type: 'failed_to_remove_from_device', message: 'The lock did not confirm that the code was removed.' },
          })
          return
        }
        const removed = removeCode(code.access_code_id)
        db().updateActionAttempt({ action_attempt_id: attempt.action_attempt_id, status: 'success', result: {} })
        if (removed) event('access_code.unmanaged.removed', code)
      })
      return { action_attempt: attempt }
    },

    '/action_attempts/get': (body, headers) => {
      sessionOf(db(), headers)
      const attempt = db().findActionAttempt({ action_attempt_id: body.action_attempt_id })
      if (attempt == null) throw notFound('action_attempt', body.action_attempt_id)
      return { action_attempt: attempt }
    },

    '/events/list': (body, headers) => {
      const { deviceIds } = sessionOf(db(), headers)
      if (body.since == null && body.between == null) {
        throw new HttpError(400, 'invalid_input', 'Must specify either since or between')
      }
      const [from, to] = body.between ?? [body.since, null]
      const inSet = (list, value) => list == null || list.includes(value)
      const events = [...db().events].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at)).filter(
        (e) =>
          (e.device_id == null || deviceIds.has(e.device_id)) &&
          new Date(e.created_at) > new Date(from) &&
          (to == null || new Date(e.created_at) < new Date(to)) &&
          inSet(body.event_types ?? (body.event_type && [body.event_type]), e.event_type) &&
          inSet(body.access_code_ids ?? (body.access_code_id && [body.access_code_id]), e.access_code_id) &&
          inSet(body.device_ids ?? (body.device_id && [body.device_id]), e.device_id),
      )
      return { events: events.slice(-(Number(body.limit) || 500)) }
    },
  }

  return {
    routes,
    cancelPending() {
      for (const t of timers) clearTimeout(t)
      timers.clear()
    },
  }
}

// --- Writes of managed codes -------------------------------------------------

const DIGITS = /^\d+$/
/** The lock's PIN rules (device.properties.code_constraints), as the kit's form checks them. */
function pinBreaks(pin, device) {
  const props = device?.properties ?? {}
  const rules = new Set((props.code_constraints ?? []).map((c) => c.constraint_type))
  const lengths = props.supported_code_lengths
  const d = [...pin].map(Number)
  const run = (step) => d.some((_, i) => i + 2 < d.length && d[i + 1] - d[i] === step && d[i + 2] - d[i + 1] === step)
  if (!DIGITS.test(pin)) return 'digits'
  if (Array.isArray(lengths) && lengths.length > 0 && !lengths.includes(pin.length)) return 'length'
  if (rules.has('no_zeros') && pin.includes('0')) return 'no_zeros'
  if (rules.has('cannot_start_with_12') && pin.startsWith('12')) return 'cannot_start_with_12'
  if (rules.has('no_triple_consecutive_ints') && (run(0) || run(1) || run(-1))) return 'no_triple_consecutive_ints'
  if (rules.has('no_ascending_or_descending_sequence') && d.length > 1 && [1, -1].some((s) => d.every((x, i) => i === 0 || x - d[i - 1] === s))) {
    return 'no_ascending_or_descending_sequence'
  }
  if (rules.has('at_least_three_unique_digits') && new Set(d).size < 3) return 'at_least_three_unique_digits'
  if (rules.has('cannot_contain_089') && /[089]/.test(pin)) return 'cannot_contain_089'
  if (rules.has('cannot_contain_0789') && /[0789]/.test(pin)) return 'cannot_contain_0789'
  if (rules.has('unique_first_four_digits') && new Set(pin.slice(0, 4)).size !== Math.min(4, pin.length)) return 'unique_first_four_digits'
  if (rules.has('no_all_same_digits') && /^(\d)\1+$/.test(pin)) return 'no_all_same_digits'
  return undefined
}

function codesOn(db, device_id) {
  return db.access_codes.filter((c) => c.device_id === device_id && !c.is_backup)
}

/** A PIN the lock accepts that no code of the lock has. */
function pinFor(db, device, length) {
  const lengths = device?.properties?.supported_code_lengths
  const size = length ?? (Array.isArray(lengths) && lengths.length > 0 ? Math.min(...lengths) : 4)
  const taken = new Set(codesOn(db, device.device_id).map((c) => c.code))
  for (let i = 0; i < 10_000; i++) {
    const pin = Array.from({ length: size }, () => Math.floor(Math.random() * 10)).join('')
    if (!taken.has(pin) && pinBreaks(pin, device) === undefined) return pin
  }
  throw new HttpError(500, 'internal_server_error', 'No PIN left that the lock accepts')
}

const picksOwnPin = (device) => (device?.properties?.code_constraints ?? []).some((c) => c.constraint_type === 'cannot_specify_pin_code')

function refusePin(db, device, pin, ownId) {
  if (picksOwnPin(device)) throw new HttpError(400, 'invalid_code', 'This device does not allow specifying a PIN code.')
  const broken = pinBreaks(pin, device)
  if (broken) throw new HttpError(400, 'invalid_code', `The code does not meet the device's constraints (${broken}).`)
  if (codesOn(db, device.device_id).some((c) => c.code === pin && c.access_code_id !== ownId)) {
    throw new HttpError(409, 'duplicate_access_code', `Cannot set duplicate access code ${pin}`)
  }
}

/** A time window from a request, or null for an ongoing code; refuses what Seam refuses. */
function windowOf(body, fallback) {
  const starts = body.starts_at ?? fallback?.starts_at
  const ends = body.ends_at ?? fallback?.ends_at
  if (starts == null && ends == null) return null
  if (starts == null || ends == null) throw new HttpError(400, 'invalid_input', 'Both starts_at and ends_at must be provided if one is')
  const [s, e] = [new Date(starts), new Date(ends)]
  if (Number.isNaN(s.getTime()) || Number.isNaN(e.getTime())) throw new HttpError(400, 'invalid_input', 'starts_at and ends_at must be ISO 8601 dates')
  if (e <= s) throw new HttpError(400, 'invalid_input', 'ends_at must be after starts_at')
  if (e <= new Date()) throw new HttpError(400, 'invalid_input', 'ends_at must be in the future')
  return { starts_at: s.toISOString(), ends_at: e.toISOString() }
}

function codeWrites({ db, findCode, event, later, sessionOf, config }) {
  const deviceOf = (device_id, headers) => {
    const { deviceIds } = sessionOf(db(), headers)
    const device = db().devices.find((d) => d.device_id === device_id)
    if (device == null || !deviceIds.has(device_id)) throw new HttpError(404, 'device_not_found', 'Device not found')
    return device
  }
  /** After the delay the lock has the code: set, or scheduled until its start. */
  const settle = (id) =>
    later(() => {
      const code = db().access_codes.find((c) => c.access_code_id === id)
      if (code == null || code.status !== 'setting') return
      if (config.failSets) {
        const error = { error_code: 'failed_to_set_on_device', message: 'Failed to set code on device.', is_access_code_error: true, created_at: new Date().toISOString() }
        const failed = db().updateAccessCode({ access_code_id: id, status: 'unset', errors: [error] })
        event('access_code.failed_to_set_on_device', failed)
        return
      }
      const device = db().devices.find((d) => d.device_id === code.device_id)
      const assigned = code.is_waiting_for_code_assignment ? { code: pinFor(db(), device), is_waiting_for_code_assignment: false } : {}
      const future = code.type === 'time_bound' && new Date(code.starts_at) > new Date()
      const done = db().updateAccessCode({ access_code_id: id, ...assigned, status: future ? 'unset' : 'set', is_scheduled_on_device: future })
      event(future ? 'access_code.scheduled_on_device' : 'access_code.set_on_device', done, { code: done.code })
    })

  return {
    '/access_codes/create': (body, headers) => {
      const device = deviceOf(body.device_id, headers)
      const window = windowOf(body)
      const offline = Boolean(body.is_offline_access_code ?? body.use_offline_access_code)
      if (offline && window == null) throw new HttpError(400, 'invalid_input', 'Offline access codes must have starts_at and ends_at')
      if (offline && body.code != null) throw new HttpError(400, 'invalid_input', 'The code of an offline access code cannot be specified')
      if (body.use_backup_access_code_pool && window == null) throw new HttpError(400, 'invalid_input', 'Cannot use the backup pool for ongoing codes')
      if (body.code != null) refusePin(db(), device, body.code)
      const picks = picksOwnPin(device) && !offline
      const code = db().addAccessCode({
        workspace_id: device.workspace_id,
        device_id: device.device_id,
        name: typeof body.name === 'string' && body.name.trim() !== '' ? body.name : null,
        code: picks ? null : (body.code ?? pinFor(db(), device, offline ? 9 : body.preferred_code_length)),
        type: window ? 'time_bound' : 'ongoing',
        starts_at: window?.starts_at ?? null,
        ends_at: window?.ends_at ?? null,
        status: 'setting',
        common_code_key: body.common_code_key ?? null,
        is_offline_access_code: offline,
        is_one_time_use: offline && Boolean(body.is_one_time_use),
        is_external_modification_allowed: Boolean(body.allow_external_modification ?? body.is_external_modification_allowed),
        is_backup_access_code_available: Boolean(body.use_backup_access_code_pool) && device.properties?.supports_backup_access_code_pool === true,
        is_waiting_for_code_assignment: picks,
        is_scheduled_on_device: false,
        is_backup: false,
        pulled_backup_access_code_id: null,
        created_at: new Date().toISOString(),
      })
      event('access_code.created', code)
      settle(code.access_code_id)
      return { access_code: code }
    },

    '/access_codes/update': (body, headers) => {
      const code = findCode(body.access_code_id, sessionOf(db(), headers).deviceIds, true)
      if (code.is_offline_access_code) throw new HttpError(400, 'cannot_update_offline_access_code', 'Offline access codes cannot be updated.')
      const device = db().devices.find((d) => d.device_id === code.device_id)
      const window = body.type === 'ongoing' ? null : windowOf(body, body.type === 'time_bound' ? code : undefined)
      if (body.code != null && body.code !== code.code) refusePin(db(), device, body.code, code.access_code_id)
      const allow = body.allow_external_modification ?? body.is_external_modification_allowed
      const updated = db().updateAccessCode({
        access_code_id: code.access_code_id,
        ...(body.name !== undefined && { name: body.name === '' ? null : body.name }),
        ...(body.code != null && { code: body.code }),
        type: window ? 'time_bound' : 'ongoing',
        starts_at: window?.starts_at ?? null,
        ends_at: window?.ends_at ?? null,
        ...(allow != null && { is_external_modification_allowed: Boolean(allow) }),
        status: 'setting',
        errors: [],
      })
      event('access_code.changed', updated)
      settle(code.access_code_id)
      const attempt = db().addActionAttempt({ action_type: 'UPDATE_ACCESS_CODE', status: 'pending', result: null, error: null })
      db().updateActionAttempt({ action_attempt_id: attempt.action_attempt_id, status: 'success', result: {} })
      return { action_attempt: { ...attempt, status: 'success', result: {} } }
    },

    '/access_codes/generate_code': (body, headers) => {
      const device = deviceOf(body.device_id, headers)
      return { generated_code: { device_id: device.device_id, code: pinFor(db(), device) } }
    },

    '/access_codes/pull_backup_access_code': (body, headers) => {
      const code = findCode(body.access_code_id, sessionOf(db(), headers).deviceIds, true)
      if (code.type !== 'time_bound') throw new HttpError(400, 'access_code_not_time_bound', 'Backups can only be used for time_bound access codes.')
      const pulled = code.pulled_backup_access_code_id
      let backup = pulled == null ? undefined : db().access_codes.find((c) => c.access_code_id === pulled)
      if (backup == null) {
        if (!code.is_backup_access_code_available) throw new HttpError(400, 'no_backup_access_code_available', 'No backup access code is available for this access code.')
        const used = new Set(db().access_codes.map((c) => c.pulled_backup_access_code_id).filter(Boolean))
        backup = db().access_codes.find((c) => c.is_backup && c.device_id === code.device_id && !used.has(c.access_code_id))
        if (backup == null) throw new HttpError(400, 'empty_backup_access_code_pool', 'The backup access code pool of this device is empty.')
        backup = db().updateAccessCode({ access_code_id: backup.access_code_id, starts_at: code.starts_at, ends_at: code.ends_at, type: 'time_bound', status: 'set' })
        db().updateAccessCode({ access_code_id: code.access_code_id, pulled_backup_access_code_id: backup.access_code_id, is_backup_access_code_available: false })
        event('access_code.backup_access_code_pulled', code, { backup_access_code_id: backup.access_code_id })
      }
      return { backup_access_code: backup }
    },
  }
}

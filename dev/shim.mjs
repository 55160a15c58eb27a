// The one shim over @seamapi/fake-seam-connect 1.86.
//
// 1.86 lacks /access_codes/unmanaged/get, /convert_to_managed and /delete, and
// gets two filters wrong: /access_codes/list ignores device_id (it returns every
// code of the workspace, unmanaged ones too) and /events/list compares
// access_code_id with device_id, so it never matches. These routes are served
// here over the fake's own database API (updateAccessCode, deleteAccessCode,
// addEvent, addActionAttempt); every other route goes to the fake untouched.
//
// Behaviour a real backend has and the fake does not:
// - conversion is asynchronous: convert_to_managed answers `{ ok: true }`, and
//   after `delayMs` the code is managed and `access_code.unmanaged.
//   converted_to_managed` is added, or, for providers that cannot convert
//   (igloohome, Kwikset, SmartThings), `failed_to_convert_to_managed` with
//   `access_code_errors`;
// - deletion returns a pending action attempt that later succeeds;
// - lists paginate (`limit`, `page_cursor`).
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
 * @param {{ db: () => any, config: { delayMs: number, stallConversions: boolean, failConversions: boolean, failDeletes: boolean, pageSize: number } }} ctx
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
      const events = db().events.filter(
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

import type { AccessCode, ActionAttempt, Device, SeamEvent, UnmanagedAccessCode } from '@seamapi/types/connect'
import type { SeamClient } from '../../src/api/client.js'
import { SeamApiError } from '../../src/api/errors.js'

/** Builders for API objects with only the fields a test cares about. */
export const managedCode = (over: Partial<AccessCode> & { access_code_id: string }): AccessCode =>
  ({
    device_id: 'd1',
    name: over.access_code_id,
    code: '1234',
    type: 'ongoing',
    status: 'set',
    is_managed: true,
    errors: [],
    warnings: [],
    created_at: '2026-01-01T00:00:00.000Z',
    starts_at: null,
    ends_at: null,
    common_code_key: null,
    ...over,
  }) as unknown as AccessCode

export const unmanagedCode = (over: Partial<UnmanagedAccessCode> & { access_code_id: string }): UnmanagedAccessCode =>
  ({
    device_id: 'd1',
    name: over.access_code_id,
    code: '1234',
    type: 'ongoing',
    status: 'set',
    is_managed: false,
    errors: [],
    warnings: [],
    created_at: '2026-01-01T00:00:00.000Z',
    ...over,
  }) as unknown as UnmanagedAccessCode

export const device = (over: Partial<Device> & { device_id: string }): Device =>
  ({ device_type: 'august_lock', display_name: 'Front door', properties: { name: 'Front door' }, errors: [], warnings: [], ...over }) as unknown as Device

const notFound = () => new SeamApiError({ status: 404, type: 'not_found', message: 'Not found' })

/**
 * An in-memory SeamClient for element edge cases. Counts calls per method;
 * `fail` makes the next calls of a method throw.
 */
export function stubClient(data: { managed?: AccessCode[]; unmanaged?: UnmanagedAccessCode[]; devices?: Device[]; events?: SeamEvent[] } = {}) {
  const db = { managed: [...(data.managed ?? [])], unmanaged: [...(data.unmanaged ?? [])], devices: [...(data.devices ?? [device({ device_id: 'd1' })])], events: [...(data.events ?? [])] }
  const calls: Record<string, number> = {}
  const failures: Record<string, Error[]> = {}
  const track = async <T>(name: string, run: () => T | Promise<T>): Promise<T> => {
    calls[name] = (calls[name] ?? 0) + 1
    const f = failures[name]?.shift()
    if (f) throw f
    return run()
  }
  const attempt = (action_type: string): ActionAttempt =>
    ({ action_attempt_id: `aa_${Math.random()}`, action_type, status: 'success', result: {}, error: null }) as unknown as ActionAttempt
  const client: SeamClient = {
    devices: {
      get: (p) => track('devices.get', () => db.devices.find((d) => d.device_id === p.device_id) ?? Promise.reject(notFound())),
      list: () => track('devices.list', () => db.devices),
    },
    accessCodes: {
      list: (p, o) =>
        track('accessCodes.list', () => {
          const codes = db.managed.filter((c) => c.device_id === p.device_id)
          o?.onPage?.(codes, true)
          return codes
        }),
      get: (p) => track('accessCodes.get', () => db.managed.find((c) => c.access_code_id === p.access_code_id) ?? Promise.reject(notFound())),
      delete: (p) =>
        track('accessCodes.delete', () => {
          db.managed = db.managed.filter((c) => c.access_code_id !== p.access_code_id)
          return attempt('DELETE_ACCESS_CODE')
        }),
      unmanaged: {
        list: (p) => track('unmanaged.list', () => db.unmanaged.filter((c) => c.device_id === p.device_id)),
        get: (p) => track('unmanaged.get', () => db.unmanaged.find((c) => c.access_code_id === p.access_code_id) ?? Promise.reject(notFound())),
        convertToManaged: (p) =>
          track('unmanaged.convertToManaged', () => {
            const code = db.unmanaged.find((c) => c.access_code_id === p.access_code_id)
            if (!code) throw notFound()
            db.unmanaged = db.unmanaged.filter((c) => c !== code)
            db.managed.push(managedCode({ ...(code as unknown as AccessCode), is_managed: true }))
            return null
          }),
        delete: (p) =>
          track('unmanaged.delete', () => {
            db.unmanaged = db.unmanaged.filter((c) => c.access_code_id !== p.access_code_id)
            return attempt('DELETE_UNMANAGED_ACCESS_CODE')
          }),
      },
      create: (p) =>
        track('accessCodes.create', () => {
          if (p.code != null && db.managed.some((c) => c.device_id === p.device_id && c.code === p.code)) {
            throw new SeamApiError({ status: 409, type: 'duplicate_access_code', message: `Cannot set duplicate access code ${p.code}` })
          }
          const timeBound = p.starts_at != null && p.ends_at != null
          const code = managedCode({
            access_code_id: `ac_stub_${db.managed.length + 1}`,
            device_id: p.device_id,
            name: p.name ?? null,
            code: p.code ?? String(1000 + db.managed.length),
            status: 'setting',
            type: timeBound ? 'time_bound' : 'ongoing',
            starts_at: timeBound ? p.starts_at! : null,
            ends_at: timeBound ? p.ends_at! : null,
            is_offline_access_code: p.is_offline_access_code ?? false,
            is_one_time_use: p.is_one_time_use ?? false,
          } as Partial<AccessCode> & { access_code_id: string })
          db.managed.push(code)
          return code
        }),
      update: (p) =>
        track('accessCodes.update', () => {
          const i = db.managed.findIndex((c) => c.access_code_id === p.access_code_id)
          if (i < 0) throw notFound()
          const was = db.managed[i]!
          // As Seam does, an update that names no schedule leaves the code's as it is.
          const schedule = p.type === undefined && p.starts_at === undefined && p.ends_at === undefined
          const timeBound = p.type !== 'ongoing' && p.starts_at != null && p.ends_at != null
          db.managed[i] = {
            ...was,
            ...(p.name !== undefined && { name: p.name }),
            ...(p.code !== undefined && { code: p.code }),
            ...(!schedule && {
              type: timeBound ? 'time_bound' : 'ongoing',
              starts_at: timeBound ? p.starts_at! : null,
              ends_at: timeBound ? p.ends_at! : null,
            }),
          } as AccessCode
          return attempt('UPDATE_ACCESS_CODE')
        }),
      generateCode: (p) => track('accessCodes.generateCode', () => `${7000 + db.managed.filter((c) => c.device_id === p.device_id).length}`),
      pullBackupAccessCode: (p) =>
        track('accessCodes.pullBackupAccessCode', () => {
          const i = db.managed.findIndex((c) => c.access_code_id === p.access_code_id)
          if (i < 0) throw notFound()
          const backup = managedCode({ access_code_id: `ac_backup_${p.access_code_id}`, device_id: db.managed[i]!.device_id, code: '9753', is_backup: true } as Partial<AccessCode> & { access_code_id: string })
          db.managed[i] = { ...db.managed[i]!, pulled_backup_access_code_id: backup.access_code_id } as AccessCode
          return backup
        }),
    },
    actionAttempts: { get: (p) => track('actionAttempts.get', () => ({ ...attempt('X'), action_attempt_id: p.action_attempt_id })) },
    events: { list: () => track('events.list', () => db.events) },
  }
  return { client, db, calls, fail: (method: string, ...errors: Error[]) => ((failures[method] ??= []).push(...errors)) }
}

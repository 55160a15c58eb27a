// The demo's world: one workspace, one client session that sees five locks of
// five providers, and codes in every state the elements must explain. Dates are
// relative to "now" so past, present and future stay true whenever it runs.

export const DEMO = {
  publishableKey: 'seam_pk_demo_7Qh2xV',
  userIdentifierKey: 'demo_manager_5f9c2a71b8',
  clientSessionToken: 'seam_cst1_demo_session_4b1e',
  devices: {
    august: 'device_august_front',
    schlage: 'device_schlage_back',
    smartthings: 'device_smartthings_garage',
    igloohome: 'device_igloohome_cabin',
    kwikset: 'device_kwikset_side',
    bulk: 'device_august_bulk',
    // Locks with a time zone and rules of their own (issue 14: the form)
    chicago: 'device_schlage_chicago',
    paris: 'device_nuki_paris',
    offline: 'device_igloohome_lake',
    picksPin: 'device_lockly_studio',
    full: 'device_august_shed',
  },
}

const HOUR = 3_600_000
const DAY = 24 * HOUR
const iso = (offsetMs) => new Date(Date.now() + offsetMs).toISOString()

/** Codes that every test and story may rely on by id. */
export const CODES = {
  ongoingSet: 'ac_front_ongoing',
  futureUnset: 'ac_front_future',
  presentSet: 'ac_front_present',
  pastRemoving: 'ac_front_past',
  setting: 'ac_front_setting',
  unknown: 'ac_front_unknown',
  offline: 'ac_front_offline',
  oneTime: 'ac_front_onetime',
  backupInUse: 'ac_front_backup',
  linkedA: 'ac_front_linked',
  withErrors: 'ac_front_errors',
  withWarnings: 'ac_front_warnings',
  htmlName: 'ac_front_html',
  waiting: 'ac_back_waiting',
  smartthingsManaged: 'ac_garage_managed',
  unmanagedFront1: 'uac_front_cleaner',
  unmanagedFront2: 'uac_front_family',
  unmanagedFrontBlocked: 'uac_front_blocked',
  unmanagedFrontTransferred: 'uac_front_transferred',
  unmanagedBack: 'uac_back_guest',
  unmanagedGarage: 'uac_garage_hidden',
  unmanagedCabin: 'uac_cabin_owner',
  // Replacing codes Seam cannot convert (issue 15): a schedule on each provider, a PIN shown (igloohome) or hidden (SmartThings)
  unmanagedCabinGuest: 'uac_cabin_guest',
  unmanagedGarageCleaner: 'uac_garage_cleaner',
  // On the locks with rules of their own
  chicagoMorning: 'ac_chicago_morning',
  chicagoFailed: 'ac_chicago_failed',
  parisDuplicate: 'ac_paris_duplicate',
  parisOngoing: 'ac_paris_cleaner',
  lakeOffline: 'ac_lake_offline',
  studioAssigned: 'ac_studio_owner',
  shedFull: 'ac_shed_failed',
  unmanagedParis: 'uac_paris_old',
}

/** The histories seeded for <access-code-details> (issue 15). */
export const HISTORY = {
  /** Every access_code.* event type of the reference, an unknown one, and enough for three pages. */
  rich: CODES.withErrors,
  /** A code Seam took over: the access_code.unmanaged.* events, then its managed life. */
  converted: CODES.ongoingSet,
  /** An event type no catalog knows. */
  unknownType: 'access_code.learned_a_new_trick',
  /** How many events the rich history holds. */
  richCount: 43,
}

function managed(device_id, access_code_id, extra) {
  return {
    access_code_id,
    device_id,
    is_managed: true,
    type: 'ongoing',
    status: 'set',
    starts_at: null,
    ends_at: null,
    errors: [],
    warnings: [],
    common_code_key: null,
    is_backup: false,
    is_backup_access_code_available: false,
    is_external_modification_allowed: false,
    is_offline_access_code: false,
    is_one_time_use: false,
    is_scheduled_on_device: false,
    is_waiting_for_code_assignment: false,
    pulled_backup_access_code_id: null,
    created_at: iso(-30 * DAY),
    ...extra,
  }
}

function unmanaged(device_id, access_code_id, extra) {
  return {
    access_code_id,
    device_id,
    is_managed: false,
    type: 'ongoing',
    status: 'set',
    starts_at: null,
    ends_at: null,
    errors: [],
    warnings: [],
    created_at: iso(-90 * DAY),
    ...extra,
  }
}

const err = (error_code, message, flag = 'is_access_code_error') => ({
  error_code,
  message,
  [flag]: true,
  created_at: iso(-2 * HOUR),
})
const warn = (warning_code, message) => ({ warning_code, message, created_at: iso(-3 * HOUR) })

/**
 * Writes the scenario into a fresh fake database.
 * @param {any} db the fake's database state (`fake.database.getState()`)
 * @param {{ bulkCodes?: number }} [options]
 */
export function seedScenario(db, { bulkCodes = 2500, benchSizes = [] } = {}) {
  const ws = db.addWorkspace({ name: 'Demo properties', publishable_key: DEMO.publishableKey })
  const workspace_id = ws.workspace_id
  const D = DEMO.devices
  const accounts = {}
  for (const provider of ['august', 'schlage', 'smartthings', 'igloohome', 'kwikset', 'nuki', 'lockly']) {
    accounts[provider] = db.addConnectedAccount({
      provider,
      workspace_id,
      connected_account_id: `ca_${provider}`,
      user_identifier: { email: `${provider}@example.com` },
    }).connected_account_id
  }
  const device = (device_id, provider, name, extra = {}) =>
    db.addDevice({
      device_id,
      device_type: `${provider}_lock`,
      name,
      display_name: name,
      workspace_id,
      connected_account_id: accounts[provider],
      properties: {
        name,
        online: true,
        manufacturer: provider,
        appearance: { name },
        model: { display_name: `${provider} lock`, manufacturer_display_name: provider },
      },
      ...extra,
    })
  device(D.august, 'august', 'Front door')
  device(D.schlage, 'schlage', 'Back door')
  device(D.smartthings, 'smartthings', 'Garage')
  device(D.igloohome, 'igloohome', 'Cabin')
  device(D.kwikset, 'kwikset', 'Side gate')
  device(D.bulk, 'august', 'Storage units (bulk)')

  // Locks with a time zone, code rules, offline codes, a backup pool, a
  // lock that picks its own PIN and one that is full. addDevice keeps only
  // the fields it knows at the top level; the rest goes in with updateDevice.
  const ruled = (device_id, provider, name, timezone, properties, extra = {}) => {
    device(device_id, provider, name, { properties: { name, online: true, manufacturer: provider, appearance: { name }, model: { display_name: `${provider} lock`, manufacturer_display_name: provider }, ...properties } })
    db.updateDevice({ device_id, location: { timezone, location_name: name }, can_program_online_access_codes: true, ...extra })
  }
  const constraints = (...types) => types.map((constraint_type) => ({ constraint_type }))
  ruled(D.chicago, 'schlage', 'Lakeview loft', 'America/Chicago', {
    supported_code_lengths: [4, 5, 6, 7, 8],
    code_constraints: [...constraints('no_all_same_digits', 'no_ascending_or_descending_sequence'), { constraint_type: 'name_length', max_length: 30 }],
    supports_backup_access_code_pool: true,
    backup_access_code_pool_enabled: true,
  })
  ruled(D.paris, 'nuki', 'Rue Oberkampf flat', 'Europe/Paris', {
    supported_code_lengths: [6],
    code_constraints: [...constraints('no_zeros', 'cannot_start_with_12', 'no_triple_consecutive_ints'), { constraint_type: 'name_length', min_length: 1, max_length: 20 }],
  })
  ruled(
    D.offline,
    'igloohome',
    'Lake house (offline codes)',
    'Europe/London',
    { supported_code_lengths: [9], online: false, offline_access_codes_enabled: true, online_access_codes_enabled: true },
    { can_program_offline_access_codes: true },
  )
  ruled(D.picksPin, 'lockly', 'Studio (the lock picks the PIN)', 'Asia/Tokyo', { code_constraints: constraints('cannot_specify_pin_code') })
  ruled(D.full, 'august', 'Garden shed (full)', 'Australia/Sydney', { supported_code_lengths: [4, 5, 6], max_active_codes_supported: 3 })

  const C = CODES
  const add = (code) => db.addAccessCode({ workspace_id, name: code.name ?? 'Unnamed', ...code })
  const codes = [
    managed(D.august, C.ongoingSet, { name: 'Cleaner — weekly', code: '4821', is_backup_access_code_available: true, is_external_modification_allowed: true }),
    managed(D.august, C.futureUnset, { name: 'Guest: Okafor family', code: '7312', type: 'time_bound', status: 'unset', starts_at: iso(3 * DAY), ends_at: iso(5 * DAY), is_scheduled_on_device: true }),
    managed(D.august, C.presentSet, { name: 'Guest: María José', code: '1059', type: 'time_bound', starts_at: iso(-1 * DAY), ends_at: iso(2 * DAY) }),
    managed(D.august, C.pastRemoving, { name: 'Guest: last weekend', code: '6650', type: 'time_bound', status: 'removing', starts_at: iso(-9 * DAY), ends_at: iso(-6 * DAY) }),
    managed(D.august, C.setting, { name: 'Plumber', code: '3380', status: 'setting', created_at: iso(-5 * 60_000) }),
    managed(D.august, C.unknown, { name: 'Dog walker', code: '9045', status: 'unknown', errors: [err('account_disconnected', 'Account is disconnected', 'is_connected_account_error')] }),
    managed(D.august, C.offline, { name: 'Offline guest code', code: '58213907', type: 'time_bound', is_offline_access_code: true, starts_at: iso(-2 * HOUR), ends_at: iso(20 * DAY) }),
    managed(D.august, C.oneTime, { name: 'Delivery (one time)', code: '220197', type: 'time_bound', is_offline_access_code: true, is_one_time_use: true, starts_at: iso(-1 * HOUR), ends_at: iso(1 * DAY) }),
    managed(D.august, C.backupInUse, { name: 'Guest: backup in use', code: '8816', type: 'time_bound', status: 'set', starts_at: iso(-2 * DAY), ends_at: iso(1 * DAY), pulled_backup_access_code_id: 'ac_backup_pool_1' }),
    managed(D.august, C.linkedA, { name: 'Family — all doors', code: '2468', common_code_key: 'family_all_doors' }),
    managed(D.august, C.withErrors, {
      name: 'Guest: failed to set',
      code: '1111',
      status: 'unset',
      type: 'time_bound',
      starts_at: iso(-4 * HOUR),
      ends_at: iso(3 * DAY),
      errors: [
        err('duplicate_code_on_device', 'Duplicate access code detected on device.'),
        err('device_offline', 'Device is offline', 'is_device_error'),
        err('bridge_disconnected', 'Seam Bridge is disconnected', 'is_bridge_error'),
      ],
    }),
    managed(D.august, C.withWarnings, {
      name: 'Housekeeping',
      code: '5150',
      status: 'setting',
      warnings: [
        warn('delay_in_setting_on_device', 'Delay in setting code on device.'),
        warn('code_modified_external_to_seam', 'Code was modified outside Seam.'),
      ],
    }),
    managed(D.august, C.htmlName, { name: '<img src=x onerror="window.__pwned=1">Owner <b>bold</b>', code: '0007' }),
    managed(D.schlage, C.waiting, { name: 'New tenant', code: null, is_waiting_for_code_assignment: true, status: 'setting' }),
    managed(D.schlage, 'ac_back_linked', { name: 'Family — all doors', code: '2468', common_code_key: 'family_all_doors' }),
    managed(D.smartthings, C.smartthingsManaged, { name: 'Garage code', code: null }),
    managed(D.igloohome, 'ac_cabin_offline', { name: 'Cabin weekend', code: '482913570', type: 'time_bound', is_offline_access_code: true, starts_at: iso(4 * DAY), ends_at: iso(6 * DAY), status: 'set' }),

    unmanaged(D.august, C.unmanagedFront1, { name: 'Cleaner (old system)', code: '2580' }),
    unmanaged(D.august, C.unmanagedFront2, { name: 'Family <script>alert(1)</script>', code: '1357', type: 'time_bound', starts_at: iso(-10 * DAY), ends_at: iso(40 * DAY) }),
    unmanaged(D.august, C.unmanagedFrontBlocked, {
      name: 'Master code (manufacturer app)',
      code: '0000',
      cannot_be_managed: true,
      cannot_delete_unmanaged_access_code: true,
      errors: [err('failed_to_set_on_device', 'Failed to set code on device.')],
    }),
    unmanaged(D.august, C.unmanagedFrontTransferred, {
      name: 'Previous manager',
      code: '9911',
      warnings: [warn('management_transferred', 'Management was transferred to another workspace.')],
    }),
    unmanaged(D.schlage, C.unmanagedBack, { name: 'Guest from last system', code: '6042', warnings: [warn('schlage_detected_duplicate', 'Duplicate access code detected.')] }),
    unmanaged(D.smartthings, C.unmanagedGarage, { name: 'Garage keypad', code: null }),
    unmanaged(D.igloohome, C.unmanagedCabin, { name: 'Owner', code: '70501' }),
    unmanaged(D.igloohome, C.unmanagedCabinGuest, { name: 'Guest: Lindqvist', code: '38164', type: 'time_bound', starts_at: iso(-1 * DAY), ends_at: iso(6 * DAY) }),
    unmanaged(D.smartthings, C.unmanagedGarageCleaner, { name: 'Cleaner (SmartThings app)', code: null, type: 'time_bound', starts_at: iso(2 * DAY), ends_at: iso(9 * DAY) }),
  ]
  // A wall time of the lock's own day: `days` from today at `hour`:`minute` in `zone`.
  const lockTime = (zone, days, hour, minute = 0) => {
    const day = new Date(Date.now() + days * DAY)
    const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(day)
    const guess = Date.parse(`${ymd}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`)
    const shown = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' }).format(guess)
    const [h, m] = shown.split(':').map(Number)
    return new Date(guess - ((h - hour) * 60 + (m - minute)) * 60_000).toISOString()
  }
  codes.push(
    // Starts at 10:00 in Chicago: the table shows 10:00, named as the lock's time.
    managed(D.chicago, C.chicagoMorning, { name: 'Guest: Nguyen', code: '4729', type: 'time_bound', status: 'unset', starts_at: lockTime('America/Chicago', 2, 10), ends_at: lockTime('America/Chicago', 5, 11), is_scheduled_on_device: true, is_backup_access_code_available: true }),
    managed(D.chicago, C.chicagoFailed, {
      name: 'Guest: Alvarez',
      code: '3916',
      type: 'time_bound',
      status: 'unset',
      starts_at: iso(-3 * HOUR),
      ends_at: iso(2 * DAY),
      is_backup_access_code_available: true,
      errors: [err('failed_to_set_on_device', 'Failed to set code on device.')],
    }),
    managed(D.chicago, 'ac_chicago_backup_1', { name: 'Backup 1', code: '8052', is_backup: true }),
    managed(D.chicago, 'ac_chicago_backup_2', { name: 'Backup 2', code: '6391', is_backup: true }),
    managed(D.paris, C.parisOngoing, { name: 'Ménage', code: '583947' }),
    managed(D.paris, C.parisDuplicate, {
      name: 'Guest: Dubois',
      code: '583947',
      status: 'unset',
      errors: [err('duplicate_code_on_device', 'Duplicate access code detected on device.')],
    }),
    unmanaged(D.paris, C.unmanagedParis, { name: 'Old keypad code', code: '496815' }),
    managed(D.offline, C.lakeOffline, { name: 'Weekend guests', code: '731902648', type: 'time_bound', is_offline_access_code: true, starts_at: lockTime('Europe/London', 1, 15), ends_at: lockTime('Europe/London', 3, 11) }),
    managed(D.picksPin, C.studioAssigned, { name: 'Owner', code: '605318' }),
    managed(D.full, 'ac_shed_gardener', { name: 'Gardener', code: '2231' }),
    managed(D.full, 'ac_shed_ended', { name: 'Guest: last month', code: '5874', type: 'time_bound', status: 'set', starts_at: iso(-40 * DAY), ends_at: iso(-33 * DAY) }),
    managed(D.full, C.shedFull, { name: 'Guest: Smith', code: '9146', status: 'unset', errors: [err('no_space_for_access_code_on_device', 'No space for access code on device.')] }),
  )
  for (const c of codes) add(c)

  for (let i = 0; i < bulkCodes; i++) {
    const n = String(i + 1).padStart(4, '0')
    add(
      managed(D.bulk, `ac_bulk_${n}`, {
        name: `Unit ${n}`,
        code: String(100000 + ((i * 7919) % 900000)),
        created_at: iso(-(i + 1) * HOUR),
        status: i % 97 === 0 ? 'setting' : 'set',
        warnings: i % 50 === 0 ? [warn('delay_in_setting_on_device', 'Delay in setting code on device.')] : [],
      }),
    )
  }

  // Devices for the benchmark: `device_bench_<n>` with n managed codes.
  for (const n of benchSizes) {
    const id = `device_bench_${n}`
    // Seam's own table offers "Add" only for a lock that says it takes online codes.
    device(id, 'august', `Bench ${n}`, { can_program_online_access_codes: true })
    for (let i = 0; i < n; i++) {
      const k = String(i + 1).padStart(5, '0')
      // The first code failed to set: the bench opens its explanation, the first of the page.
      const failed = i === 0 ? { status: 'unset', errors: [err('failed_to_set_on_device', 'Failed to set code on device.')] } : {}
      add(managed(id, `ac_bench_${n}_${k}`, { name: `Guest ${k}`, code: String(100000 + ((i * 7919) % 900000)), created_at: iso(-(i + 1) * 60_000), ...failed }))
    }
  }

  seedHistories(db, workspace_id, accounts)

  db.addClientSession({
    workspace_id,
    token: DEMO.clientSessionToken,
    user_identifier_key: DEMO.userIdentifierKey,
    connected_account_ids: Object.values(accounts),
    connect_webview_ids: [],
    user_identity_ids: [],
  })
  return { workspace_id, accounts }
}

/** The events of a few codes, oldest first, as Seam would have written them. */
function seedHistories(db, workspace_id, accounts) {
  const C = CODES
  const D = DEMO.devices
  const MINUTE = 60_000
  const event = (access_code_id, device_id, event_type, offsetMs, extra = {}) =>
    db.addEvent({
      workspace_id,
      access_code_id,
      device_id,
      connected_account_id: accounts[device_id === D.chicago ? 'schlage' : 'august'],
      event_type,
      created_at: iso(offsetMs),
      occurred_at: iso(offsetMs - 2_000),
      ...extra,
    })

  // The rich one: "Guest: failed to set" on the front door.
  const rich = (type, offsetMs, extra) => event(HISTORY.rich, D.august, type, offsetMs, extra)
  rich('access_code.created', -29 * DAY)
  rich('access_code.delay_in_setting_on_device', -29 * DAY + 5 * MINUTE)
  rich('access_code.set_on_device', -29 * DAY + 10 * MINUTE)
  // Changes over four weeks: enough events for "Show older" twice.
  for (let i = 0; i < 30; i++) rich(i % 2 === 0 ? 'access_code.changed' : 'access_code.set_on_device', -28 * DAY + i * 20 * HOUR)
  rich('access_code.scheduled_on_device', -3 * DAY)
  rich('access_code.modified_external_to_seam', -2 * DAY)
  rich('access_code.removed_from_device', -47 * HOUR)
  rich('access_code.backup_access_code_pulled', -46 * HOUR, { backup_access_code_id: 'ac_backup_pool_9' })
  rich('access_code.delay_in_removing_from_device', -30 * HOUR)
  rich('access_code.failed_to_remove_from_device', -29 * HOUR)
  rich('access_code.deleted_external_to_seam', -28 * HOUR)
  rich('access_code.deleted', -20 * HOUR)
  rich(HISTORY.unknownType, -10 * HOUR)
  rich('access_code.failed_to_set_on_device', -2 * HOUR)

  // The converted one: "Cleaner — weekly", found on the lock, taken over by Seam.
  const converted = (type, offsetMs, extra) => event(HISTORY.converted, D.august, type, offsetMs, extra)
  converted('access_code.unmanaged.created', -120 * DAY)
  converted('access_code.unmanaged.removed', -110 * DAY)
  converted('access_code.unmanaged.created', -105 * DAY)
  converted('access_code.unmanaged.failed_to_convert_to_managed', -60 * DAY, {
    access_code_errors: [{ error_code: 'failed_to_set_on_device', message: 'Failed to set code on device.', is_access_code_error: true, created_at: iso(-60 * DAY) }],
    access_code_warnings: [],
    device_errors: [],
    device_warnings: [],
    connected_account_errors: [],
    connected_account_warnings: [],
  })
  converted('access_code.unmanaged.converted_to_managed', -30 * DAY)
  converted('access_code.set_on_device', -30 * DAY + 2 * MINUTE)
  converted('access_code.modified_external_to_seam', -5 * DAY)

  // Short ones: a code being set, and one scheduled on a lock in Chicago.
  event(C.setting, D.august, 'access_code.created', -5 * MINUTE)
  event(C.withWarnings, D.august, 'access_code.created', -1 * DAY)
  event(C.withWarnings, D.august, 'access_code.delay_in_setting_on_device', -20 * HOUR)
  event(C.chicagoMorning, D.chicago, 'access_code.created', -2 * DAY)
  event(C.chicagoMorning, D.chicago, 'access_code.scheduled_on_device', -2 * DAY + 3 * MINUTE)
}

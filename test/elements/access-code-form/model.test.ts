import { expect } from '@open-wc/testing'
import {
  createParams,
  findProblems,
  shownOptions,
  timeWindow,
  updateParams,
  valuesFromCode,
  valuesFromDefaults,
  type CheckContext,
  type FormValues,
} from '../../../src/elements/access-code-form/model.js'
import { lockRules } from '../../../src/elements/access-code-form/rules.js'
import { device, managedCode } from '../../helpers/stub-client.js'

const NOW = Date.parse('2030-03-20T12:00:00Z')
const paris = lockRules(device({ device_id: 'd1', properties: { supported_code_lengths: [4], code_constraints: [{ constraint_type: 'no_zeros' }] } } as never))
const ctx = (over: Partial<CheckContext> = {}): CheckContext => ({ rules: paris, timeZone: 'Europe/Paris', now: NOW, others: [], pinShown: true, ...over })
const values = (over: Partial<FormValues> = {}): FormValues => ({ ...valuesFromDefaults(undefined), ...over })

describe('form model: the time window', () => {
  it('reads the inputs as wall time in the zone, across the skipped hour of the last Sunday of March', () => {
    const w = timeWindow(values({ timeBound: true, start: '2030-03-31T02:30', end: '2030-04-01T11:00' }), 'Europe/Paris', NOW)
    expect(new Date(w.start!).toISOString()).to.equal('2030-03-31T01:30:00.000Z')
    expect(new Date(w.end!).toISOString()).to.equal('2030-04-01T09:00:00.000Z')
    const autumn = timeWindow(values({ timeBound: true, start: '2030-10-27T02:30', end: '2030-10-28T10:00' }), 'Europe/Paris', NOW)
    expect(new Date(autumn.start!).toISOString()).to.equal('2030-10-27T00:30:00.000Z')
    expect(new Date(autumn.end!).toISOString()).to.equal('2030-10-28T09:00:00.000Z')
  })

  it('a start that has passed means now; an empty one too', () => {
    expect(timeWindow(values({ timeBound: true, start: '2030-03-19T10:00', end: '2030-03-22T10:00' }), 'UTC', NOW)).to.include({ start: undefined, startPassed: true })
    expect(timeWindow(values({ timeBound: true, start: '', end: '2030-03-22T10:00' }), 'UTC', NOW)).to.include({ start: undefined, startPassed: false })
  })

  it('keeps a code\'s own past start when it is not changed', () => {
    const code = managedCode({ access_code_id: 'a', type: 'time_bound', starts_at: '2030-03-19T10:00:00.000Z', ends_at: '2030-03-25T10:00:00.000Z' })
    const w = timeWindow(valuesFromCode(code), 'UTC', NOW, code)
    expect(w.start).to.equal(Date.parse('2030-03-19T10:00:00.000Z'))
  })
})

describe('form model: what stops the form', () => {
  it('the end before the start, a missing end, an end that has passed', () => {
    expect(findProblems(values({ timeBound: true, start: '2030-03-22T10:00', end: '2030-03-21T10:00' }), ctx()).ends_at?.key).to.equal('endBeforeStart')
    expect(findProblems(values({ timeBound: true, start: '2030-03-22T10:00', end: '2030-03-22T10:00' }), ctx()).ends_at?.key).to.equal('endBeforeStart')
    expect(findProblems(values({ timeBound: true, start: '', end: '' }), ctx()).ends_at?.key).to.equal('endRequired')
    expect(findProblems(values({ timeBound: true, start: '', end: '2030-03-19T10:00' }), ctx()).ends_at?.key).to.equal('endPassed')
    expect(findProblems(values({ timeBound: true, start: '2030-03-22T10:00', end: '2030-03-23T10:00' }), ctx())).to.deep.equal({})
  })

  it('a start in the past on a lock that needs a start in the future', () => {
    const rules = lockRules(device({ device_id: 'd1', properties: { code_constraints: [{ constraint_type: 'start_date_in_future' }] } } as never))
    const p = findProblems(values({ timeBound: true, start: '2030-03-19T10:00', end: '2030-03-23T10:00' }), ctx({ rules }))
    expect(p.starts_at?.key).to.equal('start_date_in_future')
  })

  it('a PIN that breaks a rule, or that another code of the lock has', () => {
    expect(findProblems(values({ code: '1059' }), ctx()).code?.key).to.equal('no_zeros')
    expect(findProblems(values({ code: '12345' }), ctx()).code?.key).to.equal('lengths')
    const others = [managedCode({ access_code_id: 'other', code: '4821' })]
    expect(findProblems(values({ code: '4821' }), ctx({ others })).code?.key).to.equal('pinTaken')
    // The code being edited may keep its own PIN.
    expect(findProblems(values({ code: '4821' }), ctx({ others, original: others[0] })).code).to.equal(undefined)
    // No PIN field, no PIN problem.
    expect(findProblems(values({ code: '1059' }), ctx({ pinShown: false })).code).to.equal(undefined)
  })
})

describe('form model: the request', () => {
  it('sends exact instants, now for a passed start, and only what is set', () => {
    const p = createParams('d1', values({ name: '  Guest  ', code: '4821', timeBound: true, start: '2030-03-19T10:00', end: '2030-03-31T02:30' }), ctx(), [])
    expect(p).to.deep.equal({ device_id: 'd1', name: 'Guest', code: '4821', starts_at: new Date(NOW).toISOString(), ends_at: '2030-03-31T01:30:00.000Z' })
    expect(createParams('d1', values({}), ctx(), [])).to.deep.equal({ device_id: 'd1' })
  })

  it('sends the options shown, and offline codes without a PIN', () => {
    const rules = lockRules(device({ device_id: 'd1', can_program_offline_access_codes: true, properties: {} } as never))
    const v = values({ code: '4821', timeBound: true, start: '2030-03-21T15:00', end: '2030-03-23T11:00' })
    v.options = { ...v.options, is_offline_access_code: true, is_one_time_use: true, max_time_rounding: '1day' }
    const shown = shownOptions(v, rules, false)
    expect(shown).to.deep.equal(['is_offline_access_code', 'is_one_time_use', 'max_time_rounding'])
    const p = createParams('d1', v, ctx({ rules, pinShown: false }), shown)
    expect(p).to.include({ is_offline_access_code: true, is_one_time_use: true, max_time_rounding: '1day' })
    expect(p).not.to.have.property('code')
  })

  it('shows each option only where the lock supports it', () => {
    const plain = lockRules(device({ device_id: 'd1', properties: {} } as never))
    expect(shownOptions(values(), plain, false)).to.deep.equal(['allow_external_modification'])
    expect(shownOptions(values({ timeBound: true }), plain, false)).to.deep.equal(['allow_external_modification', 'prefer_native_scheduling'])
    const pool = lockRules(device({ device_id: 'd1', properties: { supports_backup_access_code_pool: true, online: false } } as never))
    expect(shownOptions(values({ timeBound: true }), pool, false)).to.deep.equal([
      'allow_external_modification',
      'attempt_for_offline_device',
      'prefer_native_scheduling',
      'use_backup_access_code_pool',
    ])
    const offlineOnly = lockRules(device({ device_id: 'd1', can_program_offline_access_codes: true, can_program_online_access_codes: false, properties: {} } as never))
    expect(shownOptions(values({ timeBound: true }), offlineOnly, false)).to.deep.equal(['is_one_time_use', 'max_time_rounding'])
  })

  it('an update sends what changed, the schedule whole only when some of it changed', () => {
    const code = managedCode({ access_code_id: 'a', name: 'Guest', code: '4821', type: 'time_bound', starts_at: '2030-03-21T10:00:00.000Z', ends_at: '2030-03-25T10:00:00.000Z' })
    const c = { ...ctx({ original: code, timeZone: 'UTC' }), original: code }
    // Sent again, a start that has passed is refused by a lock that wants a future one.
    expect(updateParams({ ...valuesFromCode(code), code: '4822' }, c, [])).to.deep.equal({ code: '4822' })
    expect(updateParams({ ...valuesFromCode(code), end: '2030-03-26T10:00', endMs: undefined }, c, [])).to.deep.equal({
      type: 'time_bound',
      starts_at: '2030-03-21T10:00:00.000Z',
      ends_at: '2030-03-26T10:00:00.000Z',
    })
    expect(updateParams(valuesFromCode(code), c, []), 'nothing changed').to.deep.equal({})
    const ongoingCode = managedCode({ access_code_id: 'b', name: 'Cleaner' })
    expect(updateParams({ ...valuesFromCode(ongoingCode), name: 'Cleaner 2' }, { ...c, original: ongoingCode }, [])).to.deep.equal({ name: 'Cleaner 2' })
    const ongoing = { ...valuesFromCode(code), timeBound: false }
    expect(updateParams(ongoing, { ...ctx({ original: code }), original: code }, [])).to.deep.equal({ type: 'ongoing' })
  })

  it('an update sends only the options the person changed, not the defaults of those a code does not report', () => {
    const code = managedCode({ access_code_id: 'a', name: 'Guest', type: 'time_bound', starts_at: '2030-03-21T10:00:00.000Z', ends_at: '2030-03-25T10:00:00.000Z' })
    const c = { ...ctx({ original: code, timeZone: 'UTC' }), original: code }
    const shown = ['allow_external_modification', 'attempt_for_offline_device', 'prefer_native_scheduling'] as const
    const renamed = { ...valuesFromCode(code), name: 'Cleaner' }
    const sent = updateParams(renamed, c, [...shown])
    expect(sent).to.not.have.any.keys(...shown)
    expect(sent.name).to.equal('Cleaner')
    const unticked = { ...renamed, options: { ...renamed.options, prefer_native_scheduling: false, allow_external_modification: true } }
    expect(updateParams(unticked, c, [...shown])).to.include({ prefer_native_scheduling: false, allow_external_modification: true })
  })

  it('an edit that leaves an open-ended code\'s schedule alone needs no end and sends no schedule', () => {
    // Seam allows a time-bound code with a start and no end.
    const code = managedCode({ access_code_id: 'a', name: 'Guest', code: '4821', type: 'time_bound', starts_at: '2030-03-19T10:00:00.000Z', ends_at: null })
    const c = { ...ctx({ original: code, timeZone: 'UTC' }), original: code }
    const renamed = { ...valuesFromCode(code), name: 'Cleaner' }
    expect(findProblems(renamed, c)).to.deep.equal({})
    expect(updateParams(renamed, c, [])).to.deep.equal({ name: 'Cleaner' })
    // One whose start is still to come, and one with neither time, the same.
    const later = managedCode({ ...code, starts_at: '2030-03-25T10:00:00.000Z' })
    expect(findProblems(valuesFromCode(later), { ...c, original: later })).to.deep.equal({})
    const neither = managedCode({ ...code, starts_at: null })
    expect(updateParams(valuesFromCode(neither), { ...c, original: neither }, [])).to.deep.equal({})
  })

  it('an edit that changes an open-ended code\'s schedule, or a new code, still needs an end', () => {
    const code = managedCode({ access_code_id: 'a', name: 'Guest', type: 'time_bound', starts_at: '2030-03-19T10:00:00.000Z', ends_at: null })
    const c = { ...ctx({ original: code, timeZone: 'UTC' }), original: code }
    const newStart = { ...valuesFromCode(code), start: '2030-03-21T10:00', startMs: undefined }
    expect(findProblems(newStart, c).ends_at?.key).to.equal('endRequired')
    // A start cleared (from now) is a change too.
    expect(findProblems({ ...valuesFromCode(code), startMs: undefined }, c).ends_at?.key).to.equal('endRequired')
    const withEnd = { ...valuesFromCode(code), end: '2030-03-23T10:00' }
    expect(findProblems(withEnd, c)).to.deep.equal({})
    expect(updateParams(withEnd, c, [])).to.deep.equal({ type: 'time_bound', starts_at: '2030-03-19T10:00:00.000Z', ends_at: '2030-03-23T10:00:00.000Z' })
    // Made ongoing: sent as such.
    expect(updateParams({ ...valuesFromCode(code), timeBound: false }, c, [])).to.deep.equal({ type: 'ongoing' })
    // An ongoing code made time-bound without an end, and a new code, are not let through.
    const ongoing = managedCode({ access_code_id: 'b' })
    expect(findProblems({ ...valuesFromCode(ongoing), timeBound: true }, { ...c, original: ongoing }).ends_at?.key).to.equal('endRequired')
    expect(findProblems(values({ timeBound: true, start: '2030-03-21T10:00', end: '' }), ctx()).ends_at?.key).to.equal('endRequired')
  })

  it('takes defaults for a new code: name, PIN, window, options', () => {
    const v = valuesFromDefaults({ name: 'Cleaner', code: '2468', starts_at: '2030-03-21T10:00:00Z', ends_at: '2030-03-22T10:00:00Z', allow_external_modification: true })
    expect(v).to.include({ name: 'Cleaner', code: '2468', timeBound: true })
    expect(v.options.allow_external_modification).to.equal(true)
    expect(v.startMs).to.equal(Date.parse('2030-03-21T10:00:00Z'))
  })
})

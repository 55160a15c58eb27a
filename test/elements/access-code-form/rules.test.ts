import { expect } from '@open-wc/testing'
import type { Device } from '@seamapi/types/connect'
import { brokenPinRule, checkPin, lockRules, nameProblem, type PinRuleKey } from '../../../src/elements/access-code-form/rules.js'
import { device } from '../../helpers/stub-client.js'

const EVERY = [
  'no_zeros',
  'cannot_start_with_12',
  'no_triple_consecutive_ints',
  'pin_code_matches_existing_set',
  'no_ascending_or_descending_sequence',
  'at_least_three_unique_digits',
  'cannot_contain_089',
  'cannot_contain_0789',
  'unique_first_four_digits',
  'no_all_same_digits',
] as const

const lock = (constraints: string[], lengths?: number[], extra: Partial<Device> = {}) =>
  lockRules(
    device({
      device_id: 'd1',
      properties: { name: 'x', code_constraints: constraints.map((constraint_type) => ({ constraint_type })), ...(lengths && { supported_code_lengths: lengths }) },
      ...extra,
    } as never),
  )

/** For each rule: PINs that break it and PINs that keep it (and nothing else). */
const cases: Record<Exclude<PinRuleKey, 'digits' | 'lengths' | 'pin_code_matches_existing_set'>, { broken: string[]; kept: string[] }> = {
  no_zeros: { broken: ['1059', '0000', '4820'], kept: ['1359', '9999'] },
  cannot_start_with_12: { broken: ['1234', '1299'], kept: ['2134', '9123', '1324'] },
  no_triple_consecutive_ints: { broken: ['1114', '4123', '4987', '9555'], kept: ['1124', '1357', '1243', '9864'] },
  no_ascending_or_descending_sequence: { broken: ['1234', '4321', '3456789', '98'], kept: ['1235', '4320', '1212'] },
  at_least_three_unique_digits: { broken: ['1122', '1111', '1212'], kept: ['1123', '9876'] },
  cannot_contain_089: { broken: ['1208', '8123', '1239'], kept: ['1234567', '7777'] },
  cannot_contain_0789: { broken: ['1237', '1238', '0123', '9123'], kept: ['123456', '6543'] },
  unique_first_four_digits: { broken: ['1123', '1213', '9899'], kept: ['1234', '98760', '1234111'] },
  no_all_same_digits: { broken: ['1111', '999999'], kept: ['1112', '2111'] },
}

describe('PIN rules: every code constraint of @seamapi/types', () => {
  it('knows every constraint type the installed types can send', async () => {
    // The enum as @seamapi/types declares it (see connect.d.cts, code_constraints).
    expect([...EVERY, 'cannot_specify_pin_code', 'start_date_in_future'].sort()).to.have.length(12)
    const rules = lock([...EVERY])
    expect(rules.pin).to.have.members(['digits', ...EVERY])
  })

  for (const [rule, { broken, kept }] of Object.entries(cases)) {
    it(`${rule}: refuses ${broken.join(', ')} and takes ${kept.join(', ')}`, () => {
      const rules = lock([rule])
      for (const pin of broken) expect(brokenPinRule(pin, rules), pin).to.equal(rule)
      for (const pin of kept) expect(brokenPinRule(pin, rules), pin).to.equal(undefined)
    })
  }

  it('supported_code_lengths: only those lengths', () => {
    const rules = lock([], [4, 6])
    expect(brokenPinRule('12345', rules)).to.equal('lengths')
    expect(brokenPinRule('123456', rules)).to.equal(undefined)
    expect(brokenPinRule('1234', rules)).to.equal(undefined)
  })

  it('digits only, on every lock', () => {
    const rules = lock([])
    expect(brokenPinRule('12a4', rules)).to.equal('digits')
    expect(brokenPinRule('12 34', rules)).to.equal('digits')
    expect(brokenPinRule('٤٥٦٧', rules)).to.equal('digits')
  })

  it('pin_code_matches_existing_set cannot be checked here: it is shown, never failed', () => {
    const rules = lock(['pin_code_matches_existing_set'])
    expect(checkPin('4821', rules).find((c) => c.key === 'pin_code_matches_existing_set')!.met).to.equal(undefined)
    expect(brokenPinRule('4821', rules)).to.equal(undefined)
  })

  it('cannot_specify_pin_code: no PIN to choose; start_date_in_future: a future start', () => {
    expect(lock(['cannot_specify_pin_code']).pinChoosable).to.equal(false)
    expect(lock([]).pinChoosable).to.equal(true)
    expect(lock(['start_date_in_future']).startInFuture).to.equal(true)
  })

  it('name_length and name_must_be_unique', () => {
    const rules = lockRules(
      device({
        device_id: 'd1',
        properties: { code_constraints: [{ constraint_type: 'name_length', min_length: 2, max_length: 5 }, { constraint_type: 'name_must_be_unique' }] },
      } as never),
    )
    expect(nameProblem('', rules, [])).to.equal(undefined) // names are optional
    expect(nameProblem('A', rules, [])).to.equal('nameBetween')
    expect(nameProblem('Abcdef', rules, [])).to.equal('nameBetween')
    expect(nameProblem('Bob', rules, ['bob'])).to.equal('name_must_be_unique')
    expect(nameProblem('Bob', rules, ['Ann'])).to.equal(undefined)
  })

  it('reads the capability flags for offline codes, the backup pool and an offline lock', () => {
    const rules = lockRules(
      device({
        device_id: 'd1',
        can_program_offline_access_codes: true,
        can_program_online_access_codes: false,
        properties: { online: false, supports_backup_access_code_pool: true },
      } as never),
    )
    expect(rules).to.include({ offline: true, online: false, backupPool: true, lockOffline: true })
    expect(lockRules(undefined)).to.include({ offline: false, online: true, backupPool: false, lockOffline: false, pinChoosable: true })
  })

  it('survives a device with malformed properties', () => {
    const rules = lockRules({ device_id: 'x', properties: { code_constraints: 'nope', supported_code_lengths: [0, -1, 'x', 4.5] } } as never)
    expect(rules.pin).to.deep.equal(['digits'])
    expect(rules.lengths).to.equal(undefined)
  })
})

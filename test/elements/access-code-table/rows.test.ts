import { expect } from '@open-wc/testing'
import type { AccessCode } from '@seamapi/types/connect'
import { buildRows, controlledCodes, nameRanks, searchRows, sortRows, type Row } from '../../../src/elements/access-code-table/rows.js'
import { managedCode } from '../../helpers/stub-client.js'

const ids = (rows: Row[]) => rows.map((r) => r.code.access_code_id)

describe('access-code-table rows', () => {
  it('takes from a page\'s own array the managed codes of the device, or of every device without one', () => {
    const codes = [
      managedCode({ access_code_id: 'a', device_id: 'd1' }),
      managedCode({ access_code_id: 'b', device_id: 'd2' }),
      managedCode({ access_code_id: 'c', device_id: 'd1', is_managed: false } as never),
      null as never,
    ]
    expect(controlledCodes(codes, 'd1').map((c) => c.access_code_id)).to.deep.equal(['a'])
    expect(controlledCodes(codes, undefined).map((c) => c.access_code_id)).to.deep.equal(['a', 'b'])
    expect(controlledCodes('not a list' as never, 'd1')).to.deep.equal([])
  })

  it('makes one row per code id, skips what is not a code, and applies the host\'s filter (a throwing one keeps the code)', () => {
    const a = managedCode({ access_code_id: 'a' })
    const codes = [a, managedCode({ access_code_id: 'a', name: 'twice' }), { name: 'no id' } as never, 'x' as never, managedCode({ access_code_id: 'b' }), managedCode({ access_code_id: 'c' })]
    const accessCodeFilter = (c: AccessCode) => {
      if (c.access_code_id === 'c') throw new Error('a host bug')
      return c.access_code_id !== 'b'
    }
    expect(ids(buildRows(codes, 'en', { accessCodeFilter }))).to.deep.equal(['a', 'c'])
  })

  it('builds the row of a code object once for a cache, and explains its issues', () => {
    const cache = new WeakMap<AccessCode, Row>()
    const code = managedCode({ access_code_id: 'a', name: 'Front', code: '4821', errors: [{ error_code: 'failed_to_set_on_device', message: 'm', created_at: '' } as never] })
    const [first] = buildRows([code], 'en', {}, cache)
    expect(first!.issues).to.have.length(1)
    expect(buildRows([code], 'en', {}, cache)[0]).to.equal(first)
    expect(buildRows([code], 'en', {})[0]).not.to.equal(first)
  })

  it('searches accents aside (typed or stored decomposed), and finds an unnamed code by the words its row shows', () => {
    const rows = buildRows(
      [
        managedCode({ access_code_id: 'jose', name: 'Jose\u0301 Garci\u0301a' }),
        managedCode({ access_code_id: 'zoe', name: 'Zoë' }),
        managedCode({ access_code_id: 'muller', name: 'Familie Müller' }),
        managedCode({ access_code_id: 'none', name: '' as never }),
      ],
      'en',
      {},
    )
    const found = (q: string) => searchRows(rows, q, false).map((r) => r.code.access_code_id)
    expect(found('Jos\u00e9')).to.deep.equal(['jose'])
    expect(found('garcia')).to.deep.equal(['jose'])
    expect(found('zoe')).to.deep.equal(['zoe'])
    expect(found('MULLER')).to.deep.equal(['muller'])
    expect(found('müller')).to.deep.equal(['muller'])
    expect(found('unnamed')).to.deep.equal(['none'])
  })

  it('searches names and PINs, case aside, and narrows to codes with issues', () => {
    const rows = buildRows(
      [
        managedCode({ access_code_id: 'a', name: 'Front Door', code: '1111' }),
        managedCode({ access_code_id: 'b', name: 'Back', code: '2468', warnings: [{ warning_code: 'delay_in_setting_on_device', message: 'w', created_at: '' } as never] }),
      ],
      'en',
      {},
    )
    expect(searchRows(rows, '', false)).to.equal(rows)
    expect(ids(searchRows(rows, '  front ', false))).to.deep.equal(['a'])
    expect(ids(searchRows(rows, '246', false))).to.deep.equal(['b'])
    expect(ids(searchRows(rows, '', true))).to.deep.equal(['b'])
    expect(ids(searchRows(rows, 'front', true))).to.deep.equal([])
  })

  it('sorts by name in the locale\'s order with numbers as numbers, by status, and by time with unknown times last', () => {
    const rows = buildRows(
      [
        managedCode({ access_code_id: 'a', name: 'Unit 10', status: 'set', starts_at: 'not a date' as never }),
        managedCode({ access_code_id: 'b', name: 'unit 9', status: 'setting', starts_at: '2031-01-02T00:00:00Z' as never }),
        managedCode({ access_code_id: 'c', name: 'Unit 100', status: 'removing', starts_at: '2031-01-01T00:00:00Z' as never }),
      ],
      'en',
      {},
    )
    expect(ids(sortRows(rows, { key: 'name', direction: 'ascending' }, 'en'))).to.deep.equal(['b', 'a', 'c'])
    expect(ids(sortRows(rows, { key: 'name', direction: 'descending' }, 'en'))).to.deep.equal(['c', 'a', 'b'])
    expect(ids(sortRows(rows, { key: 'status', direction: 'ascending' }, 'en'))).to.deep.equal(['b', 'c', 'a'])
    expect(ids(sortRows(rows, { key: 'starts', direction: 'ascending' }, 'en'))).to.deep.equal(['c', 'b', 'a'])
    expect(sortRows(rows, undefined, 'en')).to.equal(rows)
  })

  it('sorts by name through ranks kept per data set and locale: equal names (any case, any accent) keep the data\'s order both ways; an unnamed code sorts by the words its row shows', () => {
    const rows = buildRows(
      [
        managedCode({ access_code_id: 'a', name: 'Éva' }),
        managedCode({ access_code_id: 'b', name: 'Bob' }),
        managedCode({ access_code_id: 'c', name: 'eva' }),
        managedCode({ access_code_id: 'd', name: undefined as never }),
        managedCode({ access_code_id: 'z', name: 'Zora' }),
        managedCode({ access_code_id: 's', name: '  ' }),
      ],
      'en',
      {},
    )
    // "Unnamed code" (d, and s: blank) between Éva and Zora.
    expect(ids(sortRows(rows, { key: 'name', direction: 'ascending' }, 'en'))).to.deep.equal(['b', 'a', 'c', 'd', 's', 'z'])
    expect(ids(sortRows(rows, { key: 'name', direction: 'descending' }, 'en'))).to.deep.equal(['z', 'd', 's', 'a', 'c', 'b'])
    // Computed once for this data set and locale, again for another locale or data set.
    expect(nameRanks(rows, 'en')).to.equal(nameRanks(rows, 'en'))
    expect(nameRanks(rows, 'sv')).not.to.equal(nameRanks(rows, 'en'))
    expect(nameRanks([...rows], 'en')).not.to.equal(nameRanks(rows, 'en'))
  })

  it('uses the host\'s comparator when no column is chosen, and survives one that throws', () => {
    const rows = buildRows([managedCode({ access_code_id: 'a' }), managedCode({ access_code_id: 'b' })], 'en', {})
    expect(ids(sortRows(rows, undefined, 'en', (x, y) => y.access_code_id.localeCompare(x.access_code_id)))).to.deep.equal(['b', 'a'])
    expect(ids(sortRows(rows, undefined, 'en', () => { throw new Error('a host bug') }))).to.deep.equal(['a', 'b'])
  })
})

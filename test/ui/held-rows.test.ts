import { expect } from '@open-wc/testing'
import { HeldRows } from '../../src/ui/held-rows.js'

const code = (id: string) => ({ access_code_id: id })

describe('HeldRows', () => {
  it('puts a held code a fresh list left out back where it was, and lets it go once it is no longer held', () => {
    const rows = new HeldRows<{ access_code_id: string }>()
    const [a, b, c] = [code('a'), code('b'), code('c')]
    rows.keep([a, b, c], () => false)
    const fresh = [a, c]
    const held = new Set(['b'])
    expect(rows.keep(fresh, (id) => held.has(id)).map((x) => x.access_code_id)).to.deep.equal(['a', 'b', 'c'])
    held.clear()
    expect(rows.keep(fresh, (id) => held.has(id))).to.equal(fresh)
  })

  it('asks nothing of the codes when the host says none is held, and gives the list itself', () => {
    const rows = new HeldRows<{ access_code_id: string }>()
    const shown = Array.from({ length: 50 }, (_, i) => code(`c${i}`))
    rows.keep(shown, () => false)
    let asked = 0
    const fresh = shown.slice(1)
    expect(rows.keep(fresh, undefined)).to.equal(fresh)
    // What was shown is now the list given: a later hold of c0 has nothing to put back.
    expect(rows.keep(fresh, (id) => (asked++, id === 'c0'))).to.equal(fresh)
    expect(asked, 'each code shown, asked once').to.equal(49)
  })

  it('does not put a code held on another lock into this one\'s list (the device-id changed while it was deleted)', () => {
    const rows = new HeldRows<{ access_code_id: string; device_id: string }>()
    const a = { access_code_id: 'a', device_id: 'd1' }
    const b = { access_code_id: 'b', device_id: 'd1' }
    rows.keep([a, b], () => false)
    const other = [{ access_code_id: 'x', device_id: 'd2' }]
    expect(rows.keep(other, (id) => id === 'b', 'd2'), 'b belongs to d1').to.equal(other)
    // On its own lock it still comes back.
    rows.keep([a, b], () => false, 'd1')
    expect(rows.keep([a], (id) => id === 'b', 'd1').map((x) => x.access_code_id)).to.deep.equal(['a', 'b'])
  })
})

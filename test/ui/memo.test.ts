import { expect } from '@open-wc/testing'
import { memo } from '../../src/ui/memo.js'

describe('memo', () => {
  it('computes once for the same arguments, by identity, and again when one changes', () => {
    let runs = 0
    const sorted = memo((list: number[], descending: boolean) => (runs++, [...list].sort((a, b) => (descending ? b - a : a - b))))
    const list = [3, 1, 2]
    const first = sorted(list, false)
    expect(first).to.deep.equal([1, 2, 3])
    expect(sorted(list, false)).to.equal(first)
    expect(runs).to.equal(1)
    expect(sorted(list, true)).to.deep.equal([3, 2, 1])
    expect(runs).to.equal(2)
    // An equal list in a new array is new data (a poll's answer): computed again.
    expect(sorted([3, 1, 2], true)).to.deep.equal([3, 2, 1])
    expect(runs).to.equal(3)
  })

  it('remembers only the last call, and tells calls of other lengths apart', () => {
    let runs = 0
    const count = memo((...items: unknown[]) => (runs++, items.length))
    const a = {}
    expect(count(a)).to.equal(1)
    expect(count(a, undefined)).to.equal(2)
    expect(count(a)).to.equal(1)
    expect(runs, 'the first result was forgotten').to.equal(3)
  })
})

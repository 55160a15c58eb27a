import { expect, fixture, html } from '@open-wc/testing'
import { LitElement, html as litHtml } from 'lit'
import { property } from 'lit/decorators.js'
import type { Query, QueryState } from '../../../src/state/query.js'
import { QueryController } from '../../../src/ui/controllers/query.js'

/** Stands in for a store query: records who subscribes, at which interval, and lets a test answer. */
function fakeQuery<T>(key: string) {
  const listeners = new Set<(s: QueryState<T>) => void>()
  const intervals: number[] = []
  let refreshes = 0
  const q = {
    /** Set: the query answers inside subscribe, as a synchronous cache of a host app's would. */
    answerAtOnce: undefined as T | undefined,
    key,
    state: { data: undefined, error: undefined, loading: false, stale: false, partial: false, updatedAt: 0 } as QueryState<T>,
    subscribe(listener: (s: QueryState<T>) => void, ms = 0) {
      listeners.add(listener)
      intervals.push(ms)
      if (q.answerAtOnce !== undefined) q.answer(q.answerAtOnce)
      return { setPollInterval: (next: number) => intervals.push(next), unsubscribe: () => listeners.delete(listener) }
    },
    refresh: () => (refreshes++, Promise.resolve()),
    answer(data: T) {
      q.state = { ...q.state, data, updatedAt: 1 }
      for (const l of [...listeners]) l(q.state)
    },
    get listeners() {
      return listeners.size
    },
    intervals,
    get refreshes() {
      return refreshes
    },
  }
  return q
}
type FakeQuery = ReturnType<typeof fakeQuery<string>>

class QueryProbe extends LitElement {
  @property({ attribute: false }) query?: FakeQuery
  @property({ type: Number }) every = 0
  readonly data = new QueryController<string>(this, () => this.query as unknown as Query<string> | undefined, () => this.every)
  override render() {
    return litHtml`${this.data.state?.data ?? 'nothing'}`
  }
}
customElements.define('query-probe', QueryProbe)

/** Reads its data in willUpdate, as the table builds its rows and the form fills its fields there. */
class EarlyReader extends QueryProbe {
  seen: (string | undefined)[] = []
  protected override willUpdate(): void {
    this.seen.push(this.data.state?.data)
  }
}
customElements.define('query-early-reader', EarlyReader)

describe('QueryController', () => {
  it('subscribes while connected, re-renders on every change, and lets go when disconnected', async () => {
    const q = fakeQuery<string>('a')
    const el = await fixture<QueryProbe>(html`<query-probe .query=${q}></query-probe>`)
    expect(q.listeners).to.equal(1)
    expect(el.shadowRoot!.textContent).to.equal('nothing')
    q.answer('first')
    await el.updateComplete
    expect(el.shadowRoot!.textContent).to.equal('first')
    el.remove()
    expect(q.listeners).to.equal(0)
    expect(el.data.query).to.equal(undefined)
    document.body.append(el)
    await el.updateComplete
    expect(q.listeners).to.equal(1)
    el.remove()
  })

  it('follows the query the host selects now, and none when it selects none', async () => {
    const a = fakeQuery<string>('a')
    const b = fakeQuery<string>('b')
    const el = await fixture<QueryProbe>(html`<query-probe .query=${a}></query-probe>`)
    el.query = b
    await el.updateComplete
    expect([a.listeners, b.listeners]).to.deep.equal([0, 1])
    expect(el.data.query).to.equal(b)
    el.query = undefined
    await el.updateComplete
    expect(b.listeners).to.equal(0)
    expect(el.data.state).to.equal(undefined)
    expect(await el.data.refresh()).to.equal(undefined)
  })

  it('gives the state of the query selected now, even before its own update hook (Lit runs willUpdate first)', async () => {
    // Both already answered: switching makes no request and no change that would correct a stale read.
    const a = fakeQuery<string>('a')
    const b = fakeQuery<string>('b')
    a.answer('codes of a')
    b.answer('codes of b')
    const el = await fixture<EarlyReader>(html`<query-early-reader .query=${a}></query-early-reader>`)
    el.query = b
    await el.updateComplete
    el.query = a
    await el.updateComplete
    expect(el.seen).to.deep.equal(['codes of a', 'codes of b', 'codes of a'])
    expect(el.shadowRoot!.textContent).to.equal('codes of a')
    expect([a.listeners, b.listeners]).to.deep.equal([1, 0])
  })

  it('asks the host for the poll interval on every update', async () => {
    const q = fakeQuery<string>('a')
    const el = await fixture<QueryProbe>(html`<query-probe .query=${q} every="500"></query-probe>`)
    el.every = 3000
    await el.updateComplete
    el.every = 0
    await el.updateComplete
    expect(q.intervals[0]).to.equal(500)
    expect(q.intervals.slice(-2)).to.deep.equal([3000, 0])
  })

  it('refreshes through the query', async () => {
    const q = fakeQuery<string>('a')
    const el = await fixture<QueryProbe>(html`<query-probe .query=${q}></query-probe>`)
    await el.data.refresh()
    expect(q.refreshes).to.equal(1)
  })

  it('shows an answer the query gives the moment it is subscribed (a synchronous cache)', async () => {
    const q = fakeQuery<string>('a')
    q.answerAtOnce = 'at once'
    const el = await fixture<QueryProbe>(html`<query-probe></query-probe>`)
    el.query = q
    await el.updateComplete
    await el.updateComplete
    expect(el.shadowRoot!.textContent).to.equal('at once')
  })
})

import { expect } from '@open-wc/testing'
import type { SeamEvent } from '@seamapi/types/connect'
import { HISTORY_SINCE, eventTime, historyQuery, newestFirst, olderHistory } from '../../src/state/history.js'
import { SessionStore } from '../../src/state/store.js'
import { stubClient } from '../helpers/stub-client.js'

const visible = { hidden: false, onChange: () => () => {} }
const ev = (id: string, code: string, at: number, type = 'access_code.changed') =>
  ({ event_id: id, access_code_id: code, event_type: type, created_at: new Date(at).toISOString(), occurred_at: new Date(at).toISOString() }) as unknown as SeamEvent

describe('history (events/list)', () => {
  it('the newest page: this code\'s events only, newest first, whatever order the server sends, and whether older ones exist', async () => {
    const events = [ev('e1', 'ac', 1000), ev('e3', 'ac', 3000), ev('x', 'other', 2500), ev('e2', 'ac', 2000)]
    const stub = stubClient({ events })
    const asked: unknown[] = []
    const list = stub.client.events.list
    stub.client.events.list = (params, o) => (asked.push(params), list(params, o))
    const store = new SessionStore(stub.client, visible)
    const q = historyQuery(store, 'ac', 3)
    await q.refresh()
    expect(q.state.data!.events.map((e) => e.event_id)).to.deep.equal(['e3', 'e2'])
    // Four answered for a page of three: there is more.
    expect(q.state.data!.more).to.equal(true)
    expect(q.state.data!.oldest).to.equal(new Date(2000).toISOString())
    expect(asked[0]).to.deep.equal({ access_code_id: 'ac', since: HISTORY_SINCE, limit: 4 })
  })

  it('an older page ends a millisecond after the oldest shown and drops the events of that millisecond it has already', async () => {
    const shown = [ev('e5', 'ac', 5000), ev('e4', 'ac', 4000)]
    const older = [ev('e4', 'ac', 4000), ev('e4b', 'ac', 4000), ev('e3', 'ac', 3000), ev('e2', 'ac', 2000)]
    const stub = stubClient({ events: older })
    const asked: unknown[] = []
    const list = stub.client.events.list
    stub.client.events.list = (params, o) => (asked.push(params), list(params, o))
    const page = await olderHistory(new SessionStore(stub.client, visible), 'ac', new Date(4000).toISOString(), { size: 2, known: shown })
    expect(asked[0]).to.deep.equal({ access_code_id: 'ac', between: [HISTORY_SINCE, new Date(4001).toISOString()], limit: 4 })
    expect(page.events.map((e) => e.event_id)).to.deep.equal(['e4b', 'e3'])
    expect(page.more).to.equal(true)
    expect(page.oldest).to.equal(new Date(3000).toISOString())
  })

  it('newest first by when events happened, not when Seam recorded them; pages still end by the recording', async () => {
    const late = { ...ev('late', 'ac', 3000), occurred_at: new Date(1500).toISOString() } as SeamEvent
    const stub = stubClient({ events: [ev('e1', 'ac', 1000), late, ev('e2', 'ac', 2000)] })
    const store = new SessionStore(stub.client, visible)
    const q = historyQuery(store, 'ac', 2)
    await q.refresh()
    // The page is the two recorded last (late, e2), shown by when they happened.
    expect(q.state.data!.events.map((e) => e.event_id)).to.deep.equal(['e2', 'late'])
    expect(q.state.data!.oldest).to.equal(new Date(2000).toISOString())
    expect(newestFirst([ev('e1', 'ac', 1000), late, ev('e2', 'ac', 2000)]).map((e) => e.event_id)).to.deep.equal(['e2', 'late', 'e1'])
    expect(eventTime(late)).to.equal(1500)
  })

  it('an answer that is not a list is unreadable, not an empty history', async () => {
    const stub = stubClient()
    stub.client.events.list = async () => ({ nope: true }) as never
    const q = historyQuery(new SessionStore(stub.client, visible), 'ac')
    await q.refresh()
    expect(q.state.data).to.equal(undefined)
    expect(q.state.error!.kind).to.equal('unreadable')
  })
})

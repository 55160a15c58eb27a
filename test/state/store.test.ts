import { expect, waitUntil } from '@open-wc/testing'
import { SeamNetworkError } from '../../src/api/errors.js'
import { SessionStore, queryKey } from '../../src/state/store.js'
import type { Visibility } from '../../src/state/visibility.js'
import { manualClock, nextTask } from '../helpers/manual-clock.js'
import { managedCode, stubClient, unmanagedCode } from '../helpers/stub-client.js'

function fakeVisibility() {
  const listeners = new Set<() => void>()
  const v = {
    hidden: false,
    onChange: (cb: () => void) => (listeners.add(cb), () => listeners.delete(cb)),
    set(hidden: boolean) {
      v.hidden = hidden
      for (const l of listeners) l()
    },
  }
  return v satisfies Visibility
}

describe('SessionStore', () => {
  it('keys requests by route and sorted params', () => {
    expect(queryKey('/x', { b: 1, a: 'y' })).to.equal(queryKey('/x', { a: 'y', b: 1 }))
    expect(queryKey('/x', { a: 1 })).not.to.equal(queryKey('/x', { a: 2 }))
  })

  it('sends one request for two subscribers of the same list', async () => {
    const { client, calls } = stubClient({ managed: [managedCode({ access_code_id: 'a' })] })
    const store = new SessionStore(client, fakeVisibility())
    const seen: number[] = []
    store.accessCodes('d1').subscribe((s) => s.data && seen.push(1))
    store.accessCodes('d1').subscribe(() => {})
    await waitUntil(() => store.accessCodes('d1').state.data != null)
    expect(calls['accessCodes.list']).to.equal(1)
    expect(store.accessCodes('d1').state.data!.map((c) => c.access_code_id)).to.deep.equal(['a'])
  })

  it('drops codes of other devices and unmanaged codes, whatever the server sends', async () => {
    const { client, db } = stubClient()
    db.managed.push(managedCode({ access_code_id: 'mine' }), managedCode({ access_code_id: 'mine' }))
    client.accessCodes.list = async () => [
      ...db.managed,
      managedCode({ access_code_id: 'other', device_id: 'd2' }),
      managedCode({ access_code_id: 'unmanaged', is_managed: false as never }),
    ]
    const store = new SessionStore(client, fakeVisibility())
    await store.accessCodes('d1').refresh()
    expect(store.accessCodes('d1').state.data!.map((c) => c.access_code_id)).to.deep.equal(['mine'])
  })

  it('keeps unmanaged codes that lack the is_managed flag, and drops only those flagged managed', async () => {
    const { client } = stubClient()
    const unflagged: Record<string, unknown> = { ...unmanagedCode({ access_code_id: 'unflagged' }) }
    delete unflagged['is_managed']
    client.accessCodes.unmanaged.list = async () => [
      unmanagedCode({ access_code_id: 'flagged' }),
      unflagged as never,
      { ...unmanagedCode({ access_code_id: 'managed' }), is_managed: true as never },
    ]
    const store = new SessionStore(client, fakeVisibility())
    await store.unmanagedCodes('d1').refresh()
    expect(store.unmanagedCodes('d1').state.data!.map((c) => c.access_code_id)).to.deep.equal(['flagged', 'unflagged'])
  })

  it('keeps data and marks it stale when a refresh fails', async () => {
    const { client, fail } = stubClient({ managed: [managedCode({ access_code_id: 'a' })] })
    const store = new SessionStore(client, fakeVisibility())
    const q = store.accessCodes('d1')
    await q.refresh()
    fail('accessCodes.list', new SeamNetworkError(new Error('x')))
    await q.refresh()
    expect(q.state.data).to.have.length(1)
    expect(q.state.stale).to.equal(true)
    expect(q.state.error).to.be.instanceOf(SeamNetworkError)
    await q.refresh()
    expect(q.state.stale).to.equal(false)
  })

  it('ignores an answer that was on its way when the data was invalidated', async () => {
    const { client } = stubClient()
    let release!: (v: never[]) => void
    let first = true
    client.accessCodes.list = () => (first ? ((first = false), new Promise((r) => (release = r))) : Promise.resolve([managedCode({ access_code_id: 'new' })]))
    const store = new SessionStore(client, fakeVisibility())
    const q = store.accessCodes('d1')
    q.subscribe(() => {})
    await q.invalidate()
    release([])
    await nextTask()
    expect(q.state.data!.map((c) => c.access_code_id)).to.deep.equal(['new'])
  })

  it('polls at the fastest interval asked, pauses while hidden and resumes on return', async () => {
    const { client, calls } = stubClient()
    const visibility = fakeVisibility()
    const clock = manualClock()
    const store = new SessionStore(client, visibility, { clock: clock.clock })
    const tick = async (ms: number) => (clock.advance(ms), await nextTask())
    const q = store.accessCodes('d1')
    const slow = q.subscribe(() => {}, 1000)
    const fast = q.subscribe(() => {}, 40)
    await nextTask()
    for (let i = 0; i < 3; i++) await tick(40)
    const whileVisible = calls['accessCodes.list']!
    expect(whileVisible).to.be.at.least(3)
    expect(whileVisible).to.equal(4) // the first load, then one every 40 ms
    visibility.set(true)
    await tick(20)
    const atHide = calls['accessCodes.list']!
    await tick(200)
    expect(calls['accessCodes.list']).to.equal(atHide)
    expect(clock.pending(), 'no timer while hidden').to.deep.equal([])
    visibility.set(false)
    // A poll fell due while hidden: it runs at once.
    await tick(0)
    expect(calls['accessCodes.list']).to.be.greaterThan(atHide)
    fast.unsubscribe()
    const onSlow = calls['accessCodes.list']!
    await tick(999)
    expect(calls['accessCodes.list'], 'the slow interval is left').to.equal(onSlow)
    await tick(1)
    expect(calls['accessCodes.list']).to.equal(onSlow + 1)
    slow.unsubscribe()
    const afterStop = calls['accessCodes.list']!
    await tick(5000)
    expect(calls['accessCodes.list']).to.equal(afterStop)
    expect(clock.pending()).to.deep.equal([])
  })

  it('runs a mutation once per key while it is under way', async () => {
    const store = new SessionStore(stubClient().client, fakeVisibility())
    let runs = 0
    let finish!: () => void
    const start = () => (runs++, new Promise<void>((r) => (finish = r)).then(() => runs))
    const both = Promise.all([store.runShared('k', start), store.runShared('k', start)])
    finish()
    const [a, b] = await both
    expect(runs).to.equal(1)
    expect(a).to.equal(b)
    // Once it has ended, the next call runs again.
    const again = store.runShared('k', start)
    finish()
    expect(await again).to.equal(2)
  })

  it('is quiet only while no code has an activity and no write awaits its outcome', () => {
    const store = new SessionStore(stubClient().client, fakeVisibility())
    expect(store.quiet).to.equal(true)
    store.setActivity('a', 'deleting')
    expect(store.quiet).to.equal(false)
    store.setActivity('a', undefined)
    expect(store.quiet).to.equal(true)
    store.setUnsettled('delete', 'a', new SeamNetworkError(new TypeError('lost')))
    expect(store.quiet, 'a delete Seam may still apply').to.equal(false)
    store.setUnsettled('delete', 'a', undefined)
    expect(store.quiet).to.equal(true)
  })
})

import { expect, waitUntil } from '@open-wc/testing'
import { SeamNetworkError } from '../../src/api/errors.js'
import { SessionStore, queryKey } from '../../src/state/store.js'
import type { Visibility } from '../../src/state/visibility.js'
import { managedCode, stubClient } from '../helpers/stub-client.js'

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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

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
    await sleep(10)
    expect(q.state.data!.map((c) => c.access_code_id)).to.deep.equal(['new'])
  })

  it('polls at the fastest interval asked, pauses while hidden and resumes on return', async () => {
    const { client, calls } = stubClient()
    const visibility = fakeVisibility()
    const store = new SessionStore(client, visibility)
    const q = store.accessCodes('d1')
    const slow = q.subscribe(() => {}, 1000)
    const fast = q.subscribe(() => {}, 40)
    await sleep(150)
    const whileVisible = calls['accessCodes.list']!
    expect(whileVisible).to.be.at.least(3)
    visibility.set(true)
    await sleep(20)
    const atHide = calls['accessCodes.list']!
    await sleep(200)
    expect(calls['accessCodes.list']).to.equal(atHide)
    visibility.set(false)
    await sleep(30)
    expect(calls['accessCodes.list']).to.be.greaterThan(atHide)
    fast.unsubscribe()
    slow.unsubscribe()
    const afterStop = calls['accessCodes.list']!
    await sleep(150)
    expect(calls['accessCodes.list']).to.equal(afterStop)
  })

  it('runs a mutation once per key while it is under way', async () => {
    const store = new SessionStore(stubClient().client, fakeVisibility())
    let runs = 0
    const start = () => (runs++, sleep(20).then(() => runs))
    const [a, b] = await Promise.all([store.runShared('k', start), store.runShared('k', start)])
    expect(runs).to.equal(1)
    expect(a).to.equal(b)
  })
})

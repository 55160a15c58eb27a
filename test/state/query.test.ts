import { expect, waitUntil } from '@open-wc/testing'
import { SeamNetworkError } from '../../src/api/errors.js'
import { SessionStore } from '../../src/state/store.js'
import { managedCode, stubClient } from '../helpers/stub-client.js'

// From the elements' review: two ways a query could leave a view without data.
describe('Query invalidation', () => {
  it('a list invalidated while nobody watches loads afresh for the next viewer', async () => {
    const stub = stubClient({ managed: [managedCode({ access_code_id: 'old' })] })
    const store = new SessionStore(stub.client)
    const q = store.accessCodes('d1')
    const first = q.subscribe(() => {})
    await waitUntil(() => q.state.data?.length === 1)
    first.unsubscribe()
    stub.db.managed = [managedCode({ access_code_id: 'new' })]
    await q.invalidate()
    q.subscribe(() => {})
    await waitUntil(() => q.state.data?.[0]?.access_code_id === 'new', 'reloaded for the new viewer')
    expect(stub.calls['accessCodes.list']).to.equal(2)
  })

  it('a cancelled load does not leave the table loading forever', async () => {
    const stub = stubClient()
    let calls = 0
    stub.client.accessCodes.list = (_p, o) =>
      ++calls === 1
        ? new Promise((_, reject) => o?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))
        : Promise.reject(new SeamNetworkError(new Error('down')))
    const store = new SessionStore(stub.client)
    const q = store.accessCodes('d1')
    q.subscribe(() => {})
    await q.invalidate()
    await waitUntil(() => !q.state.loading && q.state.error != null, 'settles with an error, not loading')
    expect(q.state.error).to.be.instanceOf(SeamNetworkError)
  })
})

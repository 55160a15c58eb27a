import { expect } from '@open-wc/testing'
import { SessionStore } from '../../../src/state/store.js'
import { BUSY_POLL_MS, pollMs } from '../../../src/ui/controllers/polling.js'
import { managedCode, stubClient, unmanagedCode } from '../../helpers/stub-client.js'

describe('pollMs, the polling rule', () => {
  const store = () => new SessionStore(stubClient().client)

  it('polls at the element\'s interval while nothing is under way, and not at all for 0', () => {
    const codes = [managedCode({ access_code_id: 'a' })]
    expect(pollMs(30_000, codes, store())).to.equal(30_000)
    expect(pollMs(0, codes, store())).to.equal(0)
    expect(pollMs(-5, codes, store())).to.equal(0)
    expect(pollMs(Number.NaN, codes, undefined)).to.equal(0)
  })

  it('polls every few seconds while Seam sets or removes a code', () => {
    expect(pollMs(30_000, [managedCode({ access_code_id: 'a', status: 'setting' })], undefined)).to.equal(BUSY_POLL_MS)
    expect(pollMs(30_000, [managedCode({ access_code_id: 'a', status: 'removing' })], undefined)).to.equal(BUSY_POLL_MS)
  })

  it('polls every few seconds while this session deletes or converts one of the codes, not another', () => {
    const s = store()
    const codes = [unmanagedCode({ access_code_id: 'u1' })]
    s.setActivity('elsewhere', 'deleting')
    expect(pollMs(30_000, codes, s)).to.equal(30_000)
    s.setActivity('u1', 'converting')
    expect(pollMs(30_000, codes, s)).to.equal(BUSY_POLL_MS)
  })

  it('never polls slower than asked', () => {
    expect(pollMs(1_000, [managedCode({ access_code_id: 'a', status: 'setting' })], undefined)).to.equal(1_000)
  })

  it('scans a list once per data set: a code edited in place is seen only in a new list', () => {
    const code = managedCode({ access_code_id: 'a' })
    const codes = [code]
    expect(pollMs(30_000, codes, undefined)).to.equal(30_000)
    ;(code as { status: string }).status = 'setting'
    expect(pollMs(30_000, codes, undefined)).to.equal(30_000)
    expect(pollMs(30_000, [...codes], undefined)).to.equal(BUSY_POLL_MS)
  })
})

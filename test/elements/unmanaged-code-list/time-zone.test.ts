import { expect, fixture, html, waitUntil } from '@open-wc/testing'
import '../../../src/elements/unmanaged-code-list/define.js'
import type { UnmanagedCodeList } from '../../../src/elements/unmanaged-code-list/unmanaged-code-list.js'
import { resetSessions } from '../../../src/state/registry.js'
import { browserTimeZone } from '../../../src/ui/zoned-time.js'
import { SeamApiError } from '../../../src/api/errors.js'
import { device, stubClient, unmanagedCode } from '../../helpers/stub-client.js'

// CONTRACT v2: times default to the lock's own zone, named where it is not the browser's.
describe('<unmanaged-code-list> time zone', () => {
  afterEach(() => resetSessions())

  const other = browserTimeZone() === 'Asia/Tokyo' ? 'Europe/Paris' : 'Asia/Tokyo'
  const mount = async (timeZone?: string) => {
    const stub = stubClient({
      devices: [device({ device_id: 'd1', location: { timezone: other } } as never)],
      unmanaged: [unmanagedCode({ access_code_id: 'u1', type: 'time_bound', starts_at: '2030-01-10T09:00:00.000Z', ends_at: '2030-01-12T09:00:00.000Z' })],
    })
    const el = await fixture<UnmanagedCodeList>(html`<unmanaged-code-list device-id="d1" locale="en-GB" time-zone=${timeZone ?? ''} .client=${stub.client}></unmanaged-code-list>`)
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=row]'), 'rows')
    return el
  }
  const schedule = (el: UnmanagedCodeList) => el.shadowRoot!.querySelector('[part=schedule]')!.textContent!

  it('shows the lock\'s zone by default, and names it', async () => {
    const el = await mount()
    const hour = new Intl.DateTimeFormat('en-GB', { timeZone: other, hour: '2-digit', minute: '2-digit' }).format(Date.parse('2030-01-10T09:00:00.000Z'))
    expect(schedule(el)).to.include(hour)
    expect(el.shadowRoot!.querySelector('.zone')!.textContent).to.equal(`Times in ${other}, the lock’s time zone.`)
  })

  it('the page\'s time-zone wins, and is named too', async () => {
    const el = await mount('UTC')
    expect(schedule(el)).to.include('09:00')
    const note = el.shadowRoot!.querySelector('.zone')?.textContent
    if (browserTimeZone() === 'UTC') expect(note).to.equal(undefined)
    else expect(note).to.equal('Times in UTC.')
  })

  it('when the lock cannot be loaded: the browser’s zone, said to be a stand-in, and seam-error', async () => {
    const stub = stubClient({ unmanaged: [unmanagedCode({ access_code_id: 'u1', type: 'time_bound', starts_at: '2030-01-10T09:00:00.000Z', ends_at: '2030-01-12T09:00:00.000Z' })] })
    const down = new SeamApiError({ status: 503, type: 'service_unavailable', message: 'down' })
    stub.fail('devices.get', down)
    const heard: unknown[] = []
    const page = await fixture(html`<div @seam-error=${(e: CustomEvent) => heard.push(e.detail.error)}>
      <unmanaged-code-list device-id="d1" locale="en-GB" .client=${stub.client}></unmanaged-code-list>
    </div>`)
    const el = page.querySelector<UnmanagedCodeList>('unmanaged-code-list')!
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=row]'), 'rows')
    expect(el.shadowRoot!.querySelector('.zone')!.textContent).to.include(`Times in ${browserTimeZone()}, this browser’s time zone: the lock’s could not be loaded.`)
    expect(heard).to.deep.equal([down])
  })
})

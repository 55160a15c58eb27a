import { expect, fixture, html, waitUntil } from '@open-wc/testing'
import '../../../src/elements/access-code-table/define.js'
import type { AccessCodeTable } from '../../../src/elements/access-code-table/access-code-table.js'
import { SeamApiError } from '../../../src/api/errors.js'
import { resetSessions } from '../../../src/state/registry.js'
import { browserTimeZone } from '../../../src/ui/zoned-time.js'
import { device, managedCode, stubClient } from '../../helpers/stub-client.js'

// CONTRACT v2: times default to the lock's own zone. When the lock cannot be
// loaded the browser's stands in: said on screen, heard by the page, and the
// lock asked again on request.
describe('<access-code-table> time zone when the lock cannot be loaded', () => {
  afterEach(() => resetSessions())

  it('names the browser’s zone as a stand-in, fires seam-error, and uses the lock’s once it loads on "Try again"', async () => {
    const other = browserTimeZone() === 'Asia/Tokyo' ? 'Europe/Paris' : 'Asia/Tokyo'
    const stub = stubClient({
      devices: [device({ device_id: 'd1', location: { timezone: other } } as never)],
      managed: [managedCode({ access_code_id: 'a', type: 'time_bound', starts_at: '2030-01-10T09:00:00.000Z', ends_at: '2030-01-12T09:00:00.000Z' })],
    })
    const down = new SeamApiError({ status: 503, type: 'service_unavailable', message: 'down' })
    stub.fail('devices.get', down)
    const heard: unknown[] = []
    const page = await fixture(html`<div @seam-error=${(e: CustomEvent) => heard.push(e.detail.error)}>
      <access-code-table device-id="d1" locale="en-GB" poll-interval="0" .client=${stub.client}></access-code-table>
    </div>`)
    const el = page.querySelector<AccessCodeTable>('access-code-table')!
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=row]'), 'rows in the browser’s zone', { timeout: 5000 })
    const note = () => el.shadowRoot!.querySelector<HTMLElement>('.zone')
    expect(note()!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Times in ${browserTimeZone()}, this browser’s time zone: the lock’s could not be loaded. Try again`)
    expect(heard).to.deep.equal([down])
    note()!.querySelector('button')!.click()
    await waitUntil(() => el.shadowRoot!.querySelector('.zone')?.textContent?.includes('the lock’s time zone'), 'the lock’s zone', { timeout: 5000 })
    const hour = new Intl.DateTimeFormat('en-GB', { timeZone: other, hour: '2-digit', minute: '2-digit' }).format(Date.parse('2030-01-10T09:00:00.000Z'))
    expect(el.shadowRoot!.querySelector('[part~=row] [part~=schedule]')!.textContent).to.include(hour)
  })
})

import { expect, fixture, html, waitUntil } from '@open-wc/testing'
import type { AccessCode } from '@seamapi/types/connect'
import '../../../src/elements/access-code-table/define.js'
import type { AccessCodeTable } from '../../../src/elements/access-code-table/access-code-table.js'
import '../../../src/elements/unmanaged-code-list/define.js'
import type { UnmanagedCodeList } from '../../../src/elements/unmanaged-code-list/unmanaged-code-list.js'
import { resetSessions } from '../../../src/state/registry.js'
import { device, managedCode, stubClient, unmanagedCode } from '../../helpers/stub-client.js'

// ChipFit through the table that uses it: the chips a row shows whole
// follow the width of their column, measured, not a fixed two.
type Issue = AccessCode['errors'][number]
const issue = (error_code: string, message: string, flag = 'is_access_code_error') => ({ error_code, message, [flag]: true, created_at: '2026-11-01T00:00:00Z' }) as unknown as Issue
const three = managedCode({
  access_code_id: 'busy',
  name: 'Guest',
  code: '1111',
  status: 'unset',
  errors: [
    issue('duplicate_code_on_device', 'Duplicate access code detected on device.'),
    issue('device_offline', 'Device is offline', 'is_device_error'),
    issue('bridge_disconnected', 'Seam Bridge is disconnected', 'is_bridge_error'),
  ],
}) as AccessCode
const one = managedCode({ access_code_id: 'one', name: 'Cleaner', code: '2222', errors: [issue('duplicate_code_on_device', 'Duplicate.')] }) as AccessCode

const shown = (el: AccessCodeTable | UnmanagedCodeList, id: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[data-id="${id}"] [part~=issue]`)].filter((c) => c.checkVisibility())
const more = (el: AccessCodeTable | UnmanagedCodeList, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-id="${id}"] .chip.more`)?.textContent?.trim()
const whole = (chip: HTMLElement) => {
  const title = chip.querySelector<HTMLElement>('.title')!
  return title.scrollWidth <= title.clientWidth
}
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))

describe('ChipFit', () => {
  it('shows as many chips as fit whole, "+N" for the rest, and follows the column as it widens and narrows', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 1100px"><access-code-table locale="en" .accessCodes=${[three, one]}></access-code-table></div>`)
    const el = box.querySelector<AccessCodeTable>('access-code-table')!
    await waitUntil(() => shown(el, 'busy').length > 0, 'chips')
    await frame()
    await el.updateComplete
    const narrow = shown(el, 'busy')
    // At 1,100 px the column holds one or two of the three titles whole, not two cut ones.
    expect(narrow.length).to.be.within(1, 2)
    for (const chip of narrow) expect(whole(chip), chip.textContent!).to.equal(true)
    expect(more(el, 'busy')).to.equal(`+${3 - narrow.length}`)

    box.style.width = '2400px'
    await waitUntil(() => shown(el, 'busy').length === 3, 'all three once there is room')
    expect(more(el, 'busy'), 'no "+N" when every chip is shown').to.equal(undefined)
    for (const chip of shown(el, 'busy')) expect(whole(chip), chip.textContent!).to.equal(true)

    box.style.width = '1100px'
    await waitUntil(() => shown(el, 'busy').length === narrow.length, 'back to what fits')
    // A row of one chip never gains "+N".
    expect(shown(el, 'one')).to.have.length(1)
    expect(more(el, 'one')).to.equal(undefined)
  })

  it('keeps focus in the row when room for every chip takes away the "+N" that had it', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 1100px"><access-code-table locale="en" .accessCodes=${[three, one]}></access-code-table></div>`)
    const el = box.querySelector<AccessCodeTable>('access-code-table')!
    await waitUntil(() => more(el, 'busy') !== undefined, '"+N"')
    el.shadowRoot!.querySelector<HTMLElement>('[data-id="busy"] .chip.more')!.focus()
    box.style.width = '2400px'
    await waitUntil(() => shown(el, 'busy').length === 3, 'all three once there is room')
    await el.updateComplete
    const focused = el.shadowRoot!.activeElement
    expect(focused, 'focus stays in the element').to.not.equal(null)
    expect(focused!.closest('[data-id]')?.getAttribute('data-id'), 'in the same row').to.equal('busy')
    expect(focused!.matches('[part~=issue]'), 'on its last chip').to.equal(true)
    expect(focused).to.equal(shown(el, 'busy').at(-1))
  })

  it('shows one chip, cut, where not even one fits, with "+N" still in view', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 700px"><access-code-table locale="en" .accessCodes=${[three]}></access-code-table></div>`)
    const el = box.querySelector<AccessCodeTable>('access-code-table')!
    await waitUntil(() => shown(el, 'busy').length > 0, 'chips')
    await frame()
    await el.updateComplete
    expect(shown(el, 'busy')).to.have.length(1)
    expect(more(el, 'busy')).to.equal('+2')
    const plus = el.shadowRoot!.querySelector<HTMLElement>('[data-id="busy"] .chip.more')!
    const cell = plus.closest('td')!.getBoundingClientRect()
    expect(plus.getBoundingClientRect().right, '"+2" inside its cell').to.be.at.most(cell.right + 0.5)
  })

  it('measures the titles again when fonts arrive: wider letters, fewer chips, still whole', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 2400px"><access-code-table locale="en" .accessCodes=${[three]}></access-code-table></div>`)
    const el = box.querySelector<AccessCodeTable>('access-code-table')!
    await waitUntil(() => shown(el, 'busy').length === 3, 'all three')
    // A web font in place of the fallback: wider titles in a cell as wide as before. (Here
    // the taller chips resize the cell too; a font of the same height is caught by the
    // fonts' loadingdone alone.)
    const sheet = document.createElement('style')
    sheet.textContent = 'access-code-table::part(issue) { font-size: 40px }'
    document.head.append(sheet)
    try {
      document.fonts.dispatchEvent(new Event('loadingdone'))
      await waitUntil(() => shown(el, 'busy').length < 3, 'fewer once measured again')
      for (const chip of shown(el, 'busy')) expect(whole(chip), chip.textContent!).to.equal(true)
    } finally {
      sheet.remove()
    }
  })

  describe('in <unmanaged-code-list>', () => {
    afterEach(() => resetSessions())
    const listCode = (access_code_id: string) =>
      unmanagedCode({ access_code_id, name: access_code_id, errors: three.errors as never })

    it('follows the row as the list widens, and shows one chip in a row whose delete question is open', async () => {
      const { client } = stubClient({ unmanaged: [listCode('u1'), listCode('u2')], devices: [device({ device_id: 'd1' })] })
      const box = await fixture<HTMLDivElement>(
        html`<div style="width: 1100px"><unmanaged-code-list device-id="d1" poll-interval="0" locale="en" .client=${client}></unmanaged-code-list></div>`,
      )
      const el = box.querySelector<UnmanagedCodeList>('unmanaged-code-list')!
      await waitUntil(() => shown(el, 'u1').length > 0, 'chips', { timeout: 5000 })
      await frame()
      await el.updateComplete
      // At 1,100 px a list row holds one or two of the three titles whole.
      const narrow = shown(el, 'u1').length
      expect(narrow).to.be.within(1, 2)
      for (const chip of shown(el, 'u1')) expect(whole(chip), chip.textContent!).to.equal(true)
      expect(more(el, 'u1')).to.equal(`+${3 - narrow}`)

      box.style.width = '2600px'
      await waitUntil(() => shown(el, 'u1').length === 3, 'all three once there is room')
      expect(more(el, 'u1')).to.equal(undefined)
      for (const chip of shown(el, 'u1')) expect(whole(chip), chip.textContent!).to.equal(true)

      // The open question narrows its row: one chip and "+2" there, every other row as before.
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-id="u2"] button.danger')!.click()
      await waitUntil(() => shown(el, 'u2').length === 1, 'one chip beside the question')
      expect(more(el, 'u2')).to.equal('+2')
      expect(shown(el, 'u1')).to.have.length(3)
    })
  })
})

describe('<access-code-table> between cards and 1,000 px', () => {
  it('gives the creation date\'s room to the others, and keeps the column while the rows are sorted by it', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 1200px"><access-code-table locale="en" .accessCodes=${[three, one]}></access-code-table></div>`)
    const el = box.querySelector<AccessCodeTable>('access-code-table')!
    await el.updateComplete
    const header = () => el.shadowRoot!.querySelector<HTMLElement>('th.created')!
    const cells = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('td.created')]
    expect(header().checkVisibility()).to.equal(true)
    box.style.width = '900px'
    await waitUntil(() => !header().checkVisibility(), 'hidden at 900 px')
    expect(cells().every((c) => !c.checkVisibility())).to.equal(true)
    // The columns left fill the table: no gap where the date was.
    const table = el.shadowRoot!.querySelector('table')!.getBoundingClientRect()
    const last = [...el.shadowRoot!.querySelectorAll<HTMLElement>('thead th')].filter((th) => th.checkVisibility()).at(-1)!.getBoundingClientRect()
    expect(Math.abs(last.right - table.right)).to.be.below(1)
    // Sorted by the date at a wide width, then narrowed: the header of the order shown stays.
    box.style.width = '1200px'
    await waitUntil(() => header().checkVisibility(), 'back at 1,200 px')
    header().querySelector<HTMLButtonElement>('button.sort')!.click()
    await el.updateComplete
    expect(header().getAttribute('aria-sort')).to.equal('ascending')
    box.style.width = '900px'
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
    expect(header().checkVisibility(), 'kept while sorted by it').to.equal(true)
  })

})

import { expect, fixture, html, waitUntil } from '@open-wc/testing'
import { emulateMedia, setViewport } from '@web/test-runner-commands'
import '../../src/index.js'
import type { AccessCodeTable } from '../../src/elements/access-code-table/access-code-table.js'
import type { ConvertCodeDialog } from '../../src/elements/convert-code-dialog/convert-code-dialog.js'
import type { UnmanagedCodeList } from '../../src/elements/unmanaged-code-list/unmanaged-code-list.js'
import { SeamApiError } from '../../src/api/errors.js'
import { resetSessions } from '../../src/state/registry.js'
import { offlineClient, pendingClient } from '../../stories/helpers.js'
import { CODES, DEMO, resetBackend } from '../helpers/backend.js'
import { stubClient, unmanagedCode } from '../helpers/stub-client.js'
import { skipIn } from '../support/engine.js'

const NO_MEDIA_EMULATION = 'WebKitWebDriver has no command to emulate media features, and MiniBrowser takes --dark-mode only at launch'

const session = (inner: unknown) => html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">${inner}</seam-provider>`
const settled = (el: Element) =>
  waitUntil(() => el.shadowRoot?.querySelector('[part~=row], [part=empty], [part=error]'), 'settled', { timeout: 8000 })

for (const scheme of ['light', 'dark'] as const) {
  describe(`axe in every state, ${scheme} scheme`, () => {
    before(async function () {
      if (scheme === 'dark') skipIn(this, ['webkit'], NO_MEDIA_EMULATION)
      await emulateMedia({ colorScheme: scheme })
    })
    after(() => emulateMedia({ colorScheme: 'light' }))
    beforeEach(async () => {
      resetSessions()
      await resetBackend()
    })

    it('table: loaded with issues, empty, loading, failed', async () => {
      const states = [
        session(html`<access-code-table device-id=${DEMO.devices.august}></access-code-table>`),
        session(html`<access-code-table device-id=${DEMO.devices.kwikset}></access-code-table>`),
        html`<access-code-table device-id="d1" .client=${pendingClient()}></access-code-table>`,
        html`<access-code-table device-id="d1" .client=${offlineClient()}></access-code-table>`,
      ]
      for (const state of states) {
        const root = await fixture(state)
        const el = root.localName === 'access-code-table' ? root : root.querySelector('access-code-table')!
        if (el.shadowRoot!.querySelector('[part=loading]') == null) await settled(el)
        await expect(el).to.be.accessible()
      }
    })

    it('list: with actions and reasons, empty, provider without unmanaged codes, failed', async () => {
      for (const device of [DEMO.devices.august, DEMO.devices.bulk, DEMO.devices.kwikset, DEMO.devices.smartthings]) {
        const root = await fixture(session(html`<unmanaged-code-list device-id=${device}></unmanaged-code-list>`))
        const el = root.querySelector<UnmanagedCodeList>('unmanaged-code-list')!
        await settled(el)
        await expect(el).to.be.accessible()
      }
      const failed = await fixture(html`<unmanaged-code-list device-id="d1" .client=${offlineClient()}></unmanaged-code-list>`)
      await settled(failed)
      await expect(failed).to.be.accessible()
    })

    it('dialog: confirm with force, converted, failed, request failed', async () => {
      const code = unmanagedCode({ access_code_id: 'u1', warnings: [{ warning_code: 'management_transferred', message: 'm', created_at: '' } as never] })
      const outcomes = [
        () => {},
        (s: ReturnType<typeof stubClient>) => s.fail('unmanaged.convertToManaged', new SeamApiError({ status: 409, type: 'x', message: 'Busy.' })),
      ]
      for (const setup of outcomes) {
        const stub = stubClient({ unmanaged: [code] })
        setup(stub)
        const el = await fixture<ConvertCodeDialog>(html`<convert-code-dialog .client=${stub.client}></convert-code-dialog>`)
        el.show(code)
        await el.updateComplete
        await expect(el).to.be.accessible()
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click()
        await waitUntil(() => /now managed|could not be started/.test(el.shadowRoot!.textContent!), 'outcome')
        await expect(el).to.be.accessible()
        el.close()
      }
      const failing = await fixture(session(html`<convert-code-dialog access-code-id=${CODES['unmanagedCabin']}></convert-code-dialog>`))
      const dialog = failing.querySelector<ConvertCodeDialog>('convert-code-dialog')!
      dialog.show()
      await waitUntil(() => dialog.shadowRoot!.querySelector('[part=confirm-button]:not([disabled])'), 'ready')
      dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click()
      await waitUntil(() => /could not be converted/.test(dialog.shadowRoot!.textContent!), 'failed', { timeout: 8000 })
      await expect(dialog).to.be.accessible()
    })
  })
}

describe('small screens, zoom and right-to-left', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
  })
  after(() => setViewport({ width: 800, height: 600 }))

  for (const width of [320, 640]) {
    it(`at ${width} px wide (${width === 640 ? '200 % zoom of 1280' : 'a small phone'}) nothing scrolls sideways`, async function () {
      if (width < 447) skipIn(this, ['webkit'], "MiniBrowser's toolbar keeps its window at least 447 px wide")
      await setViewport({ width, height: 800 })
      const root = await fixture(session(html`<access-code-table device-id=${DEMO.devices.august}></access-code-table>
        <unmanaged-code-list device-id=${DEMO.devices.august}></unmanaged-code-list>`))
      const table = root.querySelector<AccessCodeTable>('access-code-table')!
      await settled(table)
      await settled(root.querySelector('unmanaged-code-list')!)
      expect(document.documentElement.scrollWidth).to.be.at.most(width)
      expect(getComputedStyle(table.shadowRoot!.querySelector('thead')!).display).to.equal('none')
      await expect(table).to.be.accessible()
    })
  }

  it('right-to-left: labels sit at the start edge and the page stays accessible', async () => {
    await setViewport({ width: 1000, height: 800 })
    const root = await fixture(html`<div dir="rtl" lang="ar">${session(html`<access-code-table device-id=${DEMO.devices.august}></access-code-table>`)}</div>`)
    const table = root.querySelector<AccessCodeTable>('access-code-table')!
    await settled(table)
    const th = table.shadowRoot!.querySelector('th')!
    const cells = table.shadowRoot!.querySelectorAll('th')
    expect(getComputedStyle(th).direction).to.equal('rtl')
    // The first column (name) is on the right in right-to-left.
    expect(cells[0]!.getBoundingClientRect().left).to.be.greaterThan(cells[1]!.getBoundingClientRect().left)
    await expect(table).to.be.accessible()
  })

  it('forced colours: chips and buttons keep a visible system-colour border, and axe passes', async function () {
    skipIn(this, ['webkit'], NO_MEDIA_EMULATION)
    await emulateMedia({ forcedColors: 'active' })
    try {
      const root = await fixture(session(html`<access-code-table device-id=${DEMO.devices.august}></access-code-table>`))
      const table = root.querySelector<AccessCodeTable>('access-code-table')!
      await settled(table)
      const chip = table.shadowRoot!.querySelector<HTMLElement>('[part~=issue]')!
      const style = getComputedStyle(chip)
      expect(style.borderTopStyle).to.equal('solid')
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(1)
      await expect(table).to.be.accessible()
    } finally {
      await emulateMedia({ forcedColors: 'none' })
    }
  })

  it('respects prefers-reduced-motion', async function () {
    skipIn(this, ['webkit'], NO_MEDIA_EMULATION)
    await emulateMedia({ reducedMotion: 'reduce' })
    const el = await fixture<AccessCodeTable>(html`<access-code-table device-id="d1" .client=${pendingClient()}></access-code-table>`)
    expect(getComputedStyle(el.shadowRoot!.querySelector('.skeleton')!).animationName).to.equal('none')
    await emulateMedia({ reducedMotion: 'no-preference' })
  })
})

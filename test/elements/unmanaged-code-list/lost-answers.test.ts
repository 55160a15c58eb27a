import { expect, waitUntil } from '@open-wc/testing'
import '../../../src/index.js'
import type { UnmanagedCodeList } from '../../../src/elements/unmanaged-code-list/unmanaged-code-list.js'
import { resetSessions } from '../../../src/state/registry.js'
import { CODES, DEMO, injectFaults, resetBackend } from '../../helpers/backend.js'
import { badBodies } from '../../helpers/bad-answers.js'
import { badListSuite, lostAnswerSuite, mountList, partOf, rowDeleteDriver, rowsOf, type WriteDriver } from '../../helpers/lost-answers.js'

lostAnswerSuite(
  '<unmanaged-code-list> deleting an unmanaged code',
  rowDeleteDriver({
    tag: 'unmanaged-code-list',
    deviceId: DEMO.devices.august,
    codeId: CODES['unmanagedFront1']!,
    route: '/access_codes/unmanaged/delete',
    checkRoutes: ['/access_codes/unmanaged/get'],
    listRoute: '/access_codes/unmanaged/list',
    event: 'unmanaged-code-deleted',
    deleteButton: '.actions > button.danger',
  }),
)

/** "Convert all": the first code's answer is the one lost (the faults hit the first request). */
function convertAllDriver(): WriteDriver {
  const id = CODES['unmanagedFront1']!
  let el!: UnmanagedCodeList
  let converted = 0
  const row = () => el.shadowRoot!.querySelector<HTMLElement>(`[part~=row][data-id="${id}"]`)
  const bulkButton = () => el.shadowRoot!.querySelector<HTMLButtonElement>('.bulk button')
  const failed = () => /could not be started|could not be converted/.test(row()?.textContent ?? '')
  const run = async () => {
    bulkButton()!.click()
    await el.updateComplete
  }
  return {
    route: '/access_codes/unmanaged/convert_to_managed',
    checkRoutes: ['/events/list', '/access_codes/unmanaged/get', '/access_codes/get'],
    listRoute: '/access_codes/unmanaged/list',
    // The lock's three codes that can be converted, one request each.
    sends: 3,
    async mount(store) {
      el = await mountList<UnmanagedCodeList>('unmanaged-code-list', DEMO.devices.august, store)
      el.addEventListener('unmanaged-code-converted', (e) => {
        if ((e as CustomEvent<{ accessCode: { access_code_id: string } }>).detail.accessCode.access_code_id === id) converted++
      })
      await waitUntil(() => bulkButton(), '"Convert all"', { timeout: 5000 })
    },
    start: run,
    retry: run,
    // Converted, and the run over: its outcome is said in the bar.
    succeeded: () => converted > 0 && !failed() && /\d converted,/.test(el.shadowRoot!.querySelector('.bulk .progress')?.textContent ?? ''),
    events: () => converted,
    checking: () => /checking with Seam/.test(row()?.textContent ?? ''),
    failed,
    tryAgain: () => {
      const button = bulkButton()
      return failed() && button && !button.disabled ? button : null
    },
    checkAgain: () => row()?.querySelector<HTMLButtonElement>('button[data-action="check-conversion"]') ?? null,
    text: () => el.shadowRoot!.textContent ?? '',
    shown: () => row() != null,
  }
}

lostAnswerSuite('<unmanaged-code-list> "Convert all"', convertAllDriver)

badListSuite('<unmanaged-code-list>', {
  tag: 'unmanaged-code-list',
  route: '/access_codes/unmanaged/list',
  query: (store, deviceId) => store.unmanagedCodes(deviceId),
})

describe('<unmanaged-code-list> with a lock it cannot read', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
  })
  afterEach(() => injectFaults([]))

  for (const { what, body } of badBodies('device', 'object', 'device_id')) {
    it(`devices/get answering ${what}: the codes are still listed, never "no codes"`, async () => {
      await injectFaults([{ path: '/devices/get', body }])
      const el = await mountList<UnmanagedCodeList>('unmanaged-code-list', DEMO.devices.august)
      expect(partOf(el, 'empty')).to.equal(null)
      expect(rowsOf(el).length).to.be.greaterThan(0)
    })
  }
})

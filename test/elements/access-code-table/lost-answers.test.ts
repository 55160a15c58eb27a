import { waitUntil } from '@open-wc/testing'
import '../../../src/index.js'
import type { AccessCodeTable } from '../../../src/elements/access-code-table/access-code-table.js'
import { CODES, DEMO } from '../../helpers/backend.js'
import { chipWithTitle } from '../../helpers/chips.js'
import { badListSuite, lostAnswerSuite, mountList, rowDeleteDriver, type WriteDriver } from '../../helpers/lost-answers.js'

lostAnswerSuite(
  '<access-code-table> deleting a managed code',
  rowDeleteDriver({
    tag: 'access-code-table',
    deviceId: DEMO.devices.august,
    codeId: CODES['presentSet']!,
    route: '/access_codes/delete',
    checkRoutes: ['/access_codes/get'],
    listRoute: '/access_codes/list',
    event: 'access-code-deleted',
    deleteButton: '.actions button.danger',
  }),
)

/** "Use a backup code" for a code the lock could not set: the table's dialog asks, then pulls. */
function backupDriver(): WriteDriver {
  const id = CODES['chicagoFailed']!
  let el!: AccessCodeTable
  let pulled = 0
  const dialog = () => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog[part~=dialog]')
  const button = (part: string) => dialog()?.querySelector<HTMLButtonElement>(`[part~=${part}]`) ?? null
  const text = () => dialog()?.textContent ?? ''
  const failed = () => /No backup code could be pulled/.test(text())
  const run = async () => {
    button('confirm-button')!.click()
    await el.updateComplete
  }
  return {
    route: '/access_codes/pull_backup_access_code',
    checkRoutes: ['/access_codes/get'],
    async mount(store) {
      el = await mountList<AccessCodeTable>('access-code-table', DEMO.devices.chicago, store)
      el.addEventListener('access-code-backup-pulled', () => pulled++)
      // The remedy of the code's "not set" chip opens the dialog.
      const row = el.shadowRoot!.querySelector<HTMLElement>(`[part~=row][data-id="${id}"]`)!
      const chip = chipWithTitle(row, 'Code not set on the lock')!
      chip.dispatchEvent(new MouseEvent('mouseenter'))
      const remedy = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=explanation] [data-remedy]')
      await waitUntil(remedy, 'the remedy', { timeout: 5000 })
      remedy()!.click()
      await waitUntil(() => dialog()?.open && button('confirm-button'), 'the backup dialog', { timeout: 5000 })
    },
    start: run,
    retry: run,
    succeeded: () => pulled > 0 && dialog()?.querySelector('[part=code]') != null,
    events: () => pulled,
    checking: () => /checking with Seam/.test(text()),
    failed,
    tryAgain: () => {
      const confirm = button('confirm-button')
      return confirm && /Try again/.test(confirm.textContent ?? '') ? confirm : null
    },
    checkAgain: () => button('check-button'),
    text,
  }
}

lostAnswerSuite('<access-code-table> pulling a backup code', backupDriver)

badListSuite('<access-code-table>', {
  tag: 'access-code-table',
  route: '/access_codes/list',
  query: (store, deviceId) => store.accessCodes(deviceId),
  noCodes: /0 codes|no access codes/,
})

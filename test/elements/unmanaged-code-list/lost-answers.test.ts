import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing'
import fc from 'fast-check'
import '../../../src/index.js'
import type { UnmanagedCodeList } from '../../../src/elements/unmanaged-code-list/unmanaged-code-list.js'
import type { SessionStore } from '../../../src/state/store.js'
import { resetSessions } from '../../../src/state/registry.js'
import { CODES, DEMO, injectFaults, resetBackend } from '../../helpers/backend.js'
import { badBodies, badBody, goodAnswers, routedClient } from '../../helpers/bad-answers.js'
import { lostAnswerSuite, lostClient, type WriteDriver } from '../../helpers/lost-answers.js'

const rows = (el: UnmanagedCodeList) => el.shadowRoot!.querySelectorAll('[part~=row]')
const part = (el: UnmanagedCodeList, name: string) => el.shadowRoot!.querySelector(`[part=${name}]`)

async function mountList(store?: SessionStore): Promise<UnmanagedCodeList> {
  const el = store
    ? await fixture<UnmanagedCodeList>(html`<unmanaged-code-list device-id=${DEMO.devices.august} poll-interval="0" .sessionStore=${store}></unmanaged-code-list>`)
    : await fixture(html`<seam-provider .client=${lostClient()}>
        <unmanaged-code-list device-id=${DEMO.devices.august} poll-interval="0"></unmanaged-code-list>
      </seam-provider>`).then((p) => p.querySelector<UnmanagedCodeList>('unmanaged-code-list')!)
  await waitUntil(() => rows(el).length > 0, 'rows', { timeout: 10_000 })
  return el
}

function listDriver(): WriteDriver {
  const id = CODES['unmanagedFront1']!
  let el!: UnmanagedCodeList
  let deleted = 0
  const row = () => el.shadowRoot!.querySelector<HTMLElement>(`[part~=row][data-id="${id}"]`)
  const deleteButton = () => row()?.querySelector<HTMLButtonElement>('.actions > button.danger') ?? null
  const run = async () => {
    deleteButton()!.click()
    await el.updateComplete
    row()!.querySelector<HTMLButtonElement>('.confirm button.danger')!.click()
    await el.updateComplete
  }
  const failed = () => /Could not delete/.test(row()?.textContent ?? '')
  return {
    route: '/access_codes/unmanaged/delete',
    checkRoutes: ['/access_codes/unmanaged/get'],
    listRoute: '/access_codes/unmanaged/list',
    async mount(store) {
      el = await mountList(store)
      el.addEventListener('unmanaged-code-deleted', () => deleted++)
    },
    start: run,
    retry: run,
    succeeded: () => row() == null && deleted > 0,
    events: () => deleted,
    checking: () => /checking with Seam/.test(row()?.textContent ?? ''),
    failed,
    tryAgain: () => (failed() ? deleteButton() : null),
    checkAgain: () => row()?.querySelector<HTMLButtonElement>('button.check-again') ?? null,
    text: () => el.shadowRoot!.textContent ?? '',
  }
}

lostAnswerSuite('<unmanaged-code-list> deleting an unmanaged code', listDriver)

describe('<unmanaged-code-list> with answers it cannot read', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
  })
  afterEach(() => injectFaults([]))

  for (const { what, body } of badBodies('access_codes', 'list')) {
    it(`access_codes/unmanaged/list answering ${what}: says so, keeps the rows on a refresh, never "no codes"`, async () => {
      const el = await mountList()
      const shown = rows(el).length
      await injectFaults([{ path: '/access_codes/unmanaged/list', body }])
      await el.sessionStore!.unmanagedCodes(DEMO.devices.august).refresh()
      await el.updateComplete
      expect(rows(el).length).to.equal(shown)
      expect(el.shadowRoot!.querySelector('.stale')!.textContent).to.match(/could not read/)
      expect(part(el, 'empty')).to.equal(null)

      resetSessions()
      const first = await fixture(html`<seam-provider .client=${lostClient()}>
        <unmanaged-code-list device-id=${DEMO.devices.august} poll-interval="0"></unmanaged-code-list>
      </seam-provider>`).then((p) => p.querySelector<UnmanagedCodeList>('unmanaged-code-list')!)
      await waitUntil(() => part(first, 'error'), 'error block', { timeout: 5000 })
      expect(part(first, 'error')!.textContent).to.match(/Seam sent an answer the kit could not read/)
      expect(part(first, 'empty')).to.equal(null)
      await injectFaults([])
      part(first, 'error')!.querySelector('button')!.click()
      await waitUntil(() => rows(first).length > 0, 'rows after Try again', { timeout: 5000 })
    })
  }

  for (const { what, body } of badBodies('device', 'object', 'device_id')) {
    it(`devices/get answering ${what}: the codes are still listed, never "no codes"`, async () => {
      await injectFaults([{ path: '/devices/get', body }])
      const el = await mountList()
      expect(part(el, 'empty')).to.equal(null)
      expect(rows(el).length).to.be.greaterThan(0)
    })
  }

  it('any malformed list answer (fast-check): never the empty state, always an error part, nothing thrown', async () => {
    const uncaught: unknown[] = []
    const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message)
    const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason)
    window.addEventListener('error', onError)
    window.addEventListener('unhandledrejection', onRejection)
    try {
      await fc.assert(
        fc.asyncProperty(badBody('access_codes', 'list'), async (bad) => {
          resetSessions()
          const { client, answers } = routedClient()
          answers['/access_codes/unmanaged/list'] = bad
          const el = await fixture<UnmanagedCodeList>(html`<unmanaged-code-list device-id="d1" poll-interval="0" .client=${client}></unmanaged-code-list>`)
          await waitUntil(() => part(el, 'error') || part(el, 'empty') || rows(el).length > 0, 'settled', { timeout: 3000 })
          expect(part(el, 'empty'), JSON.stringify(bad)).to.equal(null)
          expect(part(el, 'error')!.textContent).to.match(/could not read/)
          answers['/access_codes/unmanaged/list'] = goodAnswers()['/access_codes/unmanaged/list']!
          part(el, 'error')!.querySelector('button')!.click()
          await waitUntil(() => rows(el).length === 2, 'rows', { timeout: 3000 })
          answers['/access_codes/unmanaged/list'] = bad
          await el.sessionStore!.unmanagedCodes('d1').refresh()
          await el.updateComplete
          expect(rows(el).length).to.equal(2)
          expect(el.shadowRoot!.querySelector('.stale')!.textContent).to.match(/could not read/)
          expect(part(el, 'empty')).to.equal(null)
          expect(uncaught.map(String)).to.deep.equal([])
          fixtureCleanup()
        }),
        { numRuns: 60 },
      )
    } finally {
      window.removeEventListener('error', onError)
      window.removeEventListener('unhandledrejection', onRejection)
    }
  })
})

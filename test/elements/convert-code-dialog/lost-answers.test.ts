import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing'
import fc from 'fast-check'
import '../../../src/index.js'
import type { ConvertCodeDialog } from '../../../src/elements/convert-code-dialog/convert-code-dialog.js'
import type { SessionStore } from '../../../src/state/store.js'
import { resetSessions } from '../../../src/state/registry.js'
import { CODES, injectFaults, resetBackend } from '../../helpers/backend.js'
import { badBodies, badBody, goodAnswers, routedClient } from '../../helpers/bad-answers.js'
import { lostAnswerSuite, mountWith, withoutUncaught, type WriteDriver } from '../../helpers/lost-answers.js'

const shadow = (el: ConvertCodeDialog) => el.shadowRoot!
const confirmButton = (el: ConvertCodeDialog) => shadow(el).querySelector<HTMLButtonElement>('[part=confirm-button]')
const ready = (el: ConvertCodeDialog) => waitUntil(() => shadow(el).querySelector('[part=confirm-button]:not([disabled])'), 'ready', { timeout: 10_000 })

const mountDialog = (store?: SessionStore) => mountWith<ConvertCodeDialog>('convert-code-dialog', {}, store)

function dialogDriver(): WriteDriver {
  let el!: ConvertCodeDialog
  let converted = 0
  const text = () => shadow(el).textContent ?? ''
  const failed = () => /could not be started|could not be converted/.test(text())
  const run = async () => {
    confirmButton(el)!.click()
    await el.updateComplete
  }
  return {
    route: '/access_codes/unmanaged/convert_to_managed',
    checkRoutes: ['/events/list', '/access_codes/unmanaged/get', '/access_codes/get'],
    async mount(store) {
      el = await mountDialog(store)
      el.addEventListener('unmanaged-code-converted', () => converted++)
      el.show(CODES['unmanagedFront1']!)
      await ready(el)
    },
    start: run,
    retry: run,
    succeeded: () => converted > 0 && /now managed by Seam/.test(text()),
    events: () => converted,
    checking: () => /Checking with Seam whether the code was converted/.test(text()),
    failed,
    tryAgain: () => {
      const button = confirmButton(el)
      return button && /Try again/.test(button.textContent ?? '') ? button : null
    },
    checkAgain: () => shadow(el).querySelector<HTMLButtonElement>('[part=check-button]'),
    text,
  }
}

lostAnswerSuite('<convert-code-dialog> converting an unmanaged code', dialogDriver)

describe('<convert-code-dialog> with answers it cannot read', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
  })
  afterEach(() => injectFaults([]))

  for (const { what, body } of badBodies('access_code', 'object')) {
    it(`access_codes/unmanaged/get answering ${what}: says so with "Try again", never a code made of it`, async () => {
      await injectFaults([{ path: '/access_codes/unmanaged/get', body }])
      const el = await mountDialog()
      el.show(CODES['unmanagedFront1']!)
      await waitUntil(() => shadow(el).querySelector('[part=error]'), 'error shown', { timeout: 5000 })
      expect(shadow(el).querySelector('[part=error]')!.textContent).to.match(/Seam sent an answer the kit could not read/)
      expect(shadow(el).querySelector('.summary')).to.equal(null)
      expect(confirmButton(el)!.disabled).to.equal(true)
      await injectFaults([])
      shadow(el).querySelector<HTMLButtonElement>('button.reload')!.click()
      await ready(el)
      // Loaded, then the same answer on a refresh: the code stays, and it can still be converted.
      await injectFaults([{ path: '/access_codes/unmanaged/get', body }])
      await el.sessionStore!.unmanagedCode(CODES['unmanagedFront1']!).refresh()
      await el.updateComplete
      expect(shadow(el).querySelector('.summary')).not.to.equal(null)
      expect(confirmButton(el)!.disabled).to.equal(false)
    })
  }

  for (const { what, body } of badBodies('device', 'object', 'device_id')) {
    it(`devices/get answering ${what}: the code is still shown and can be converted`, async () => {
      await injectFaults([{ path: '/devices/get', body }])
      const el = await mountDialog()
      el.show(CODES['unmanagedFront1']!)
      await ready(el)
      expect(shadow(el).querySelector('.summary .name')!.textContent).not.to.equal('')
    })
  }

  it('any malformed answer for the code (fast-check): never a code made of it, always an error part, nothing thrown', () =>
    withoutUncaught((uncaught) =>
      fc.assert(
        fc.asyncProperty(badBody('access_code', 'object'), async (bad) => {
          resetSessions()
          const { client, answers } = routedClient()
          answers['/access_codes/unmanaged/get'] = bad
          const el = await fixture<ConvertCodeDialog>(html`<convert-code-dialog .client=${client}></convert-code-dialog>`)
          el.show('u1')
          await waitUntil(() => shadow(el).querySelector('[part=error], .summary'), 'settled', { timeout: 3000 })
          expect(shadow(el).querySelector('.summary'), JSON.stringify(bad)).to.equal(null)
          expect(shadow(el).querySelector('[part=error]')!.textContent).to.match(/could not read/)
          answers['/access_codes/unmanaged/get'] = goodAnswers()['/access_codes/unmanaged/get']!
          shadow(el).querySelector<HTMLButtonElement>('button.reload')!.click()
          await waitUntil(() => shadow(el).querySelector('.summary'), 'the code', { timeout: 3000 })
          answers['/access_codes/unmanaged/get'] = bad
          await el.sessionStore!.unmanagedCode('u1').refresh()
          await el.updateComplete
          expect(shadow(el).querySelector('.summary')).not.to.equal(null)
          expect(uncaught.map(String)).to.deep.equal([])
          el.close()
          fixtureCleanup()
        }),
        { numRuns: 60 },
      ),
    ))
})

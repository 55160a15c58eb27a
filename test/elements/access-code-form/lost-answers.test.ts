import { expect, waitUntil } from '@open-wc/testing'
import '../../../src/index.js'
import type { AccessCodeForm } from '../../../src/elements/access-code-form/access-code-form.js'
import { CODES, DEMO, configureBackend, injectFaults, resetBackend } from '../../helpers/backend.js'
import { count, fastStore, lostAnswerSuite, mountWith, type WriteDriver } from '../../helpers/lost-answers.js'
import { resetSessions } from '../../../src/state/registry.js'
import { field, part, ready, root, text, type } from './helpers.js'

const NAME = 'Guest: Lost answer'
const PIN = '358147'

/** The form creating a code on a lock, or editing one, as a person fills it in. */
function formDriver(editing: boolean): () => WriteDriver {
  return () => {
    let el!: AccessCodeForm
    let saved = 0
    const failed = () => root(el).querySelector('.refusal') != null
    const submit = async () => {
      part(el, 'submit-button').click()
      await el.updateComplete
    }
    return {
      route: editing ? '/access_codes/update' : '/access_codes/create',
      // Create looks for the new code in the lock's list; update reads the code back.
      checkRoutes: [editing ? '/access_codes/get' : '/access_codes/list'],
      async mount(store) {
        const attrs: Record<string, string> = editing ? { 'access-code-id': CODES['chicagoMorning']! } : { 'device-id': DEMO.devices.paris }
        el = await mountWith<AccessCodeForm>('access-code-form', { ...attrs, locale: 'en-GB' }, store)
        // The lock (and the code) load first; three engines at once on a busy machine take their time.
        await waitUntil(() => root(el).querySelector('form'), 'the form', { timeout: 20_000 })
        el.addEventListener(editing ? 'access-code-updated' : 'access-code-created', () => saved++)
        await type(el, 'name', NAME)
        if (!editing) await type(el, 'pin', PIN)
      },
      start: submit,
      retry: submit,
      succeeded: () => saved > 0 && root(el).querySelector('.saved') != null,
      events: () => saved,
      checking: () => /checking with Seam/.test(text(el)),
      failed,
      tryAgain: () => (failed() ? part<HTMLButtonElement>(el, 'submit-button') : null),
      checkAgain: () => root(el).querySelector<HTMLButtonElement>('[part~=check-button]'),
      text: () => text(el),
      kept: () => field(el, 'name').value === NAME && (editing || field(el, 'pin').value === PIN),
    }
  }
}

lostAnswerSuite('<access-code-form> creating a code', formDriver(false))
lostAnswerSuite('<access-code-form> editing a code', formDriver(true))

/**
 * A form filled in for a new code, its create's answer to be lost (504 after
 * Seam acted) and every check to fail: its save ends unconfirmed.
 */
async function filledWhileSeamIsDown(): Promise<AccessCodeForm> {
  const el = await ready(await mountWith<AccessCodeForm>('access-code-form', { 'device-id': DEMO.devices.paris, locale: 'en-GB' }, fastStore()))
  await type(el, 'name', NAME)
  await type(el, 'pin', PIN)
  await injectFaults([
    { path: '/access_codes/create', status: 504, after: true, times: 1 },
    { path: '/access_codes/list', status: 500 },
  ])
  return el
}

describe('<access-code-form> while the outcome of a save is unknown', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
    await configureBackend({ delayMs: 100 })
  })
  afterEach(() => injectFaults([]))

  it('Enter asks Seam again instead of sending the create a second time; the form says so and stays accessible', async () => {
    const el = await filledWhileSeamIsDown()
    part(el, 'submit-button').click()
    await waitUntil(() => root(el).querySelector('[part~=check-button]'), '"Check again"', { timeout: 10_000 })
    expect(root(el).querySelector('[part~=submit-button]'), 'no Submit while the outcome is unknown').to.equal(null)
    expect(root(el).querySelector('.unconfirmed')!.textContent).to.match(/could not be confirmed yet whether the code was saved/)
    await expect(el).to.be.accessible()
    const listsBefore = await count('/access_codes/list')
    // Enter in a field submits the form: it checks, it does not create.
    root(el).querySelector('form')!.requestSubmit()
    await waitUntil(async () => (await count('/access_codes/list')) > listsBefore, 'asked Seam again', { timeout: 10_000 })
    await waitUntil(() => root(el).querySelector('[part~=check-button]'), '"Check again" back', { timeout: 10_000 })
    expect(await count('/access_codes/create')).to.equal(1)
    expect(field(el, 'pin').value).to.equal(PIN)
  })

  it('focus stays on the form\'s button from Save to "Check again" and through the check', async () => {
    const el = await filledWhileSeamIsDown()
    const save = part<HTMLButtonElement>(el, 'submit-button')
    save.focus()
    save.click()
    await waitUntil(() => root(el).querySelector('[part~=check-button]'), '"Check again"', { timeout: 10_000 })
    const check = root(el).querySelector<HTMLButtonElement>('[part~=check-button]')!
    expect(root(el).activeElement, 'still on the button').to.equal(check)
    check.click()
    await waitUntil(() => root(el).querySelector('[part~=submit-button]'), 'checking', { timeout: 10_000 })
    await waitUntil(() => root(el).querySelector('[part~=check-button]'), '"Check again" back', { timeout: 10_000 })
    expect(root(el).activeElement, 'and after the check').to.equal(root(el).querySelector('[part~=check-button]'))
  })
})

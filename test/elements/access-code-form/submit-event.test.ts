import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing'
import '../../../src/elements/access-code-form/define.js'
import type { AccessCodeForm } from '../../../src/elements/access-code-form/access-code-form.js'
import { resetSessions } from '../../../src/state/registry.js'
import { DEMO, backendRequests, resetBackend } from '../../helpers/backend.js'
import { field, part, ready, submit, type } from './helpers.js'

// access-code-submit: a host that carries out the create itself (the list's
// replacement of a code Seam cannot convert) takes the request from the form.

const mount = async (label?: string) =>
  ready(
    (
      await fixture<HTMLElement>(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
        <access-code-form device-id=${DEMO.devices.igloohome} submit-label=${label ?? ''}></access-code-form>
      </seam-provider>`)
    ).querySelector<AccessCodeForm>('access-code-form')!,
  )
const creates = async () => (await backendRequests()).filter((r) => r === '/access_codes/create').length

describe('<access-code-form> access-code-submit', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
  })

  it('cancelled: hands over the create request and sends nothing; what was typed stays', async () => {
    const el = await mount('Replace')
    expect(part(el, 'submit-button').textContent!.trim()).to.equal('Replace')
    el.addEventListener('access-code-submit', (e) => e.preventDefault())
    await type(el, 'name', 'Guest: Okoye')
    await type(el, 'pin', '51862')
    const heard = oneEvent(el, 'access-code-submit')
    await submit(el)
    const { detail } = await heard
    expect(detail.params).to.include({ device_id: DEMO.devices.igloohome, name: 'Guest: Okoye', code: '51862' })
    expect(field(el, 'name').value).to.equal('Guest: Okoye')
    expect(await creates()).to.equal(0)
    await expect(el).to.be.accessible()
  })

  it('not cancelled: the form creates the code as always, with its own button words', async () => {
    const el = await mount()
    expect(part(el, 'submit-button').textContent!.trim()).to.equal('Create code')
    let heard = 0
    el.addEventListener('access-code-submit', () => heard++)
    await type(el, 'pin', '51862')
    const created = oneEvent(el, 'access-code-created')
    await submit(el)
    await created
    expect(heard).to.equal(1)
    await waitUntil(async () => (await creates()) === 1, 'one create')
  })
})

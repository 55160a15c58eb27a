import { expect, fixture, html, waitUntil } from '@open-wc/testing'
import '../../../src/elements/access-code-form/define.js'
import type { AccessCodeForm } from '../../../src/elements/access-code-form/access-code-form.js'
import { resetSessions } from '../../../src/state/registry.js'
import { DEMO, resetBackend } from '../../helpers/backend.js'

describe('smoke', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
  })
  it('renders', async () => {
    const el = await fixture<AccessCodeForm>(html`<access-code-form client-session-token=${DEMO.clientSessionToken} endpoint="/api" device-id=${DEMO.devices.paris}></access-code-form>`)
    await waitUntil(() => el.shadowRoot!.querySelector('form'), 'form', { timeout: 10000 })
    console.log(el.shadowRoot!.textContent!.replace(/\s+/g, ' '))
    await expect(el).to.be.accessible()
  })
})

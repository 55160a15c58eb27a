import { expect, fixture, html } from '@open-wc/testing'
import { render, type TemplateResult } from 'lit'
import { SeamConfigError, SeamNetworkError } from '../../../src/api/errors.js'
import { describeError } from '../../../src/catalog/index.js'
import { t } from '../../../src/i18n/index.js'
import type { QueryState } from '../../../src/state/query.js'
import { loadFailedBlock, loadingBlock, noDeviceBlock, sessionErrorBlock, staleNotice, unloadedBlock } from '../../../src/ui/templates/states.js'

async function shown(template: unknown): Promise<HTMLElement> {
  const box = await fixture<HTMLElement>(html`<div></div>`)
  render(template as TemplateResult, box)
  return box
}
const state = (over: Partial<QueryState<unknown>>): QueryState<unknown> => ({
  data: undefined,
  error: undefined,
  loading: false,
  stale: false,
  partial: false,
  updatedAt: 0,
  ...over,
})
const offline = () => new SeamNetworkError(new Error('offline'))

describe('state blocks', () => {
  it('says an element has no session, with the configuration problem in words', async () => {
    const error = new SeamConfigError('conflict')
    const box = await shown(sessionErrorBlock('en', error))
    const p = box.querySelector('[part=error]')!
    expect(p.getAttribute('role')).to.equal('alert')
    expect(p.textContent).to.match(/^This element has no Seam session/)
    expect(p.textContent).to.equal(t('en', 'noSession') + describeError('en', error))
    await expect(box).to.be.accessible()
  })

  it('says a device is missing', async () => {
    const box = await shown(noDeviceBlock('en'))
    expect(box.querySelector('[part=error][role=alert]')!.textContent).to.equal('No lock chosen: set the device-id attribute.')
  })

  it('says a first load failed, why, and tries again on request', async () => {
    let retries = 0
    const box = await shown(loadFailedBlock('en', offline(), () => retries++))
    const block = box.querySelector('[part=error][role=alert]')!
    expect(block.querySelector('p')!.textContent).to.equal(`The access codes could not be loaded. ${describeError('en', offline())}`)
    expect(block.textContent).to.match(/could not be reached/)
    block.querySelector('button')!.click()
    expect(retries).to.equal(1)
    await expect(box).to.be.accessible()
  })

  it('shows a skeleton of the rows asked for, busy, with words for assistive technology only', async () => {
    const box = await shown(loadingBlock('en', 2))
    const block = box.querySelector('[part=loading]')!
    expect(block.getAttribute('aria-busy')).to.equal('true')
    expect(block.querySelectorAll('.skeleton[aria-hidden=true]')).to.have.length(2)
    expect(block.querySelector('.visually-hidden')!.textContent).to.equal('Loading access codes…')
    expect((await shown(loadingBlock('en'))).querySelectorAll('.skeleton')).to.have.length(3)
  })

  it('until data arrives: the failure when the load failed, else the skeleton', async () => {
    const failed = await shown(unloadedBlock('en', state({ error: offline() }), () => {}, 2))
    expect(failed.querySelector('[part=error] button')).to.exist
    expect(failed.querySelector('[part=loading]')).to.equal(null)
    const waiting = await shown(unloadedBlock('en', undefined, () => {}, 2))
    expect(waiting.querySelectorAll('[part=loading] .skeleton')).to.have.length(2)
  })

  it('says shown data may be out of date only when the last refresh failed', async () => {
    let retries = 0
    const stale = await shown(staleNotice('en', state({ data: [], stale: true, error: offline() }), () => retries++))
    const notice = stale.querySelector('.stale[role=status]')!
    expect(notice.textContent).to.match(/^Could not refresh: what you see may be out of date\./)
    notice.querySelector('button')!.click()
    expect(retries).to.equal(1)
    const fresh = await shown(staleNotice('en', state({ data: [] }), () => {}))
    expect(fresh.textContent!.trim()).to.equal('')
  })
})

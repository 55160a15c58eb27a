import { expect } from '@open-wc/testing'
import { render } from 'lit'
import { createRef } from 'lit/directives/ref.js'
import type { PopoverController } from '../../../src/ui/popover.js'
import { loadLocale } from '../../../src/i18n/load.js'
import { explanationPart, issueChips, issuesOf } from '../../../src/ui/templates/issues.js'
import type { Floating } from '../../../src/ui/templates/tips.js'
import { managedCode } from '../../helpers/stub-client.js'

const code = managedCode({
  access_code_id: 'a',
  errors: [
    { error_code: 'failed_to_set_on_device', message: 'm', created_at: '' } as never,
    { error_code: 'device_offline', message: 'm', created_at: '', is_device_error: true } as never,
  ],
  warnings: [{ warning_code: 'delay_in_setting_on_device', message: 'w', created_at: '' } as never],
})

describe('issueChips', () => {
  it('says an issue\'s severity to a screen reader with the language\'s own punctuation (French spaces its colon)', async () => {
    await loadLocale('fr')
    const host = document.createElement('div')
    const popover = { open() {}, close() {}, closeSoon() {}, follow() {}, current: undefined } as unknown as PopoverController<Floating>
    render(issueChips(issuesOf(code, 'fr'), 'fr', popover), host)
    const said = host.querySelector('.visually-hidden')!.textContent!
    expect(said).to.match(/\u00a0:$/)
    render(issueChips(issuesOf(code, 'en'), 'en', popover), host)
    expect(host.querySelector('.visually-hidden')!.textContent).to.match(/[^\s]:$/)
  })
})

describe('issuesOf', () => {
  it('explains the errors, then the warnings', () => {
    const issues = issuesOf(code, 'en')
    expect(issues.map((i) => [i.severity, i.code])).to.deep.equal([
      ['error', 'failed_to_set_on_device'],
      ['error', 'device_offline'],
      ['warning', 'delay_in_setting_on_device'],
    ])
    expect(issues.every((i) => i.known && i.title !== '')).to.equal(true)
  })

  it('keeps only what the host\'s filters keep, and keeps an issue whose filter throws', () => {
    const errorFilter = (e: { error_code: string }) => {
      if (e.error_code === 'device_offline') throw new Error('a host bug')
      return false
    }
    const issues = issuesOf(code, 'en', { errorFilter: errorFilter as never, warningFilter: () => true })
    expect(issues.map((i) => i.code)).to.deep.equal(['device_offline', 'delay_in_setting_on_device'])
  })

  it('reads errors and warnings that are not lists as none', () => {
    const odd = { ...code, errors: 'broken', warnings: null } as never
    expect(issuesOf(odd, 'en')).to.deep.equal([])
  })
})

describe('explanationPart', () => {
  const mount = (popover: Partial<PopoverController<Floating>>): HTMLElement => {
    const root = document.createElement('div')
    render(explanationPart('en', { element: createRef(), ...popover } as PopoverController<Floating>), root)
    return root.querySelector<HTMLElement>('[part=explanation]')!
  }
  const issue = issuesOf(code, 'en')[0]!

  it('out of the top layer, stays hidden while the controller has not shown it (its placement or words may still be loading)', () => {
    expect(mount({ current: issue, topLayer: false, visible: false }).hidden).to.equal(true)
    const shown = mount({ current: issue, topLayer: false, visible: true })
    expect(shown.hidden).to.equal(false)
    expect(shown.querySelector('p')!.textContent).to.equal(issue.explanation)
  })

  it('in the top layer, leaves hiding to the Popover API, and hides when nothing is open', () => {
    expect(mount({ current: issue, topLayer: true, visible: false }).hidden).to.equal(false)
    expect(mount({ current: undefined, topLayer: true, visible: false }).hidden).to.equal(true)
  })
})

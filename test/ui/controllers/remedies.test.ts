import { expect, fixture, html } from '@open-wc/testing'
import { render } from 'lit'
import { explainIssue } from '../../../src/catalog/index.js'
import { RemedyController } from '../../../src/ui/controllers/remedies.js'
import type { PopoverController } from '../../../src/ui/popover.js'
import { hostRemedy } from '../../../src/ui/templates/remedies.js'

// The words that say "this page cannot do this" belong to the remedy that
// was pressed: its chip, and the issue there.
describe('RemedyController', () => {
  it('says a host remedy went unhandled on its own chip and issue only: not on an equal issue of another code, nor on another issue in that place', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`)
    Object.assign(host, { requestUpdate() {} })
    const popover = { currentKey: 'A\n0' as string | undefined, close() {}, closeAndFocusAnchor() {} }
    const code = { access_code_id: 'A', is_managed: true }
    const remedies = new RemedyController(host as never, {
      popover: popover as unknown as PopoverController<unknown>,
      codeOf: () => code as never,
      actionFor: (issue) => hostRemedy(issue),
      device: () => undefined,
    })
    const disconnected = explainIssue({ error_code: 'account_disconnected', message: 'x' }, 'error', 'en')
    const view = (issue: typeof disconnected): HTMLElement => {
      const root = document.createElement('div')
      render(remedies.part(issue, 'en'), root)
      return root
    }
    const note = (root: HTMLElement) => root.querySelector('.remedy-note')!.textContent!.trim()
    expect(note(view(disconnected)), 'nothing pressed yet').to.equal('')
    view(disconnected).querySelector<HTMLButtonElement>('[data-remedy=host]')!.click()
    expect(note(view(disconnected)), 'pressed, and nobody took it over').to.include('This page cannot do this for you.')
    expect(note(view(explainIssue({ error_code: 'account_disconnected', message: 'x' }, 'error', 'en'))), 'the same issue built again').to.include('This page cannot do this for you.')
    expect(note(view(explainIssue({ error_code: 'august_lock_missing_keypad', message: 'y' }, 'error', 'en'))), 'another issue in that place').to.equal('')
    popover.currentKey = 'B\n0'
    expect(note(view(disconnected)), 'the equal issue of another code').to.equal('')
  })
})

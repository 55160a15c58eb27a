import { fixture, html } from '@open-wc/testing'
import { mount } from '../../examples/angular/src/app.js'
import { resetSessions } from '../../src/state/registry.js'
import { resetBackend } from '../helpers/backend.js'
import { convertThroughTheUi, props } from './flow.js'

describe('Angular', () => {
  it('renders the table and list, converts a code, and the app receives the converted code', async () => {
    resetSessions()
    await resetBackend()
    const container = await fixture<HTMLDivElement>(html`<div></div>`)
    const unmount = await mount(container, props)
    await convertThroughTheUi(container)
    unmount()
  })
})

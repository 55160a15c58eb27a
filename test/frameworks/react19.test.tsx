import { expect, fixture, html } from '@open-wc/testing'
import { mount, reactVersion } from '../../examples/react19/src/App.js'
import { resetSessions } from '../../src/state/registry.js'
import { resetBackend } from '../helpers/backend.js'
import { convertThroughTheUi, props } from './flow.js'

describe('React 19 with the tags directly', () => {
  it('renders the table and list, converts a code, and the app receives the converted code', async () => {
    expect(reactVersion).to.match(/^19\./)
    resetSessions()
    await resetBackend()
    const container = await fixture<HTMLDivElement>(html`<div></div>`)
    const unmount = mount(container, props)
    await convertThroughTheUi(container)
    unmount()
  })
})

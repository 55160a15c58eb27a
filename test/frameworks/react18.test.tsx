import { fixture, html } from '@open-wc/testing'
import { version } from 'react'
import { expect } from '@open-wc/testing'
import { mount } from '../../examples/react18/src/App.js'
import { resetSessions } from '../../src/state/registry.js'
import { resetBackend } from '../helpers/backend.js'
import { convertThroughTheUi, props } from './flow.js'

describe('React 18 through access-code-elements/react', () => {
  it('renders the table and list, converts a code, and the app receives the converted code', async () => {
    expect(version).to.match(/^18\./)
    resetSessions()
    await resetBackend()
    const container = await fixture<HTMLDivElement>(html`<div></div>`)
    const unmount = mount(container, props)
    await convertThroughTheUi(container)
    unmount()
  })
})

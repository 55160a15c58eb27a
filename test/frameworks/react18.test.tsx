import { version } from 'react'
import { expect } from '@open-wc/testing'
import { mount } from '../../examples/react18/src/App.js'
import { proveExample } from './flow.js'

describe('React 18 through access-code-elements/react', () => {
  it('renders the table and list, converts a code, and the app receives the converted code', async () => {
    expect(version).to.match(/^18\./)
    await proveExample(mount)
  })
})

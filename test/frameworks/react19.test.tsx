import { expect } from '@open-wc/testing'
import { mount, reactVersion } from '../../examples/react19/src/App.js'
import { proveExample } from './flow.js'

describe('React 19 with the tags directly', () => {
  it('renders the table and list, converts a code, and the app receives the converted code', async () => {
    expect(reactVersion).to.match(/^19\./)
    await proveExample(mount)
  })
})

import { mount } from '../../examples/vue/src/app.js'
import { proveExample } from './flow.js'

describe('Vue 3', () => {
  it('renders the table and list, converts a code, and the app receives the converted code', async () => {
    await proveExample(mount)
  })
})

import { mount } from '../../examples/angular/src/app.js'
import { proveExample } from './flow.js'

describe('Angular', () => {
  it('renders the table and list, converts a code, and the app receives the converted code', async () => {
    await proveExample(mount)
  })
})

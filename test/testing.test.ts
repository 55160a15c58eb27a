import { expect } from '@open-wc/testing'
import * as classes from '../src/classes.js'
import * as testing from '../src/testing.js'
import { openSessionCount, registryOptions, resetSessions } from '../src/state/registry.js'

// The test hooks are the `access-code-elements/testing` entry, and only there.
describe('the testing entry', () => {
  it('holds the registry\'s test hooks, and nothing else', () => {
    expect(Object.keys(testing).sort()).to.deep.equal(['openSessionCount', 'registryOptions', 'resetSessions'])
    expect(testing.resetSessions).to.equal(resetSessions)
    expect(testing.openSessionCount).to.equal(openSessionCount)
    expect(testing.registryOptions).to.equal(registryOptions)
  })

  it('keeps them, and the state layer\'s internals, out of the public classes', () => {
    for (const name of ['resetSessions', 'openSessionCount', 'registryOptions', 'Transport', 'Query', 'poll']) {
      expect(Object.keys(classes), name).not.to.include(name)
    }
  })
})

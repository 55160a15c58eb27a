import { expect } from '@open-wc/testing'
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import { SeamNetworkError } from '../../../src/api/errors.js'
import { describeError } from '../../../src/catalog/index.js'
import { registerStrings } from '../../../src/i18n/index.js'
import { CodeFailures, describeFailure } from '../../../src/ui/controllers/failures.js'

/** A host that only counts the updates it was asked for. */
function host() {
  const h = { updates: 0, controllers: [] as ReactiveController[] }
  const reactive: ReactiveControllerHost = {
    addController: (c) => void h.controllers.push(c),
    removeController: () => {},
    requestUpdate: () => void h.updates++,
    updateComplete: Promise.resolve(true),
  }
  return Object.assign(h, { reactive })
}

describe('CodeFailures', () => {
  it('keeps the last failure of each code until it is cleared, asking for an update on each change', () => {
    const h = host()
    const failures = new CodeFailures(h.reactive)
    expect(h.controllers).to.deep.equal([failures])
    failures.set('a', { say: 'deleteFailed', error: new SeamNetworkError() })
    expect(failures.has('a')).to.equal(true)
    expect(failures.has('b')).to.equal(false)
    expect(h.updates).to.equal(1)
    failures.clear('b')
    expect(h.updates, 'nothing to clear, nothing to render').to.equal(1)
    failures.clear('a')
    expect(failures.has('a')).to.equal(false)
    expect(failures.words('a', 'en')).to.equal(undefined)
    expect(h.updates).to.equal(2)
  })

  it('puts a failure into words when shown, in the locale asked then', () => {
    const failures = new CodeFailures(host().reactive)
    const error = new SeamNetworkError()
    failures.set('a', { say: 'deleteFailed', error })
    expect(failures.words('a', 'en')).to.equal(`Could not delete: ${describeError('en', error)}`)
    registerStrings('x-failures', { deleteFailed: 'Nicht gelöscht: {reason}' })
    expect(failures.words('a', 'x-failures')).to.equal(`Nicht gelöscht: ${describeError('x-failures', error)}`)
  })

  it('says a sentence without a reason when there is no error', () => {
    expect(describeFailure({ say: 'pinNone' }, 'en')).to.equal('No code')
  })
})

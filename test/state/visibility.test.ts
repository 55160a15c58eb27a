import { expect } from '@open-wc/testing'
import { pageVisibility } from '../../src/state/visibility.js'

/** Pretends the tab went to the background (or came back), as the browser would say it. */
function setHidden(hidden: boolean): void {
  Object.defineProperty(document, 'visibilityState', { value: hidden ? 'hidden' : 'visible', configurable: true })
  document.dispatchEvent(new Event('visibilitychange'))
}

describe('pageVisibility', () => {
  afterEach(() => {
    // Back to the real property.
    delete (document as { visibilityState?: unknown }).visibilityState
  })

  it('reads whether the page is hidden', () => {
    setHidden(true)
    expect(pageVisibility.hidden).to.equal(true)
    setHidden(false)
    expect(pageVisibility.hidden).to.equal(false)
  })

  it('calls back when the page is hidden, shown or focused, until unsubscribed', () => {
    let calls = 0
    const stop = pageVisibility.onChange(() => calls++)
    setHidden(true)
    setHidden(false)
    window.dispatchEvent(new Event('focus'))
    expect(calls).to.equal(3)
    stop()
    setHidden(true)
    window.dispatchEvent(new Event('focus'))
    expect(calls).to.equal(3)
  })
})

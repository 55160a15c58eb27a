// Chai keeps the values it compared on its AssertionError. When one is a DOM
// node, the test runner's serialiser walks the node's whole document and the
// browser hangs: a failing assertion showed up as "browser disconnected"
// minutes later, with no message. web-test-runner.config.mjs applies this to
// @open-wc/testing's chai, so every test file gets it.

/** A short, serialisable stand-in for a node. */
function describe(node) {
  if (!(node instanceof Element)) return `#${node.nodeName.toLowerCase()}`
  const id = node.id ? `#${node.id}` : ''
  const data = node.getAttribute('data-id') ? `[data-id="${node.getAttribute('data-id')}"]` : ''
  return `<${node.localName}${id}${data}>`
}

export function patchChai(chai) {
  const assert = chai.Assertion.prototype.assert
  chai.Assertion.prototype.assert = function (...args) {
    try {
      return assert.apply(this, args)
    } catch (error) {
      for (const key of ['actual', 'expected']) if (error?.[key] instanceof Node) error[key] = describe(error[key])
      throw error
    }
  }
}

// "ResizeObserver loop completed with undelivered notifications" is the
// browser saying it deferred some size notifications to the next frame: a
// benign report, not an exception (Resize Observer spec, "deliver resize loop
// error"). WebKit raises it now and then when a tooltip opens on the focus a
// click gives and floating-ui's autoUpdate observes its size; mocha would
// count it as a failure of whichever test runs. Only that message is let go.
if (typeof window !== 'undefined') {
  window.addEventListener(
    'error',
    (event) => {
      if (/^ResizeObserver loop (completed with undelivered notifications|limit exceeded)/.test(event.message ?? '')) event.stopImmediatePropagation()
    },
    true,
  )
}

import { expect } from '@open-wc/testing'
import { defineOnce } from '../src/define-once.js'

describe('defineOnce', () => {
  it('defines a tag once, and a second copy of the kit neither throws nor redefines', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineOnce('define-once-probe', First)
    expect(() => defineOnce('define-once-probe', Second)).not.to.throw()
    expect(customElements.get('define-once-probe')).to.equal(First)
  })

  it('warns when the copy that defined a tag has another version', () => {
    class Old extends HTMLElement {}
    customElements.define('define-once-versioned', Old)
    ;((globalThis as Record<symbol, Record<string, string>>)[Symbol.for('access-code-elements/versions')] ??= {})['define-once-versioned'] = '0.0.1'
    const warnings: string[] = []
    const original = console.warn
    console.warn = (m: string) => warnings.push(m)
    try {
      defineOnce('define-once-versioned', class extends HTMLElement {})
    } finally {
      console.warn = original
    }
    expect(warnings).to.have.length(1)
    expect(warnings[0]).to.include('0.0.1')
  })
})

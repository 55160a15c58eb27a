import { expect } from '@open-wc/testing'
import { emit } from '../src/events.js'

describe('emit', () => {
  it('dispatches a typed event that bubbles out of shadow roots', () => {
    const host = document.createElement('div')
    const inner = document.createElement('span')
    host.attachShadow({ mode: 'open' }).append(inner)
    document.body.append(host)
    try {
      const heard: Event[] = []
      document.body.addEventListener('access-code-deleted', (e) => heard.push(e), { once: true })
      expect(emit(inner, 'access-code-deleted', { accessCodeId: 'c1' })).to.equal(true)
      expect(heard).to.have.length(1)
      const event = heard[0] as CustomEvent<{ accessCodeId: string }>
      expect(event.detail).to.deep.equal({ accessCodeId: 'c1' })
      expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, false])
    } finally {
      host.remove()
    }
  })

  it('says when a listener cancelled a cancelable event, and ignores preventDefault on one that is not', () => {
    const host = document.createElement('div')
    host.addEventListener('unmanaged-code-convert', (e) => e.preventDefault())
    const accessCode = { access_code_id: 'u1' } as never
    expect(emit(host, 'unmanaged-code-convert', { accessCode }, true)).to.equal(false)
    expect(emit(host, 'unmanaged-code-convert', { accessCode })).to.equal(true)
  })
})

import { expect, fixture, html } from '@open-wc/testing'
import { watchPosition } from '../../src/ui/watch-position.js'

const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = () => (--n <= 0 ? resolve() : requestAnimationFrame(step))
    requestAnimationFrame(step)
  })

/** A box inside a scroller inside a shadow root: what a row window watches. */
async function boxInShadowScroller() {
  const host = await fixture<HTMLDivElement>(html`<div></div>`)
  const root = host.attachShadow({ mode: 'open' })
  root.innerHTML = '<div class="scroller" style="height: 100px; overflow: auto"><div class="box" style="height: 50px"></div><div style="height: 1000px"></div></div>'
  return { scroller: root.querySelector<HTMLElement>('.scroller')!, box: root.querySelector<HTMLElement>('.box')! }
}

describe('watchPosition', () => {
  it('answers once a frame however many scroll events arrive, also from a scroller inside a shadow root', async () => {
    const { scroller, box } = await boxInShadowScroller()
    let moves = 0
    const stop = watchPosition([box], () => moves++)
    try {
      // The size observer reports the box once when it starts.
      await frames()
      moves = 0
      for (let i = 1; i <= 10; i++) scroller.dispatchEvent(new Event('scroll'))
      await frames()
      expect(moves).to.equal(1)
      window.dispatchEvent(new Event('resize'))
      await frames()
      expect(moves).to.equal(2)
    } finally {
      stop()
    }
  })

  it('hears the element change size', async () => {
    const { box } = await boxInShadowScroller()
    let moves = 0
    const stop = watchPosition([box], () => moves++)
    try {
      await frames()
      moves = 0
      box.style.height = '80px'
      await frames(3)
      expect(moves).to.equal(1)
    } finally {
      stop()
    }
  })

  it('hears nothing once stopped, not even a frame already asked for', async () => {
    const { scroller, box } = await boxInShadowScroller()
    let moves = 0
    const stop = watchPosition([box], () => moves++)
    await frames()
    moves = 0
    scroller.dispatchEvent(new Event('scroll'))
    stop()
    box.style.height = '80px'
    window.dispatchEvent(new Event('resize'))
    await frames(3)
    expect(moves).to.equal(0)
  })
})

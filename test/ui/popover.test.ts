import { expect, fixture, html, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import { LitElement, css, html as litHtml, nothing } from 'lit'
import { ref } from 'lit/directives/ref.js'
import { PopoverController, hasPopoverApi } from '../../src/ui/popover.js'
import { fakeTimers } from '../helpers/fake-timers.js'

/** What the probe's popover explains: a text, for one chip. */
type Explained = { chip: string; text: string }

/** Two chips in a scroller of its own, and the one explanation, all of known sizes. */
class PopoverProbe extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .scroller {
      height: 120px;
      overflow: auto;
    }
    .spacer {
      height: 200px;
    }
    button {
      display: block;
      box-sizing: border-box;
      width: 80px;
      height: 24px;
      margin: 0;
      padding: 0;
      border: 0;
    }
    [part~='explanation'] {
      position: fixed;
      inset: auto;
      margin: 0;
      box-sizing: border-box;
      width: 200px;
      height: var(--height, 100px);
      padding: 0;
      border: 2px solid;
      overflow: hidden;
    }
  `

  // Not `popover`: HTMLElement already has that (the attribute).
  readonly controller = new PopoverController<Explained>(this)
  withSecond = true

  override render() {
    const current = this.controller.current
    // As the kit's chips do: the chip whose explanation is open says so.
    const chip = (id: string) => litHtml`<button id=${id} aria-expanded=${current?.chip === id ? 'true' : 'false'}>${id}</button>`
    return litHtml`<div class="scroller">
        <div class="spacer"></div>
        ${chip('first')} ${this.withSecond ? chip('second') : nothing}
        <div class="spacer"></div>
      </div>
      <div part="explanation" popover=${this.controller.topLayer ? 'manual' : nothing} ${ref(this.controller.element)} ?hidden=${current === undefined}>
        ${current?.text}
      </div>`
  }
}
customElements.define('popover-probe', PopoverProbe)

/** A scroller of its own inside its shadow root, around whatever is slotted into it. */
class PopoverFrame extends LitElement {
  static override styles = css`
    .scroller {
      height: 150px;
      overflow: auto;
    }
  `
  override render() {
    return litHtml`<div class="scroller"><slot></slot><div style="height: 1000px"></div></div>`
  }
}
customElements.define('popover-frame', PopoverFrame)

// Kept before any test replaces it with a spy.
const raf = window.requestAnimationFrame.bind(window)
const frames = (n = 3) =>
  new Promise<void>((resolve) => {
    const step = () => (--n <= 0 ? resolve() : raf(step))
    raf(step)
  })

const parts = (host: PopoverProbe) => {
  const root = host.shadowRoot!
  return {
    first: root.querySelector<HTMLElement>('#first')!,
    second: root.querySelector<HTMLElement>('#second')!,
    scroller: root.querySelector<HTMLElement>('.scroller')!,
    popover: root.querySelector<HTMLElement>('[part~=explanation]')!,
  }
}

async function openOn(host: PopoverProbe, anchor: HTMLElement, text = 'why'): Promise<void> {
  host.controller.open(anchor, { chip: anchor.id, text })
  await host.updateComplete
  // The first opening of a page waits for floating-ui's chunk, which a busy
  // engine can take longer than a few frames to load: wait for it to show
  // (at most about 2 s, never failing here: the tests assert what they expect).
  const { popover } = parts(host)
  const shown = () => (host.controller.topLayer ? popover.matches(':popover-open') : popover.style.position === 'fixed')
  for (let i = 0; i < 120 && !shown(); i++) await frames(1)
  // autoUpdate's size observer reports both elements in the first frame and
  // the popover once more a frame later: by the fifth, nothing is left to place.
  await frames(5)
}

/** Takes a chip out of the flow, to a known place in the viewport. */
const pin = (anchor: HTMLElement, place: string) => (anchor.style.cssText = `position: fixed; ${place}`)
const viewport = () => ({ width: document.documentElement.clientWidth, height: document.documentElement.clientHeight })
const rect = (el: Element) => el.getBoundingClientRect()
const expanded = (host: PopoverProbe) => [...host.shadowRoot!.querySelectorAll('[aria-expanded=true]')].map((chip) => chip.id)

/** Counts the placements the controller asks a frame for. */
function spyOnFrames(): { count: () => number; reset: () => void; restore: () => void } {
  let calls = 0
  window.requestAnimationFrame = (callback) => (calls++, raf(callback))
  return {
    count: () => calls,
    reset: () => (calls = 0),
    restore: () => (window.requestAnimationFrame = raf),
  }
}

describe('PopoverController', () => {
  it('opens below the chip at its start edge, 8px away, in the top layer', async () => {
    const host = await fixture<PopoverProbe>(html`<popover-probe></popover-probe>`)
    const { first, popover } = parts(host)
    pin(first, 'left: 100px; top: 100px')
    await openOn(host, first)

    expect(popover.matches(':popover-open')).to.be.true
    expect(expanded(host)).to.deep.equal(['first'])
    const a = rect(first)
    const p = rect(popover)
    expect(p.left).to.be.closeTo(a.left, 0.5)
    expect(p.top).to.be.closeTo(a.bottom + 8, 0.5)
  })

  it('flips above the chip when there is no room below', async () => {
    const host = await fixture<PopoverProbe>(html`<popover-probe></popover-probe>`)
    const { first, popover } = parts(host)
    pin(first, `left: 100px; top: ${viewport().height - 40}px`)
    await openOn(host, first)

    const a = rect(first)
    const p = rect(popover)
    expect(p.bottom).to.be.closeTo(a.top - 8, 0.5)
    expect(p.left).to.be.closeTo(a.left, 0.5)
  })

  it('stays inside the viewport when it fits neither above nor below', async () => {
    const host = await fixture<PopoverProbe>(html`<popover-probe></popover-probe>`)
    const { first, popover } = parts(host)
    const { height } = viewport()
    popover.style.setProperty('--height', `${height - 40}px`)
    pin(first, `left: 100px; top: ${height / 2}px`)
    await openOn(host, first)

    const p = rect(popover)
    expect(p.top).to.be.closeTo(8, 0.5)
    expect(p.bottom).to.be.closeTo(height - 32, 0.5)
  })

  it('goes with its chip when the chip is out of view, rather than staying behind on screen', async () => {
    const host = await fixture<PopoverProbe>(html`<popover-probe></popover-probe>`)
    const { first, popover } = parts(host)
    pin(first, `left: 100px; top: ${viewport().height + 100}px`)
    await openOn(host, first)

    expect(rect(popover).bottom).to.be.closeTo(rect(first).top - 8, 0.5)
  })

  it('shifts to stay 8px inside the viewport at either edge, still below the chip', async () => {
    const host = await fixture<PopoverProbe>(html`<popover-probe></popover-probe>`)
    const { first, popover } = parts(host)
    pin(first, 'right: 0; top: 100px')
    await openOn(host, first, 'at the right edge')
    let p = rect(popover)
    expect(p.right).to.be.closeTo(viewport().width - 8, 0.5)
    expect(p.top).to.be.closeTo(rect(first).bottom + 8, 0.5)

    // A chip narrower than the gap at the very left: the popover still keeps the gap.
    pin(first, 'left: 0; top: 100px; width: 4px')
    await openOn(host, first, 'at the left edge')
    p = rect(popover)
    expect(p.left).to.be.closeTo(8, 0.5)
    expect(p.top).to.be.closeTo(rect(first).bottom + 8, 0.5)
  })

  it('is placed in viewport terms inside a transformed container, which the top layer leaves', async () => {
    const outer = await fixture<HTMLElement>(html`<div style="transform: translate(30px, 40px); margin: 20px"><popover-probe></popover-probe></div>`)
    const host = outer.querySelector<PopoverProbe>('popover-probe')!
    const { first, scroller, popover } = parts(host)
    scroller.scrollTop = 150
    await openOn(host, first)

    const a = rect(first)
    const p = rect(popover)
    expect(p.left).to.be.closeTo(a.left, 0.5)
    expect(p.top).to.be.closeTo(a.bottom + 8, 0.5)
  })

  it('aligns to the right edge of the chip in a right-to-left page', async () => {
    const host = await fixture<PopoverProbe>(html`<popover-probe dir="rtl"></popover-probe>`)
    const { first, popover } = parts(host)
    pin(first, 'left: 300px; top: 100px')
    await openOn(host, first)

    const a = rect(first)
    const p = rect(popover)
    expect(p.right).to.be.closeTo(a.right, 0.5)
    expect(p.top).to.be.closeTo(a.bottom + 8, 0.5)
  })

  it('follows its chip when a scroller inside the shadow root scrolls', async () => {
    const host = await fixture<PopoverProbe>(html`<popover-probe></popover-probe>`)
    const { first, scroller, popover } = parts(host)
    scroller.scrollTop = 150
    await openOn(host, first)
    const before = rect(popover).top
    expect(before).to.be.closeTo(rect(first).bottom + 8, 0.5)

    scroller.scrollTop = 180
    await frames()
    expect(rect(popover).top).to.be.closeTo(before - 30, 0.5)
    expect(rect(popover).top).to.be.closeTo(rect(first).bottom + 8, 0.5)
  })

  it('follows its chip when a scroller around the host scrolls', async () => {
    const outer = await fixture<HTMLElement>(html`<div style="height: 150px; overflow: auto">
      <popover-probe></popover-probe>
      <div style="height: 1000px"></div>
    </div>`)
    const host = outer.querySelector<PopoverProbe>('popover-probe')!
    const { first, popover } = parts(host)
    await openOn(host, first)
    const before = rect(popover).top

    outer.scrollTop = 40
    await frames()
    expect(rect(popover).top).to.be.closeTo(before - 40, 0.5)
    expect(rect(popover).top).to.be.closeTo(rect(first).bottom + 8, 0.5)
  })

  it('follows its chip when a scroller in a shadow root around the host scrolls, through a slot', async () => {
    const frame = await fixture<PopoverFrame>(html`<popover-frame><popover-probe></popover-probe></popover-frame>`)
    const host = frame.querySelector<PopoverProbe>('popover-probe')!
    const scroller = frame.shadowRoot!.querySelector<HTMLElement>('.scroller')!
    const { first, popover } = parts(host)
    await openOn(host, first)
    const before = rect(popover).top

    scroller.scrollTop = 40
    await frames()
    expect(rect(popover).top).to.be.closeTo(before - 40, 0.5)
    expect(rect(popover).top).to.be.closeTo(rect(first).bottom + 8, 0.5)
  })

  it('follows its chip when the chip moves with no scroll or resize, and flips back below when there is room again', async () => {
    const host = await fixture<PopoverProbe>(html`<popover-probe></popover-probe>`)
    const { first, popover } = parts(host)
    pin(first, `left: 100px; top: ${viewport().height - 40}px`)
    await openOn(host, first)
    expect(rect(popover).bottom).to.be.closeTo(rect(first).top - 8, 0.5)

    // Same size, new place: only the layout-shift watch can see this.
    pin(first, 'left: 300px; top: 100px')
    await waitUntil(() => Math.abs(rect(popover).top - (rect(first).bottom + 8)) < 0.5, 'back below its chip', { timeout: 3000 })
    expect(rect(popover).left).to.be.closeTo(rect(first).left, 0.5)
  })

  it('is in place by the first frame it paints, also when it moves to another chip', async () => {
    const host = await fixture<PopoverProbe>(html`<popover-probe></popover-probe>`)
    const { first, second, popover } = parts(host)
    pin(first, 'left: 100px; top: 100px')
    pin(second, 'left: 300px; top: 300px')
    // Animation frame callbacks run before the frame they belong to paints.
    const atNextFrame = async (anchor: HTMLElement) => {
      host.controller.open(anchor, { chip: anchor.id, text: 'why' })
      await new Promise((resolve) => raf(resolve))
      return rect(popover)
    }

    for (const chip of [first, second]) {
      const p = await atNextFrame(chip)
      expect(p.left, chip.id).to.be.closeTo(rect(chip).left, 0.5)
      expect(p.top, chip.id).to.be.closeTo(rect(chip).bottom + 8, 0.5)
    }
  })

  it('is not placed again once closed, nor once the host left the page', async () => {
    const host = await fixture<PopoverProbe>(html`<popover-probe></popover-probe>`)
    const { first, scroller, popover } = parts(host)
    const moveEverything = async () => {
      pin(first, `left: ${20 + Math.random() * 200}px; top: ${20 + Math.random() * 200}px; width: ${40 + Math.random() * 40}px`)
      scroller.scrollTop += 10
      window.dispatchEvent(new Event('scroll'))
      window.dispatchEvent(new Event('resize'))
      await frames(5)
    }
    await openOn(host, first)
    host.controller.close()
    await host.updateComplete
    let placed = [popover.style.left, popover.style.top]
    await moveEverything()
    expect([popover.style.left, popover.style.top], 'after close').to.deep.equal(placed)

    await openOn(host, first)
    placed = [popover.style.left, popover.style.top]
    const parent = host.parentElement!
    host.remove()
    await moveEverything()
    expect([popover.style.left, popover.style.top], 'after the host left').to.deep.equal(placed)
    parent.append(host)
  })

  it('asks for one placement per frame, however many scroll events arrive', async () => {
    const host = await fixture<PopoverProbe>(html`<popover-probe></popover-probe>`)
    await openOn(host, parts(host).first)
    const spy = spyOnFrames()
    try {
      for (let i = 0; i < 5; i++) window.dispatchEvent(new Event('scroll'))
      expect(spy.count()).to.equal(1)
    } finally {
      spy.restore()
    }
  })

  it('stops listening to scrolls, resizes and size changes once closed', async () => {
    const host = await fixture<PopoverProbe>(html`<popover-probe></popover-probe>`)
    const { first, second, scroller, popover } = parts(host)
    const spy = spyOnFrames()
    try {
      // Moving to another chip must not leave the first chip's listeners behind.
      await openOn(host, first)
      await openOn(host, second)
      spy.reset()
      scroller.scrollTop += 10
      await frames()
      expect(spy.count(), 'placements while open').to.be.greaterThan(0)

      host.controller.close()
      await host.updateComplete
      expect(popover.matches(':popover-open')).to.be.false
      spy.reset()
      scroller.scrollTop += 10
      window.dispatchEvent(new Event('resize'))
      first.style.width = '120px'
      second.style.width = '120px'
      await frames()
      expect(spy.count(), 'placements after close').to.equal(0)
    } finally {
      spy.restore()
    }
  })

  it('stops listening when the host leaves the page', async () => {
    const host = await fixture<PopoverProbe>(html`<popover-probe></popover-probe>`)
    const { first } = parts(host)
    await openOn(host, first)
    const spy = spyOnFrames()
    try {
      host.remove()
      expect(host.controller.current).to.equal(undefined)
      window.dispatchEvent(new Event('scroll'))
      window.dispatchEvent(new Event('resize'))
      first.style.width = '120px'
      await frames()
      expect(spy.count()).to.equal(0)
    } finally {
      spy.restore()
    }
  })

  it('closes on Escape, which goes no further; once closed, Escape passes on', async () => {
    const outer = await fixture<HTMLElement>(html`<div><popover-probe></popover-probe></div>`)
    const host = outer.querySelector<PopoverProbe>('popover-probe')!
    const { first, popover } = parts(host)
    const heard: string[] = []
    outer.addEventListener('keydown', (e) => heard.push(e.key))
    first.focus()
    await openOn(host, first)

    await sendKeys({ press: 'Escape' })
    await host.updateComplete
    expect(host.controller.current).to.equal(undefined)
    expect(popover.matches(':popover-open')).to.be.false
    expect(heard).to.deep.equal([])

    await sendKeys({ press: 'Escape' })
    expect(heard).to.deep.equal(['Escape'])
  })

  it('closes when a re-render takes its chip away, and opens on another chip after that', async () => {
    const host = await fixture<PopoverProbe>(html`<popover-probe></popover-probe>`)
    const { first, second, popover } = parts(host)
    await openOn(host, second)
    expect(popover.matches(':popover-open')).to.be.true

    host.withSecond = false
    host.requestUpdate()
    await host.updateComplete
    expect(host.controller.current).to.equal(undefined)
    expect(popover.matches(':popover-open')).to.be.false

    // Nothing of the chip that went away is left: the next chip gets the popover, next to it.
    await openOn(host, first)
    expect(expanded(host)).to.deep.equal(['first'])
    expect(rect(popover).top).to.be.closeTo(rect(first).bottom + 8, 0.5)
  })

  it('closes when its chip is removed without a re-render', async () => {
    const host = await fixture<PopoverProbe>(html`<popover-probe></popover-probe>`)
    const { first, popover } = parts(host)
    await openOn(host, first)

    first.remove()
    await waitUntil(() => host.controller.current === undefined, 'closed', { timeout: 2000 })
    expect(popover.matches(':popover-open')).to.be.false
  })

  it('closes a moment after the pointer leaves, unless it comes back to the chip or the popover', async () => {
    const host = await fixture<PopoverProbe>(html`<popover-probe></popover-probe>`)
    const { first, popover } = parts(host)
    await openOn(host, first)
    const clock = fakeTimers()
    try {
      // Left the chip, then reached the popover in time: it stays.
      host.controller.closeSoon()
      clock.tick(100)
      host.controller.keepOpen()
      clock.tick(1000)
      expect(host.controller.current?.chip).to.equal('first')
      // Left, and back on the chip in time: it stays.
      host.controller.closeSoon()
      clock.tick(100)
      host.controller.open(first, host.controller.current!)
      clock.tick(1000)
      expect(host.controller.current?.chip).to.equal('first')
      // Left for good: it closes after the moment, not before.
      host.controller.closeSoon()
      clock.tick(119)
      expect(host.controller.current?.chip).to.equal('first')
      clock.tick(1)
      expect(host.controller.current).to.equal(undefined)
      await host.updateComplete
      expect(popover.matches(':popover-open')).to.be.false
    } finally {
      clock.restore()
    }
  })
})

/**
 * A browser without the Popover API, as far as the kit can tell: the
 * properties gone from HTMLElement.prototype, and `:popover-open` a selector
 * that does not parse (as in Safari 16), so any use of it fails the test.
 */
function withoutPopoverApi(): () => void {
  const names = ['popover', 'showPopover', 'hidePopover', 'togglePopover'] as const
  const kept = names.map((name) => [name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)] as const)
  for (const name of names) delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name]
  const matches = Element.prototype.matches
  Element.prototype.matches = function (this: Element, selector: string) {
    if (selector.includes(':popover-open')) throw new DOMException(`'${selector}' is not a valid selector.`, 'SyntaxError')
    return matches.call(this, selector)
  }
  return () => {
    for (const [name, descriptor] of kept) if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor)
    Element.prototype.matches = matches
  }
}

describe('PopoverController without the Popover API', () => {
  let restore: () => void
  beforeEach(() => (restore = withoutPopoverApi()))
  afterEach(() => restore())

  it('detects the missing API and renders no popover attribute, which would do nothing there', async () => {
    expect(hasPopoverApi()).to.equal(false)
    const host = await fixture<PopoverProbe>(html`<popover-probe></popover-probe>`)
    expect(host.controller.topLayer).to.equal(false)
    expect(parts(host).popover.hasAttribute('popover')).to.equal(false)
    restore()
    expect(hasPopoverApi(), 'the real browser has it').to.equal(true)
    restore = () => {}
  })

  it('opens fixed-positioned above the page, below the chip at its start edge, and closes', async () => {
    const host = await fixture<PopoverProbe>(html`<popover-probe></popover-probe>`)
    const { first, popover } = parts(host)
    pin(first, 'left: 100px; top: 100px')
    await openOn(host, first)

    expect(getComputedStyle(popover).position).to.equal('fixed')
    expect(Number(getComputedStyle(popover).zIndex)).to.be.at.least(2 ** 31 - 1)
    expect(popover.hidden).to.equal(false)
    expect(expanded(host)).to.deep.equal(['first'])
    expect(rect(popover).left).to.be.closeTo(rect(first).left, 0.5)
    expect(rect(popover).top).to.be.closeTo(rect(first).bottom + 8, 0.5)

    host.controller.close()
    await host.updateComplete
    expect(host.controller.current).to.equal(undefined)
    expect(popover.hidden).to.equal(true)
  })

  it('is placed in viewport terms inside a transformed container, and inside a size container (the table\'s host)', async () => {
    // Out of the top layer, a transformed ancestor is the popover's containing block.
    for (const style of ['container-type: inline-size', 'transform: translate(30px, 40px)']) {
      const outer = await fixture<HTMLElement>(html`<div style="${style}; margin: 20px; padding: 10px"><popover-probe></popover-probe></div>`)
      const host = outer.querySelector<PopoverProbe>('popover-probe')!
      const { first, scroller, popover } = parts(host)
      scroller.scrollTop = 150
      await openOn(host, first)
      expect(rect(popover).left, style).to.be.closeTo(rect(first).left, 0.5)
      expect(rect(popover).top, style).to.be.closeTo(rect(first).bottom + 8, 0.5)
      // And it follows its chip there.
      scroller.scrollTop = 170
      await frames()
      expect(rect(popover).top, `${style}, scrolled`).to.be.closeTo(rect(first).bottom + 8, 0.5)
    }
  })

  it('flips above the chip when there is no room below', async () => {
    const host = await fixture<PopoverProbe>(html`<popover-probe></popover-probe>`)
    const { first, popover } = parts(host)
    pin(first, `left: 100px; top: ${viewport().height - 40}px`)
    await openOn(host, first)
    expect(rect(popover).bottom).to.be.closeTo(rect(first).top - 8, 0.5)
  })

  it('closes on Escape, which goes no further', async () => {
    const outer = await fixture<HTMLElement>(html`<div><popover-probe></popover-probe></div>`)
    const host = outer.querySelector<PopoverProbe>('popover-probe')!
    const { first, popover } = parts(host)
    const heard: string[] = []
    outer.addEventListener('keydown', (e) => heard.push(e.key))
    first.focus()
    await openOn(host, first)

    await sendKeys({ press: 'Escape' })
    await host.updateComplete
    expect(host.controller.current).to.equal(undefined)
    expect(popover.hidden).to.equal(true)
    expect(heard).to.deep.equal([])
  })
})

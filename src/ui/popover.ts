import type { ComputePositionConfig } from '@floating-ui/dom'
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import { createRef, type Ref } from 'lit/directives/ref.js'
import { issueTextsArriving } from '../catalog/index.js'
import { isTip } from './templates/tips.js'

/** Between the chip and its explanation, and the least room left to the visual viewport's edges. */
const GAP = 8

/**
 * Below the chip at its start edge (floating-ui reads the start from the
 * popover's own direction, the host's). Order matters: the gap, then the side
 * with room, then the slide along it.
 * - flip changes the side only: above when it does not fit below, and when it
 *   fits neither, the side with more room. Along the side, shift does the work
 *   (the popover keeps the chip's start edge until the viewport's edge moves it).
 * - shift keeps it inside the visual viewport both ways (floating-ui measures
 *   the visual one: pinch zoom, an on-screen keyboard), but vertically never
 *   past its chip, so a chip scrolled out of view takes its popover along
 *   rather than leaving it on screen alone.
 * The top layer is fixed-positioned, so are the coordinates.
 */
const placement = ({ offset, flip, shift, limitShift }: FloatingUi): ComputePositionConfig => ({
  strategy: 'fixed',
  placement: 'bottom-start',
  middleware: [
    offset(GAP),
    flip({ padding: GAP, crossAxis: false, flipAlignment: false }),
    shift({ padding: GAP, crossAxis: true, limiter: limitShift({ mainAxis: false }) }),
  ],
})

type FloatingUi = typeof import('./floating.js')
/**
 * @floating-ui/dom with its placement, loaded when an explanation first
 * opens: a page that never opens one never fetches it (the script-tag
 * module's first screen is smaller by its 5 KB). The script-tag module
 * fetches the long English issue texts alongside the first explanation's,
 * for the same reason (a tip needs only its placement).
 */
type Placer = { ui: FloatingUi; config: ComputePositionConfig; fallback: ComputePositionConfig }
let floatingUi: Promise<Placer> | undefined
/** Once loaded: a popover then opens in the same task as before it was lazy. */
let placer: Placer | undefined
const loadFloatingUi = () =>
  (floatingUi ??= import('./floating.js').then(
    (ui) => {
      const config = placement(ui)
      // Viewport terms, as in the top layer: correctForContainingBlock then moves it there from wherever its containing block puts it.
      return (placer = { ui, config, fallback: { ...config, platform: { ...ui.platform, getOffsetParent: () => window } } })
    },
    (error: unknown) => {
      // Offline, or the chunk is not beside the entry: the next open tries again.
      floatingUi = undefined
      throw error
    },
  ))

/**
 * Where the Popover API is missing (Safari before 17, Firefox before 125),
 * the explanation stays in the host's shadow root, fixed-positioned above
 * the page's content: what an overflow around the host clips it cannot
 * escape, but it is placed, followed and closed the same way.
 */
const FALLBACK_Z_INDEX = '2147483647'

/** The Popover API, told by the property (`:popover-open` would not even parse without it). */
export const hasPopoverApi = (): boolean => Object.prototype.hasOwnProperty.call(HTMLElement.prototype, 'popover')

/**
 * The kit's one floating primitive: shows a single explanation next to the
 * chip that has hover or focus, keeps it placed while things scroll, closes
 * on Escape, and cleans up when the host leaves the page. The popover element
 * lives in the host's shadow root; it uses the Popover API (top layer, above
 * any overflow) where the browser has it, and @floating-ui/dom to place it.
 *
 * The host hands it its popover element through `ref(controller.element)`,
 * and sets `popover="manual"` on it only where `controller.topLayer`: a
 * `popover` attribute in a browser without the API would do nothing, and
 * in one with it (but the API switched off) would hide the element for good.
 */
export class PopoverController<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement
  /** What the open popover explains, or undefined when closed. */
  current: T | undefined
  /** The popover element, bound by the host's template with `ref()`. */
  readonly element: Ref<HTMLElement> = createRef()
  /** Whether the popover opens in the top layer (the Popover API), else fixed-positioned in place. */
  readonly topLayer = hasPopoverApi()
  #anchor: HTMLElement | undefined
  /** What the anchor stands for, across renders that build its value afresh (see `follow`). */
  #key: string | undefined
  #stopFollowing: (() => void) | undefined
  #frame = 0
  #closeTimer: ReturnType<typeof setTimeout> | undefined
  #returning: HTMLElement | undefined
  /** Settles once the latest open() has shown its popover (or given up): what focuses into it waits for this. */
  shown: Promise<void> = Promise.resolve()
  /**
   * Whether the open popover is showing. Out of the top layer the host keeps
   * its element `hidden` until then: its placement, and on the first open
   * its words, may still be loading (in the top layer the Popover API hides it).
   */
  visible = false

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host
    host.addController(this)
  }

  /**
   * Opens on `anchor`. `key` names what it stands for (an issue chip: its
   * code and place) where the host builds `value` afresh in its renders:
   * see `follow`.
   */
  open(anchor: HTMLElement, value: T, key?: string): void {
    // Focus handed back to the chip by closeAndFocusAnchor: it stays closed.
    if (anchor === this.#returning) return
    clearTimeout(this.#closeTimer)
    if (this.#anchor === anchor && (this.current === value || (key !== undefined && key === this.#key))) {
      this.current = value
      return
    }
    this.#anchor = anchor
    this.#key = key
    this.current = value
    this.#host.requestUpdate()
    this.shown = this.#host.updateComplete
      .then(() => this.#show())
      .catch((error: unknown) => console.warn('access-code-elements: the explanation could not be placed.', error))
  }

  /**
   * The value of `key` as this render built it (new data, another language,
   * or a host that builds its values in every render): open on that key,
   * the popover takes it in place. Called as the chip is built, in the same
   * update as the explanation and before it (explanationPart is built at its
   * commit, after the rows), so this very render shows the new words and the
   * host finds the code by the value it just built: a remedy button stays,
   * focus with it. It asks for no update: a request in every render would
   * ask for the next, forever.
   */
  follow(key: string, value: T): void {
    if (this.current !== undefined && this.#key === key) this.current = value
  }

  /** The key the popover was opened with (see `open`), while it is open. */
  get currentKey(): string | undefined {
    return this.current === undefined ? undefined : this.#key
  }

  /** Closes after a moment, so the pointer can move from chip to popover. */
  closeSoon(): void {
    clearTimeout(this.#closeTimer)
    this.#closeTimer = setTimeout(() => this.close(), 120)
  }

  keepOpen(): void {
    clearTimeout(this.#closeTimer)
  }

  /** Closes and puts focus back on the chip, for a person who had moved into the popover. */
  closeAndFocusAnchor(): void {
    const anchor = this.#anchor
    this.close()
    if (!anchor?.isConnected) return
    this.#returning = anchor
    try {
      anchor.focus()
    } finally {
      this.#returning = undefined
    }
  }

  /** Whether focus is inside the popover (on an action it offers). */
  get hasFocus(): boolean {
    const active = this.#host.shadowRoot?.activeElement
    return active != null && this.element.value?.contains(active) === true
  }

  close(): void {
    clearTimeout(this.#closeTimer)
    if (this.current === undefined) return
    this.#stop()
    const el = this.element.value
    if (this.topLayer && el?.matches(':popover-open')) el.hidePopover()
    this.visible = false
    this.current = undefined
    this.#anchor = undefined
    this.#key = undefined
    this.#host.requestUpdate()
  }

  hostConnected(): void {
    this.#host.addEventListener('keydown', this.#onKey)
    document.addEventListener('keydown', this.#onPageKey)
  }

  hostUpdated(): void {
    // The chip went away (new data re-rendered its row): so does its explanation.
    if (this.current !== undefined && !this.#anchor?.isConnected) this.close()
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('keydown', this.#onKey)
    document.removeEventListener('keydown', this.#onPageKey)
    this.close()
  }

  /**
   * Escape anywhere dismisses an explanation or tooltip opened by hovering
   * while focus was elsewhere on the page (WCAG 1.4.13). The page's own use
   * of that Escape (its dialog) goes on: nothing is prevented here.
   */
  readonly #onPageKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.current !== undefined && !e.composedPath().includes(this.#host)) this.close()
  }

  readonly #onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.current !== undefined) {
      // Escape closes the explanation only, not a modal dialog around it.
      e.preventDefault()
      e.stopPropagation()
      if (this.hasFocus) this.closeAndFocusAnchor()
      else this.close()
    }
  }

  async #show(): Promise<void> {
    const floating = this.element.value
    const anchor = this.#anchor
    if (!floating || !anchor || this.current === undefined) return
    // Shown once it can be placed and says what it should, never a frame at the wrong place or without its words.
    const words = isTip(this.current) ? undefined : issueTextsArriving()
    const waits = placer === undefined || words !== undefined
    const { ui } = waits ? (await Promise.all([placer ?? loadFloatingUi(), words]))[0] : placer!
    const moved = () => this.#anchor !== anchor || this.element.value !== floating || this.current === undefined
    // Closed, or moved to another chip, while it loaded.
    if (moved()) return
    // What the host rendered before its words came is rendered again before it shows.
    if (waits) {
      this.#host.requestUpdate()
      await this.#host.updateComplete
      if (moved()) return
    }
    if (this.topLayer) {
      if (!floating.matches(':popover-open')) floating.showPopover()
    } else {
      Object.assign(floating.style, { position: 'fixed', zIndex: FALLBACK_Z_INDEX })
      // Now, not at the host's next render: autoUpdate measures it at once.
      floating.hidden = false
    }
    this.visible = true
    this.#stop()
    // autoUpdate listens to every scroller around the chip and the popover
    // (through shadow roots and slots), the viewport, both their sizes and
    // the chip moving for any other reason. It calls back once at once: that
    // placement is made now, not a frame later, so it never paints at its
    // old place; after that, one placement a frame is enough however many
    // scroll events arrive.
    let placed = false
    const stop = ui.autoUpdate(anchor, floating, () => {
      if (placed) return this.#schedule()
      placed = true
      void this.#place()
    })
    this.#stopFollowing = () => {
      stop()
      cancelAnimationFrame(this.#frame)
      this.#frame = 0
    }
  }

  #stop(): void {
    this.#stopFollowing?.()
    this.#stopFollowing = undefined
  }

  readonly #schedule = (): void => {
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0
      void this.#place()
    })
  }

  async #place(): Promise<void> {
    const floating = this.element.value
    const anchor = this.#anchor
    if (!floating || !anchor) return
    // A removed chip reports its new zero size here, before any re-render of the host.
    if (!anchor.isConnected) return this.close()
    const { ui, config, fallback } = placer ?? (await loadFloatingUi())
    const { x, y } = await ui.computePosition(anchor, floating, this.topLayer ? config : fallback)
    // Closed, or moved to another chip, while it computed.
    if (this.#anchor !== anchor) return
    Object.assign(floating.style, { left: `${x}px`, top: `${y}px` })
    if (!this.topLayer) correctForContainingBlock(floating, x, y)
  }
}

/**
 * Out of the top layer, a fixed element is placed against its containing
 * block, which is the viewport only when no ancestor is one: a transform,
 * a filter, `contain: layout` and more set up another, each engine with its
 * own list. Rather than guess them (as floating-ui does), where it landed
 * tells by how much, and the same offset back puts it at x, y in viewport terms.
 */
function correctForContainingBlock(floating: HTMLElement, x: number, y: number): void {
  const box = floating.getBoundingClientRect()
  const dx = box.left - x
  const dy = box.top - y
  if (Math.abs(dx) < 0.5 && Math.abs(dy) < 0.5) return
  Object.assign(floating.style, { left: `${x - dx}px`, top: `${y - dy}px` })
}

// The row window's watcher (to render the rows near the viewport). The
// popover follows its chip with @floating-ui/dom's autoUpdate instead.
// autoUpdate can watch an element with no floating one (`autoUpdate(list,
// null, onMove)`), but it is made for a popover open for a hover, and a list
// lives as long as the page (both points tried in Chromium):
// - It listens on the scrollers around the element when it starts, chosen by
//   their overflow then: a container that becomes a scroller later (a
//   breakpoint, a class) is never heard. Capture at the window and at each
//   shadow root around hears any scroller there, known or not.
// - Its layout-shift watch builds a new IntersectionObserver each time the
//   element moves, and calls back once more for it; a list moves on every
//   frame of a page scroll (20 scroll steps: 20 observers, 40 calls).
//   Switched off, what is left hears less than this does.

/**
 * Calls `onMove` at most once a frame whenever `elements` may have moved or
 * changed size on screen: any scroll (the page's, an ancestor's, one inside
 * a shadow root around them), a viewport resize or zoom, or a size change of
 * the elements themselves. Returns the function that stops it all.
 */
export function watchPosition(elements: readonly Element[], onMove: () => void): () => void {
  let frame = 0
  // A scroll fires many events a frame; one answer a frame is enough.
  const schedule = (): void => {
    frame ||= requestAnimationFrame(() => {
      frame = 0
      onMove()
    })
  }
  const listening = new AbortController()
  const options = { capture: true, passive: true, signal: listening.signal }
  // Capture: scroll does not bubble, and any scroller around counts.
  addEventListener('scroll', schedule, options)
  addEventListener('resize', schedule, options)
  // Pinch zoom and on-screen keyboards move the visual viewport only.
  visualViewport?.addEventListener('scroll', schedule, options)
  visualViewport?.addEventListener('resize', schedule, options)
  // Scroll events are not composed: one from a scroller inside a shadow root
  // never reaches window, so listen at every shadow root around the elements.
  for (const root of new Set(elements.flatMap(shadowRootsAround))) root.addEventListener('scroll', schedule, options)
  const sizes = new ResizeObserver(schedule)
  for (const element of elements) sizes.observe(element)
  return () => {
    listening.abort()
    sizes.disconnect()
    cancelAnimationFrame(frame)
    frame = 0
  }
}

/** The shadow roots an element is rendered inside, through slots too (the flat tree). */
function shadowRootsAround(element: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = []
  let node: Node | null = element
  while (node) {
    const slot: HTMLSlotElement | null = (node as Element).assignedSlot ?? null
    const parent: Node | null = slot ?? node.parentNode
    if (parent instanceof ShadowRoot) {
      roots.push(parent)
      node = parent.host
    } else node = parent
  }
  return roots
}

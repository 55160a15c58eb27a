/** Loads the module that registers one tag (and what it renders). */
export type TagLoader = () => Promise<unknown>

/**
 * Defines tags when a page first shows them, for the script-tag ES module:
 * each tag in `loaders` has its own chunk, fetched the first time an element
 * with that tag is in the document (written in the markup, or added later
 * by script) or when `load(tag)` asks for it. Elements the kit renders in
 * its own shadow roots are not seen here: whoever renders them imports them
 * (the table's dialog imports the form before it opens).
 */
export function defineOnSight(loaders: Record<string, TagLoader>, root: Document = document) {
  const waiting = new Map(Object.entries(loaders))
  const started = new Map<string, Promise<CustomElementConstructor>>()
  let selector = [...waiting.keys()].join(',')
  let observer: MutationObserver | undefined

  const load = (tag: string): Promise<CustomElementConstructor> => {
    const known = started.get(tag)
    if (known) return known
    const loader = waiting.get(tag)
    if (!loader) return customElements.whenDefined(tag)
    waiting.delete(tag)
    selector = [...waiting.keys()].join(',')
    if (waiting.size === 0) observer?.disconnect()
    const loading = loader().then(
      () => customElements.whenDefined(tag),
      (error: unknown) => {
        // Offline, or the chunk is not beside the entry: the next sighting tries again.
        started.delete(tag)
        waiting.set(tag, loader)
        selector = [...waiting.keys()].join(',')
        console.warn(`access-code-elements: <${tag}> could not be loaded.`, error)
        throw error
      },
    )
    started.set(tag, loading)
    return loading
  }
  const sight = (node: Node): void => {
    if (!(node instanceof Element) || selector === '') return
    if (waiting.has(node.localName)) void load(node.localName).catch(() => {})
    if (node.firstElementChild && selector !== '') for (const el of node.querySelectorAll(selector)) void load(el.localName).catch(() => {})
  }

  if (typeof MutationObserver !== 'undefined' && root.documentElement) {
    sight(root.documentElement)
    if (waiting.size > 0) {
      observer = new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) sight(node)
      })
      observer.observe(root.documentElement, { childList: true, subtree: true })
    }
  }
  return { load }
}

const VERSION = '0.2.0'
const versions = Symbol.for('access-code-elements/versions')

/** An element class that names the elements it renders (Shoelace's `static dependencies`). */
type WithDependencies = CustomElementConstructor & { dependencies?: Record<string, CustomElementConstructor> }

/**
 * Defines a tag unless it already is: loading the kit twice (a script tag and
 * an npm copy) must not throw. Warns when the two copies differ in version.
 * The elements a class declares in `static dependencies` are defined first,
 * the same way, so registering an element registers what it renders.
 */
export function defineOnce(tag: string, ctor: WithDependencies): void {
  for (const [dependency, dependencyCtor] of Object.entries(ctor.dependencies ?? {})) defineOnce(dependency, dependencyCtor)
  const g = globalThis as Record<symbol, Record<string, string> | undefined>
  const seen = (g[versions] ??= {})
  const existing = customElements.get(tag)
  if (existing == null) {
    customElements.define(tag, ctor)
    seen[tag] = VERSION
    return
  }
  if (existing !== ctor && seen[tag] !== VERSION) {
    console.warn(`[access-code-elements] <${tag}> is already defined by version ${seen[tag] ?? 'unknown'}; this copy (${VERSION}) is not used.`)
  }
}

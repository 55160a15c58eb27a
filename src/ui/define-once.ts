const VERSION = '0.2.0'
const versions = Symbol.for('access-code-elements/versions')

/**
 * Defines a tag unless it already is: loading the kit twice (a script tag and
 * an npm copy) must not throw. Warns when the two copies differ in version.
 */
export function defineOnce(tag: string, ctor: CustomElementConstructor): void {
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

/**
 * Two values with the same own fields, each the same (===): an issue the
 * details built again from the same data, in their next render. Hosts that
 * build values per render compare with this where identity would say "new".
 */
export function sameFields(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  const keys = Object.keys(a)
  const rec = (o: object): Record<string, unknown> => o as Record<string, unknown>
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && rec(a)[k] === rec(b)[k])
}


/**
 * Remembers the last result of `fn` and recomputes only when an argument
 * changes (by identity). For what a render asks on every frame of a scroll
 * but changes only with the data: sorting, counting, filtering thousands of codes.
 */
export function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined
  return (...args) => {
    if (last && args.length === last.args.length && args.every((a, i) => a === last!.args[i])) return last.result
    last = { args, result: fn(...args) }
    return last.result
  }
}

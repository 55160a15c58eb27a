const ROW = '[part~="row"]'

/**
 * Marks the row that holds keyboard focus with `data-reading`, so its styles
 * can show whole what they cut at rest (a long name, a schedule, why a code
 * cannot be converted): a cut text's `title` is read by hovering only, which
 * a keyboard cannot (WCAG 2.1.1). CSS alone does not do it:
 * `:has(:focus-visible)` is not invalidated in WebKit when focus leaves (the
 * row stayed open), and `:focus-within` also opens a row a mouse clicks
 * into, under the pointer. Listen on the rows' container: `@focusin` and
 * `@focusout`.
 */
export const readingFocus = {
  in(e: FocusEvent): void {
    const target = e.target as Element
    const row = target.closest?.(ROW)
    if (row && target.matches(':focus-visible')) row.setAttribute('data-reading', '')
  },
  out(e: FocusEvent): void {
    const row = (e.target as Element).closest?.(ROW)
    if (row && !row.contains(e.relatedTarget as Node | null)) row.removeAttribute('data-reading')
  },
}

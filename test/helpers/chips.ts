import { issuesEn } from '../../src/catalog/issues.en.js'

/**
 * A row's chip shows an issue's short words, not its full title: the chip
 * of the English entry titled `title`, found by its words exactly, the way
 * a reader finds it.
 */
export function chipWithTitle(scope: ParentNode, title: string): HTMLButtonElement | undefined {
  const entry = Object.values(issuesEn).find((text) => text.title === title)
  const words = entry?.chip ?? title
  return [...scope.querySelectorAll<HTMLButtonElement>('[part~=issue]')].find((c) => c.querySelector('.title')?.textContent?.trim() === words)
}

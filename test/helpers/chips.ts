import { expect } from '@open-wc/testing'
import type { ReactiveElement } from 'lit'
import { registerCatalog } from '../../src/catalog/index.js'
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

/**
 * An element whose first chip reads failed_to_set_on_device in English shows
 * the words of `locale` once they arrive after its first render (what the
 * locale controller does when a language's chunk lands: an update).
 */
export async function expectLateWordsShown(el: ReactiveElement, locale: string): Promise<void> {
  const chip = () => el.shadowRoot!.querySelector('[part~=issue]')!.textContent!
  expect(chip()).to.include(issuesEn['failed_to_set_on_device']!.chip ?? issuesEn['failed_to_set_on_device']!.title)
  registerCatalog(locale, { issues: { failed_to_set_on_device: { title: 'Spät gekommen', explanation: 'e', action: 'a' } } })
  el.requestUpdate()
  await el.updateComplete
  expect(chip()).to.include('Spät gekommen')
}

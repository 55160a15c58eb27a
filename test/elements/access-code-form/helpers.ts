import { waitUntil } from '@open-wc/testing'
import type { AccessCodeForm } from '../../../src/elements/access-code-form/access-code-form.js'

// Reading and driving the form the way a person does: by its fields.
export const root = (el: HTMLElement) => el.shadowRoot!
export const field = (el: AccessCodeForm, id: string) => root(el).querySelector<HTMLInputElement>(`#${id}`)!
export const part = <E extends HTMLElement = HTMLButtonElement>(el: HTMLElement, name: string) => root(el).querySelector<E>(`[part~="${name}"]`)!
export const text = (el: HTMLElement) => root(el).textContent!.replace(/\s+/g, ' ')

export async function ready(el: AccessCodeForm): Promise<AccessCodeForm> {
  await waitUntil(() => root(el).querySelector('form'), 'the form did not appear', { timeout: 10000 })
  return el
}

/** Types a value as input events do, then leaves the field. */
export async function type(el: AccessCodeForm, id: string, value: string): Promise<void> {
  const input = field(el, id)
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }))
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }))
  await el.updateComplete
}

export async function check(el: AccessCodeForm, selector: string, on = true): Promise<void> {
  const box = root(el).querySelector<HTMLInputElement>(selector)!
  if (box.checked !== on) box.click()
  await el.updateComplete
}

/** The time-bound choice of "When it works". */
export const timeBound = (el: AccessCodeForm) => check(el, 'input[name=schedule]:not(:checked)')

export const problem = (el: AccessCodeForm, id: string) => root(el).querySelector(`#${id}-problem`)?.textContent?.trim()

export const submit = async (el: AccessCodeForm) => {
  part(el, 'submit-button').click()
  await el.updateComplete
}

/** The rules under the PIN, by rule, as kept / not kept / pending. */
export const rules = (el: AccessCodeForm) =>
  Object.fromEntries([...root(el).querySelectorAll<HTMLElement>('#pin-rules li')].map((li) => [li.dataset['rule'], li.className]))

/** A wall time `days` from now, as a datetime-local value (UTC: the tests name the zone). */
export const localIn = (days: number, hour = 12) => {
  const d = new Date(Date.now() + days * 86_400_000)
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00`
}

import { fixture, html, waitUntil } from '@open-wc/testing'
import '../../../src/elements/access-code-details/define.js'
import type { AccessCodeDetails } from '../../../src/elements/access-code-details/access-code-details.js'
import { DEMO } from '../../helpers/backend.js'

export type Mount = { id: string; attrs?: Record<string, string | boolean> }

/** The details of one code, against the fake backend, loaded with its history. */
export async function mountDetails(id: string, attrs: Record<string, string | boolean> = {}): Promise<AccessCodeDetails> {
  const provider = await fixture<HTMLElement>(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
    <button id="before">before</button>
    <access-code-details access-code-id=${id} locale="en-GB"></access-code-details>
  </seam-provider>`)
  const el = provider.querySelector<AccessCodeDetails>('access-code-details')!
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false) el.removeAttribute(k)
    else el.setAttribute(k, v === true ? '' : v)
  }
  await loaded(el)
  return el
}

export const inDetails = <E extends Element = HTMLElement>(el: AccessCodeDetails, selector: string) => el.shadowRoot!.querySelector<E>(selector)
export const allInDetails = <E extends Element = HTMLElement>(el: AccessCodeDetails, selector: string) => [...el.shadowRoot!.querySelectorAll<E>(selector)]
export const events = (el: AccessCodeDetails) => allInDetails(el, '[part~=event]')
export const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim()

export async function loaded(el: AccessCodeDetails): Promise<void> {
  await waitUntil(() => inDetails(el, 'dl.facts') && (events(el).length > 0 || inDetails(el, '[part~=history] p')), 'the details and their history', {
    timeout: 10000,
  })
}

export const focused = (): HTMLElement | null => {
  let a = document.activeElement
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement
  return a as HTMLElement | null
}

export const olderButton = (el: AccessCodeDetails) => inDetails<HTMLButtonElement>(el, 'button.older')

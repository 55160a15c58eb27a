/** @jsxImportSource preact */
// Compile-time checks of the typings generated from custom-elements.json:
// `npm run typecheck` fails if they stop describing the elements.
import type { GlobalComponents } from 'vue'
import type {} from '../../types/preact-jsx.d.ts'
import type {} from '../../types/vue.d.ts'
import type { SeamEventDetails } from '../../src/events.js'

export const preactTable = (
  <access-code-table
    device-id="d1"
    poll-interval={5000}
    disable-delete
    onaccess-code-selected={(e: CustomEvent<SeamEventDetails['access-code-selected']>) => e.detail.accessCode.access_code_id}
  />
)

// @ts-expect-error: poll-interval is a number or a string, not an object
export const wrongProp = <access-code-table poll-interval={{}} />

type VueList = GlobalComponents['unmanaged-code-list']
export type VueListHasDeviceId = VueList extends new (...args: never[]) => { $props: { 'device-id'?: unknown } } ? true : false
export const vueListHasDeviceId: VueListHasDeviceId = true

import { expect, fixture, html, waitUntil } from '@open-wc/testing'
import { resetSessions } from '../../src/state/registry.js'
import { CODES, DEMO, backendRequests, resetBackend } from '../helpers/backend.js'

export const props = { deviceId: DEMO.devices.august, clientSessionToken: DEMO.clientSessionToken, endpoint: '/api' }

type Mount = (container: HTMLElement, p: typeof props) => (() => void) | Promise<() => void>

/** Mounts a framework example on a fresh backend and runs the proof on it. */
export async function proveExample(mount: Mount): Promise<void> {
  resetSessions()
  await resetBackend()
  const container = await fixture<HTMLDivElement>(html`<div></div>`)
  const unmount = await mount(container, props)
  await convertThroughTheUi(container)
  unmount()
}

/**
 * What every framework proof checks: the table and the list render the
 * seeded device, a code is converted through the list and its dialog, and
 * the host framework received the event with the converted code.
 */
export async function convertThroughTheUi(container: HTMLElement): Promise<void> {
  const table = await waitFor(() => container.querySelector('access-code-table'))
  const list = await waitFor(() => container.querySelector('unmanaged-code-list'))
  await waitUntil(() => table.shadowRoot?.querySelector(`[part~=row][data-id="${CODES['ongoingSet']}"]`), 'table rows', { timeout: 10000 })
  const id = CODES['unmanagedFront1']!
  const convert = await waitFor(() => list.shadowRoot?.querySelector<HTMLButtonElement>(`[part~=row][data-id="${id}"] button.primary`))
  convert.click()
  const dialog = await waitFor(() => list.shadowRoot?.querySelector('convert-code-dialog') ?? container.querySelector('convert-code-dialog'))
  const confirm = await waitFor(() => dialog.shadowRoot?.querySelector<HTMLButtonElement>('[part=confirm-button]:not([disabled])'))
  confirm.click()
  const shown = await waitFor(() => container.querySelector('[data-testid=converted]'), 10000)
  expect(shown.textContent!.trim()).to.equal(id)
  await waitUntil(() => table.shadowRoot!.querySelector(`[part~=row][data-id="${id}"]`), 'the table shows the converted code')
  expect((await backendRequests()).filter((r) => r === '/access_codes/unmanaged/convert_to_managed')).to.have.length(1)
}

async function waitFor<T>(get: () => T | null | undefined, timeout = 5000): Promise<T> {
  let value: T | null | undefined
  await waitUntil(() => (value = get()) != null, 'element did not appear', { timeout })
  return value as T
}

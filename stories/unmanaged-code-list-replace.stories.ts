import type { Meta, StoryObj } from '@storybook/web-components-vite'
import type { AccessCode, UnmanagedAccessCode } from '@seamapi/types/connect'
import { html } from 'lit'
import { ref } from 'lit/directives/ref.js'
import type { SeamClient } from '../src/api/client.js'
import { SeamApiError } from '../src/api/errors.js'
import { device, stubClient, unmanagedCode } from '../test/helpers/stub-client.js'
import { DEMO } from './helpers.js'

// Each step of replacing a code Seam cannot convert. Every story has a lock
// of its own in memory (the shared fake backend would lose the old code to
// the first story that replaces it), and stops at the step it shows: that
// step's request never answers, or fails.

const meta: Meta = { title: 'Elements/unmanaged-code-list/Replace', component: 'unmanaged-code-list' }
export default meta
type Story = StoryObj

type Lock = 'igloohome' | 'smartthings' | 'cannot-delete'
type Step = 'generate' | 'create' | 'set' | 'delete'

const DAY = 86_400_000
const iso = (ms: number) => new Date(Date.now() + ms).toISOString()

function oldCode(lock: Lock): UnmanagedAccessCode {
  if (lock === 'smartthings') return unmanagedCode({ access_code_id: 'uac_story', name: 'Cleaner (SmartThings app)', code: null, type: 'time_bound', starts_at: iso(-DAY), ends_at: iso(6 * DAY) } as never)
  if (lock === 'cannot-delete') return unmanagedCode({ access_code_id: 'uac_story', name: 'Master code (manufacturer app)', code: '0000', cannot_be_managed: true, cannot_delete_unmanaged_access_code: true } as never)
  return unmanagedCode({ access_code_id: 'uac_story', name: 'Guest: Lindqvist', code: '38164', type: 'time_bound', starts_at: iso(-DAY), ends_at: iso(6 * DAY) } as never)
}

/** A lock in memory whose `hold` step never answers and whose `fail` step fails. */
function lockClient(lock: Lock, o: { hold?: Step; fail?: Step }): SeamClient {
  const type = lock === 'smartthings' ? 'smartthings_lock' : lock === 'igloohome' ? 'igloohome_lock' : 'august_lock'
  const stub = stubClient({ unmanaged: [oldCode(lock)], devices: [device({ device_id: 'd1', device_type: type, display_name: 'Cabin' } as never)] })
  const refused = (message: string) => new SeamApiError({ status: 400, type: 'invalid_input', message, requestId: 'req_story' })
  if (o.fail === 'generate') stub.fail('accessCodes.generateCode', refused('The lock could not be reached to generate a PIN.'))
  if (o.fail === 'create') stub.fail('accessCodes.create', refused('The lock refused the new code.'))
  if (o.fail === 'delete') stub.fail('unmanaged.delete', refused('The lock did not confirm that the code was removed.'))
  const never = () => new Promise<never>(() => {})
  const c = stub.client
  const onLock = (code: AccessCode): AccessCode =>
    o.fail === 'set'
      ? ({ ...code, status: 'unset', errors: [{ error_code: 'failed_to_set_on_device', message: 'Failed to set code on device.', is_access_code_error: true, created_at: iso(0) }] } as unknown as AccessCode)
      : { ...code, status: 'set' }
  return {
    ...c,
    accessCodes: {
      ...c.accessCodes,
      generateCode: (p, opts) => (o.hold === 'generate' ? never() : c.accessCodes.generateCode(p, opts)),
      create: (p, opts) => (o.hold === 'create' ? never() : c.accessCodes.create(p, opts)),
      get: async (p, opts) => (o.hold === 'set' ? never() : onLock(await c.accessCodes.get(p, opts))),
      unmanaged: { ...c.accessCodes.unmanaged, delete: (p, opts) => (o.hold === 'delete' ? never() : c.accessCodes.unmanaged.delete(p, opts)) },
    },
  }
}

/** Opens the replacement, chooses the PIN and sends it, as far as the story goes. */
function drive(lock: Lock, o: { keep?: boolean; send?: boolean }) {
  const started = new WeakSet<Element>()
  return (el: Element | undefined) => {
    if (!el || started.has(el)) return
    started.add(el)
    const root = () => el.shadowRoot
    const until = async <T>(find: () => T | null | undefined): Promise<T | undefined> => {
      for (let i = 0; i < 100; i++) {
        const found = find()
        if (found) return found
        await new Promise((r) => setTimeout(r, 50))
      }
      return undefined
    }
    void (async () => {
      ;(await until(() => root()?.querySelector<HTMLButtonElement>('[part~="replace-button"]')))?.click()
      if (o.keep) (await until(() => root()?.querySelector<HTMLInputElement>('input[name="replace-pin"][value="keep"]')))?.click()
      if (!o.send) return
      const submit = await until(() => {
        const form = root()?.querySelector('dialog.replace access-code-form')
        const pin = form?.shadowRoot?.querySelector<HTMLInputElement>('#pin')
        // Kept: once the form shows the old PIN.
        const ready = o.keep ? pin?.value === oldCode(lock).code : !!pin?.value
        return ready ? form?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="submit-button"]') : undefined
      })
      submit?.click()
    })()
  }
}

function story(lock: Lock, o: { hold?: Step; fail?: Step; keep?: boolean; send?: boolean } = {}): Story {
  return {
    render: () =>
      html`<unmanaged-code-list
        device-id="d1"
        poll-interval="0"
        .client=${lockClient(lock, o)}
        ${ref(drive(lock, o))}
      ></unmanaged-code-list>`,
  }
}

/** On the fake backend: each igloohome code offers "Replace" (a managed code in its place) beside why it cannot convert. */
export const Offered: Story = {
  render: () =>
    html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
      <unmanaged-code-list device-id=${DEMO.devices.igloohome}></unmanaged-code-list>
    </seam-provider>`,
}
/** Step 1, getting a new PIN (the default choice) for the form. */
export const GettingANewPin: Story = story('igloohome', { hold: 'generate' })
/** The choice, in words, before anything is done: a new PIN (default), prefilled with the old code's name and schedule. */
export const ChooseANewPin: Story = story('igloohome')
/** Keeping the PIN: the old code goes first, and the dialog says what that means for the door. */
export const ChooseToKeepThePin: Story = story('igloohome', { keep: true })
/** SmartThings does not share the PIN: keeping it is not offered, and the dialog says why. */
export const SmartThingsPinHidden: Story = story('smartthings')
/** A code only the manufacturer's app can delete: it stays, and its PIN cannot be kept. */
export const OldCodeCannotBeDeleted: Story = story('cannot-delete')
export const CreatingTheNewCode: Story = story('igloohome', { send: true, hold: 'create' })
export const SettingItOnTheLock: Story = story('igloohome', { send: true, hold: 'set' })
export const DeletingTheOldCode: Story = story('igloohome', { send: true, hold: 'delete' })
/** Keeping the PIN: the old code is being deleted first. */
export const KeepThePinDeletingFirst: Story = story('igloohome', { send: true, keep: true, hold: 'delete' })
export const Replaced: Story = story('igloohome', { send: true })
export const ReplacedOldCodeStays: Story = story('cannot-delete', { send: true })
export const StoppedAtGenerate: Story = story('igloohome', { fail: 'generate' })
export const StoppedAtCreate: Story = story('igloohome', { send: true, fail: 'create' })
export const StoppedAtSet: Story = story('igloohome', { send: true, fail: 'set' })
export const StoppedAtDelete: Story = story('igloohome', { send: true, fail: 'delete' })

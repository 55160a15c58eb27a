import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html, type TemplateResult } from 'lit'
import { ref } from 'lit/directives/ref.js'
import { SeamApiError } from '../src/api/errors.js'
import type { AccessCodeForm } from '../src/elements/access-code-form/access-code-form.js'
import { device, stubClient } from '../test/helpers/stub-client.js'
import { CODES, DEMO } from './helpers.js'

const session = (inner: TemplateResult) => html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">${inner}</seam-provider>`

const meta: Meta = {
  title: 'Elements/access-code-form',
  component: 'access-code-form',
  args: { 'device-id': DEMO.devices.paris },
  render: (args) => session(html`<access-code-form device-id=${args['device-id']} time-zone=${args['time-zone'] ?? ''}></access-code-form>`),
}
export default meta
type Story = StoryObj

const day = 86_400_000
const inDays = (n: number, hour: number) => {
  const d = new Date(Date.now() + n * day)
  d.setUTCHours(hour, 0, 0, 0)
  return d.toISOString()
}

/** A new code on a Paris lock with rules of its own: six digits, no 0, not starting with 12, no runs of three. */
export const Empty: Story = {}
/** Prefilled through `.defaults`; the times show in the lock's zone, named, with the preview in words. */
export const Filled: Story = {
  render: () =>
    session(
      html`<access-code-form
        device-id=${DEMO.devices.paris}
        locale="en-GB"
        .defaults=${{ name: 'Guest: Lambert', code: '358147', starts_at: inDays(3, 14), ends_at: inDays(5, 9) }}
      ></access-code-form>`,
    ),
}
/** Edits a code that starts at 10:00 in Chicago: 10:00 it shows, whatever the browser's zone. */
export const EditInTheLocksZone: Story = { render: () => session(html`<access-code-form access-code-id=${CODES['chicagoMorning']}></access-code-form>`) }
/** A lock that can only be reached offline now, with offline codes: the options it supports. */
export const OfflineLock: Story = { args: { 'device-id': DEMO.devices.offline } }
/** A lock that picks its own PIN: no PIN field, and it says so. */
export const LockPicksThePin: Story = { args: { 'device-id': DEMO.devices.picksPin } }
export const DarkScheme: Story = {
  render: () =>
    html`<div style="color-scheme: dark; background:#0e121a; padding:1rem">
      ${session(html`<access-code-form device-id=${DEMO.devices.paris} style="color-scheme: dark"></access-code-form>`)}
    </div>`,
}

// States held still with an in-memory client: a lock with every rule, a save that never answers, a refusal.
const every = [
  'no_zeros',
  'cannot_start_with_12',
  'no_triple_consecutive_ints',
  'no_ascending_or_descending_sequence',
  'at_least_three_unique_digits',
  'cannot_contain_089',
  'cannot_contain_0789',
  'unique_first_four_digits',
  'no_all_same_digits',
  'pin_code_matches_existing_set',
]
function stubbed(constraints: string[], setup: (s: ReturnType<typeof stubClient>) => void = () => {}, lengths = [4, 5, 6]) {
  const stub = stubClient({
    devices: [device({ device_id: 'd1', properties: { name: 'Front door', supported_code_lengths: lengths, code_constraints: constraints.map((constraint_type) => ({ constraint_type })) } } as never)],
  })
  setup(stub)
  return stub.client
}
/** Renders the form and, once it is there, does what a person would: type a PIN, press Save. */
function driven(client: ReturnType<typeof stubbed>, pin: string, press = true, extra: Record<string, unknown> = {}) {
  return html`<access-code-form
    device-id="d1"
    .client=${client}
    .defaults=${{ name: 'Guest', code: pin, ...extra }}
    ${ref((el) => {
      if (!el) return
      const form = el as AccessCodeForm
      const go = () => {
        const submit = form.shadowRoot?.querySelector<HTMLButtonElement>('[part=submit-button]')
        if (!submit) return void setTimeout(go, 50)
        if (press) submit.click()
      }
      setTimeout(go)
    })}
  ></access-code-form>`
}
const broken = (rule: string, pin: string): Story => ({ render: () => driven(stubbed([rule]), pin) })

/** Every rule a lock can state, listed under the PIN. */
export const EveryRule: Story = { render: () => driven(stubbed(every), '', false) }
export const BrokenLength: Story = { render: () => driven(stubbed([]), '1234567') }
export const BrokenNoZeros = broken('no_zeros', '1059')
export const BrokenCannotStartWith12 = broken('cannot_start_with_12', '1294')
export const BrokenNoTripleConsecutive = broken('no_triple_consecutive_ints', '4123')
export const BrokenNoSequence = broken('no_ascending_or_descending_sequence', '4321')
export const BrokenThreeUniqueDigits = broken('at_least_three_unique_digits', '1122')
export const BrokenCannotContain089 = broken('cannot_contain_089', '1238')
export const BrokenCannotContain0789 = broken('cannot_contain_0789', '1237')
export const BrokenUniqueFirstFour = broken('unique_first_four_digits', '1213')
export const BrokenAllSameDigits = broken('no_all_same_digits', '5555')
export const BrokenDigitsOnly: Story = { render: () => driven(stubbed([]), '12a4') }
export const EndBeforeStart: Story = { render: () => driven(stubbed([]), '2468', true, { starts_at: inDays(4, 10), ends_at: inDays(3, 10) }) }
export const Saving: Story = { render: () => driven(stubbed([], (s) => (s.client.accessCodes.create = () => new Promise(() => {}))), '2468') }
/** Seam refuses the PIN (409 duplicate_access_code): what was typed stays, the reason sits on the PIN. */
export const Refused: Story = {
  render: () =>
    driven(
      stubbed([], (s) => s.fail('accessCodes.create', new SeamApiError({ status: 409, type: 'duplicate_access_code', message: 'Cannot set duplicate access code 2468', requestId: 'req_story' }))),
      '2468',
    ),
}
export const RefusedWithoutAField: Story = {
  render: () => driven(stubbed([], (s) => s.fail('accessCodes.create', new SeamApiError({ status: 503, type: 'service_unavailable', message: 'Seam is briefly unavailable.' }))), '2468'),
}
export const Saved: Story = { render: () => driven(stubbed([]), '2468') }

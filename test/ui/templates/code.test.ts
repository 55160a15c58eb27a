import { expect, fixture, html } from '@open-wc/testing'
import { render, type nothing, type TemplateResult } from 'lit'
import { flagKeys, flagsPart, pinAbsence, pinPart, schedulePart } from '../../../src/ui/templates/code.js'
import { managedCode, unmanagedCode } from '../../helpers/stub-client.js'

async function rendered(template: TemplateResult | typeof nothing): Promise<HTMLElement> {
  const box = await fixture<HTMLElement>(html`<div></div>`)
  render(template, box)
  return box
}

describe('code parts', () => {
  it('says why there is no PIN: waiting for the lock, hidden by the provider, or none', () => {
    expect(pinAbsence(managedCode({ access_code_id: 'a', code: '1234' }), true)).to.equal(undefined)
    expect(pinAbsence(managedCode({ access_code_id: 'a', is_waiting_for_code_assignment: true }), false)).to.equal('pinWaiting')
    expect(pinAbsence(unmanagedCode({ access_code_id: 'u', code: null as never }), true)).to.equal('pinHidden')
    expect(pinAbsence(unmanagedCode({ access_code_id: 'u', code: '' as never }), false)).to.equal('pinNone')
  })

  it('shows a PIN with a copy button only when asked to copy, and the copy hands over the PIN', async () => {
    const code = managedCode({ access_code_id: 'a', name: 'Guest', code: '4821' })
    const plain = await rendered(pinPart(code, 'en'))
    expect(plain.querySelector('[part=code]')!.textContent).to.equal('4821')
    expect(plain.querySelector('button')).to.equal(null)
    const copied: string[] = []
    const box = await rendered(pinPart(code, 'en', { onCopy: (pin) => copied.push(pin) }))
    const button = box.querySelector<HTMLButtonElement>('button.copy')!
    expect(button.getAttribute('aria-label')).to.equal('Copy the code of Guest')
    expect(button.title).to.equal('Copy')
    button.click()
    expect(copied).to.deep.equal(['4821'])
    const done = await rendered(pinPart(code, 'en', { onCopy: () => {}, copied: 'copied' }))
    expect(done.querySelector('button')!.title).to.equal('Copied')
    const none = await rendered(pinPart(managedCode({ access_code_id: 'b', code: null as never }), 'en', { onCopy: () => {} }))
    expect(none.querySelector('[part=code]')!.textContent).to.equal('No code')
    expect(none.querySelector('button')).to.equal(null)
  })

  it('lists a managed code\'s flags in words, the backup in use over the one available', async () => {
    const code = managedCode({
      access_code_id: 'a',
      is_offline_access_code: true,
      is_one_time_use: true,
      pulled_backup_access_code_id: 'b',
      is_backup_access_code_available: true,
      common_code_key: 'k',
      is_external_modification_allowed: true,
      is_scheduled_on_device: true,
    })
    expect(flagKeys(code)).to.deep.equal(['flagOffline', 'flagOneTime', 'flagBackupInUse', 'flagLinked', 'flagExternal', 'flagScheduled'])
    expect(flagKeys(managedCode({ access_code_id: 'b', is_backup_access_code_available: true }))).to.deep.equal(['flagBackupAvailable'])
    const box = await rendered(flagsPart(managedCode({ access_code_id: 'c', is_one_time_use: true }), 'en'))
    expect([...box.querySelectorAll('.flag')].map((f) => f.textContent)).to.deep.equal(['One-time use'])
    expect((await rendered(flagsPart(managedCode({ access_code_id: 'd' }), 'en'))).querySelector('ul')).to.equal(null)
  })

  it('shows the schedule in the zone and locale asked', async () => {
    const code = managedCode({ access_code_id: 'a', type: 'time_bound', starts_at: '2031-06-01T15:00:00Z', ends_at: '2031-06-03T11:00:00Z' })
    const box = await rendered(schedulePart(code, { locale: 'de-DE', timeZone: 'Europe/Berlin' }))
    expect(box.querySelector('[part=schedule]')!.textContent).to.include('17:00').and.include('13:00')
    const ongoing = await rendered(schedulePart(managedCode({ access_code_id: 'b' }), { locale: 'en' }))
    expect(ongoing.querySelector('[part=schedule]')!.textContent).to.match(/Ongoing/)
  })
})

import { expect } from '@open-wc/testing'
import fc from 'fast-check'
import {
  browserTimeZone,
  fromLocalInput,
  instantOf,
  isTimeZone,
  lockTimeZone,
  resolveTimeZone,
  toLocalInput,
  wallTimeAt,
} from '../../src/ui/zoned-time.js'

const wall = (s: string) => fromLocalInput(s)!
const at = (s: string, zone: string) => new Date(instantOf(wall(s), zone)).toISOString()

describe('zoned time: wall time in an IANA zone to an instant', () => {
  it('reads plain times with the zone\'s offset of that day', () => {
    expect(at('2025-01-15T10:00', 'America/Chicago')).to.equal('2025-01-15T16:00:00.000Z')
    expect(at('2025-07-15T10:00', 'America/Chicago')).to.equal('2025-07-15T15:00:00.000Z')
    expect(at('2025-12-05T15:00', 'Europe/Paris')).to.equal('2025-12-05T14:00:00.000Z')
    expect(at('2025-06-01T09:15', 'Asia/Kolkata')).to.equal('2025-06-01T03:45:00.000Z')
    expect(at('2025-06-01T09:15', 'UTC')).to.equal('2025-06-01T09:15:00.000Z')
  })

  it('Europe/Paris, last Sunday of March: before, in and after the skipped hour', () => {
    expect(at('2025-03-30T01:30', 'Europe/Paris')).to.equal('2025-03-30T00:30:00.000Z')
    // 02:00-03:00 never happens that night: 02:30 moves forward by the gap, to 03:30 CEST.
    expect(at('2025-03-30T02:30', 'Europe/Paris')).to.equal('2025-03-30T01:30:00.000Z')
    expect(at('2025-03-30T03:30', 'Europe/Paris')).to.equal('2025-03-30T01:30:00.000Z')
    expect(at('2025-03-30T12:00', 'Europe/Paris')).to.equal('2025-03-30T10:00:00.000Z')
    expect(at('2025-03-29T12:00', 'Europe/Paris')).to.equal('2025-03-29T11:00:00.000Z')
  })

  it('Europe/Paris, last Sunday of October: the hour that happens twice is its first time', () => {
    expect(at('2025-10-26T01:30', 'Europe/Paris')).to.equal('2025-10-25T23:30:00.000Z')
    expect(at('2025-10-26T02:30', 'Europe/Paris')).to.equal('2025-10-26T00:30:00.000Z')
    expect(at('2025-10-26T03:30', 'Europe/Paris')).to.equal('2025-10-26T02:30:00.000Z')
  })

  it('America/Chicago and Australia/Sydney change on their own dates', () => {
    expect(at('2025-03-09T02:30', 'America/Chicago')).to.equal('2025-03-09T08:30:00.000Z')
    expect(at('2025-11-02T01:30', 'America/Chicago')).to.equal('2025-11-02T06:30:00.000Z')
    expect(at('2025-04-06T02:30', 'Australia/Sydney')).to.equal('2025-04-05T15:30:00.000Z')
    expect(at('2025-10-05T02:30', 'Australia/Sydney')).to.equal('2025-10-04T16:30:00.000Z')
  })

  it('gives back the wall time it was given, for any minute that exists (round trip)', () => {
    const zones = ['Europe/Paris', 'America/Chicago', 'Australia/Sydney', 'Asia/Kolkata', 'America/St_Johns', 'Pacific/Chatham']
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2035, 0, 1) / 60_000 }), fc.constantFrom(...zones), (minute, zone) => {
        const ms = minute * 60_000
        const shown = wallTimeAt(ms, zone)
        const back = instantOf(shown, zone)
        // The same wall time, and never later than the instant it came from (the first of twice).
        expect(wallTimeAt(back, zone)).to.deep.equal(shown)
        expect(back).to.be.at.most(ms)
      }),
      { numRuns: 400 },
    )
  })

  it('reads and writes datetime-local values, refusing impossible dates', () => {
    expect(fromLocalInput('2025-02-29T10:00')).to.equal(undefined)
    expect(fromLocalInput('2025-13-01T10:00')).to.equal(undefined)
    expect(fromLocalInput('')).to.equal(undefined)
    expect(fromLocalInput('2024-02-29T23:59')).to.deep.equal({ year: 2024, month: 2, day: 29, hour: 23, minute: 59 })
    expect(toLocalInput({ year: 2025, month: 3, day: 9, hour: 7, minute: 5 })).to.equal('2025-03-09T07:05')
  })
})

describe('zoned time: which zone the screen uses', () => {
  const chicago = { location: { timezone: 'America/Chicago' } }
  it('is the page\'s, else the lock\'s, else the browser\'s', () => {
    expect(resolveTimeZone('Asia/Tokyo', chicago)).to.include({ timeZone: 'Asia/Tokyo', source: 'page' })
    expect(resolveTimeZone(undefined, chicago)).to.include({ timeZone: 'America/Chicago', source: 'lock' })
    expect(resolveTimeZone('', { location: { time_zone: 'Europe/Paris' } })).to.include({ timeZone: 'Europe/Paris', source: 'lock' })
    expect(resolveTimeZone(undefined, undefined)).to.include({ timeZone: browserTimeZone(), source: 'browser', differsFromBrowser: false })
  })

  it('ignores zones the browser does not know', () => {
    expect(isTimeZone('Mars/Olympus_Mons')).to.equal(false)
    expect(lockTimeZone({ location: { timezone: 'Mars/Olympus_Mons' } })).to.equal(undefined)
    expect(resolveTimeZone('Nowhere/Else', chicago).timeZone).to.equal('America/Chicago')
  })

  it('says when the zone is not the browser\'s', () => {
    const other = browserTimeZone() === 'Asia/Tokyo' ? 'Europe/Paris' : 'Asia/Tokyo'
    expect(resolveTimeZone(other, undefined).differsFromBrowser).to.equal(true)
    expect(resolveTimeZone(browserTimeZone(), chicago).differsFromBrowser).to.equal(false)
  })

  it('takes another spelling of the browser\'s zone for the browser\'s, and shows a zone in its own case', () => {
    const spelled = resolveTimeZone(browserTimeZone().toLowerCase(), chicago)
    expect(spelled).to.include({ timeZone: browserTimeZone(), source: 'page', differsFromBrowser: false })
    expect(resolveTimeZone(undefined, { location: { timezone: 'asia/tokyo' } }).timeZone).to.equal('Asia/Tokyo')
    // UTC's aliases, where the browser runs in UTC (as CI's does).
    if (browserTimeZone() === 'UTC') for (const alias of ['Etc/UTC', 'GMT', 'utc']) expect(resolveTimeZone(alias, chicago).differsFromBrowser, alias).to.equal(false)
  })
})

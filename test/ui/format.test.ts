import { expect } from '@open-wc/testing'
import { registerStrings } from '../../src/i18n/index.js'
import { describeSchedule, displayName, formatDate, lockName, parseTime, relativeTime, warmFormats, type FormatContext } from '../../src/ui/format.js'

// Every clock here is the context's `now`, so nothing waits on time. ICU may
// put a narrow no-break space before AM/PM: compare with plain spaces.
const plain = (text: string | undefined) => text?.replace(/[\s\u202f]+/g, ' ')

const NOW = Date.UTC(2025, 5, 15, 12, 0) // 15 June 2025, 12:00 UTC
const utc: FormatContext = { locale: 'en-US', timeZone: 'UTC', now: NOW }
const iso = (month: number, day: number, hour = 12, year = 2025) => new Date(Date.UTC(year, month - 1, day, hour)).toISOString()

describe('format: dates', () => {
  const ms = Date.UTC(2025, 0, 15, 13, 5)

  it('writes a date and time in the locale and time zone asked for', () => {
    expect(plain(formatDate(ms, { locale: 'en-US', timeZone: 'UTC' }))).to.equal('Jan 15, 2025, 01:05 PM')
    expect(plain(formatDate(ms, { locale: 'en-GB', timeZone: 'UTC' }))).to.equal('15 Jan 2025, 13:05')
    expect(plain(formatDate(ms, { locale: 'de-DE', timeZone: 'UTC' }))).to.equal('15. Jan. 2025, 13:05')
    expect(plain(formatDate(ms, { locale: 'en-US', timeZone: 'America/New_York' }))).to.equal('Jan 15, 2025, 08:05 AM')
    // Late evening in UTC is the next morning in Tokyo.
    expect(plain(formatDate(Date.UTC(2025, 0, 15, 23, 30), { locale: 'en-US', timeZone: 'Asia/Tokyo' }))).to.equal('Jan 16, 2025, 08:30 AM')
  })

  it('leaves the year out when asked', () => {
    expect(plain(formatDate(ms, { locale: 'en-US', timeZone: 'UTC' }, false))).to.equal('Jan 15, 01:05 PM')
  })

  it('reads a locale as a server writes it (de_DE) as Intl spells it, and keeps the zone: the time is the lock\'s, in its language', () => {
    const tokyo = Date.UTC(2026, 11, 24, 23, 30) // 25 Dec, 08:30 in Tokyo
    const spelled = plain(formatDate(tokyo, { locale: 'de-DE', timeZone: 'Asia/Tokyo' }))
    expect(spelled).to.include('25. Dez').and.include('08:30')
    expect(plain(formatDate(tokyo, { locale: 'de_DE', timeZone: 'Asia/Tokyo' }))).to.equal(spelled)
    expect(relativeTime(NOW + 3 * 864e5, { locale: 'de_DE', now: NOW })).to.equal('in 3 Tagen')
    // An unknown zone loses the zone, not the language.
    expect(plain(formatDate(tokyo, { locale: 'de_DE', timeZone: 'Mars/Olympus' }))).to.include('Dez.')
  })

  it('falls back to English for a malformed locale and to the browser\'s zone for an unknown one, instead of throwing', () => {
    for (const ctx of [{ locale: 'en-US', timeZone: 'Mars/Olympus' }, { locale: 'not a locale!', timeZone: 'UTC' }]) {
      const text = formatDate(ms, ctx)
      expect(text, JSON.stringify(ctx)).to.be.a('string').and.match(/2025/)
    }
  })

  it('says how far a time is in the largest unit that fits', () => {
    const at = (offset: number, locale = 'en') => relativeTime(NOW + offset, { locale, now: NOW })
    expect(at(3 * 864e5)).to.equal('in 3 days')
    expect(at(864e5)).to.equal('tomorrow')
    expect(at(-2 * 36e5)).to.equal('2 hours ago')
    expect(at(-60 * 864e5)).to.equal('2 months ago')
    expect(at(400 * 864e5)).to.equal('next year')
    // Under a minute is now.
    expect(at(30e3)).to.equal('this minute')
    expect(at(3 * 864e5, 'de')).to.equal('in 3 Tagen')
    expect(at(3 * 864e5, '!!'), 'a malformed locale').to.be.a('string').and.not.equal('')
  })
})

describe('format: parseTime', () => {
  it('reads ISO timestamps, with their offset', () => {
    expect(parseTime('2025-01-15T13:05:00Z')).to.equal(Date.UTC(2025, 0, 15, 13, 5))
    expect(parseTime('2025-01-15T13:05:00.000+02:00')).to.equal(Date.UTC(2025, 0, 15, 11, 5))
    // A date alone is midnight UTC, as ECMAScript reads it.
    expect(parseTime('2025-01-15')).to.equal(Date.UTC(2025, 0, 15))
    expect(parseTime('1970-01-01T00:00:00Z'), 'the epoch is a time, not a missing one').to.equal(0)
  })

  it('gives undefined for anything missing or unreadable', () => {
    for (const value of [undefined, null, '', ' ', 'not a date', '2025-13-45T99:00:00Z', 1736946300000, {}, ['2025-01-15']]) {
      expect(parseTime(value), JSON.stringify(value)).to.equal(undefined)
    }
  })
})

describe('format: schedules in words', () => {
  it('leaves the year out only within the lock\'s own year: its New Year may be the browser\'s New Year\'s Eve', () => {
    const now = Date.parse('2026-12-03T06:00:00Z')
    const code = { type: 'time_bound', starts_at: '2026-12-01T00:00:00Z', ends_at: '2026-12-31T12:00:00Z' } as const
    // 31 Dec 12:00 UTC is 1 Jan 2027, 02:00 in Kiritimati (UTC+14).
    expect(describeSchedule(code as never, { locale: 'en-GB', timeZone: 'Pacific/Kiritimati', now }).text).to.include('2027')
    expect(describeSchedule(code as never, { locale: 'en-GB', timeZone: 'UTC', now }).text).to.not.include('2026')
  })

  it('an ongoing code, or a time-bound one without readable times, is ongoing', () => {
    expect(describeSchedule({ type: 'ongoing', starts_at: undefined, ends_at: undefined }, utc)).to.deep.equal({ text: 'Ongoing' })
    expect(describeSchedule({ type: 'time_bound', starts_at: undefined, ends_at: undefined }, utc)).to.deep.equal({ text: 'Ongoing' })
    expect(describeSchedule({ type: 'time_bound', starts_at: 'garbage', ends_at: '' }, utc)).to.deep.equal({ text: 'Ongoing' })
    // An ongoing code's times say nothing about when it works.
    expect(describeSchedule({ type: 'ongoing', starts_at: iso(6, 1), ends_at: iso(6, 2) }, utc).text).to.equal('Ongoing')
  })

  it('one that starts later says when it starts and ends, and how soon', () => {
    const s = describeSchedule({ type: 'time_bound', starts_at: iso(6, 20), ends_at: iso(6, 25) }, utc)
    expect(plain(s.text)).to.equal('Starts Jun 20, 12:00 PM · ends Jun 25, 12:00 PM')
    expect(s.relative).to.equal('in 5 days')
    const open = describeSchedule({ type: 'time_bound', starts_at: iso(6, 20), ends_at: undefined }, utc)
    expect(plain(open.text)).to.equal('Starts Jun 20, 12:00 PM')
    expect(open.relative).to.equal('in 5 days')
  })

  it('one that has started says until when, and how long is left', () => {
    const s = describeSchedule({ type: 'time_bound', starts_at: iso(6, 1), ends_at: iso(6, 25) }, utc)
    expect(plain(s.text)).to.equal('Active until Jun 25, 12:00 PM')
    expect(s.relative, 'ten days: the week is the largest unit that fits').to.equal('next week')
    // No start at all (Seam allows it): the same, until its end.
    const noStart = describeSchedule({ type: 'time_bound', starts_at: undefined, ends_at: iso(6, 25) }, utc)
    expect([plain(noStart.text), noStart.relative]).to.deep.equal(['Active until Jun 25, 12:00 PM', 'next week'])
  })

  it('one that has started and has no end says since when, and how long ago, not that it starts', () => {
    const started = describeSchedule({ type: 'time_bound', starts_at: iso(6, 12), ends_at: undefined }, utc)
    expect([plain(started.text), started.relative]).to.deep.equal(['Active since Jun 12, 12:00 PM', '3 days ago'])
    // Seam sends a missing end as null.
    const nullEnd = describeSchedule({ type: 'time_bound', starts_at: iso(6, 12), ends_at: null }, utc)
    expect(plain(nullEnd.text)).to.equal('Active since Jun 12, 12:00 PM')
    // A start at this very moment has begun.
    expect(describeSchedule({ type: 'time_bound', starts_at: new Date(NOW).toISOString(), ends_at: undefined }, utc).text).to.match(/^Active since/)
    const full = describeSchedule({ type: 'time_bound', starts_at: iso(6, 12), ends_at: undefined }, utc, true)
    expect(full.text).to.match(/^Active since .*2025/).and.not.match(/Starts/)
  })

  it('one that has ended says when, also when its start is still to come', () => {
    const s = describeSchedule({ type: 'time_bound', starts_at: iso(6, 1), ends_at: iso(6, 10) }, utc)
    expect(plain(s.text)).to.equal('Ended Jun 10, 12:00 PM')
    expect(s.relative).to.equal('5 days ago')
    // The end wins over a start after it (inconsistent data), and an end at this very moment has passed.
    expect(plain(describeSchedule({ type: 'time_bound', starts_at: iso(7, 1), ends_at: iso(6, 10) }, utc).text)).to.equal('Ended Jun 10, 12:00 PM')
    expect(describeSchedule({ type: 'time_bound', starts_at: undefined, ends_at: new Date(NOW).toISOString() }, utc).text).to.match(/^Ended/)
  })

  it('names the year only when it is not this year', () => {
    expect(plain(describeSchedule({ type: 'time_bound', starts_at: iso(1, 1, 12, 2024), ends_at: iso(3, 1, 12, 2024) }, utc).text)).to.equal('Ended Mar 1, 2024, 12:00 PM')
    expect(plain(describeSchedule({ type: 'time_bound', starts_at: iso(6, 1), ends_at: iso(2, 1, 12, 2026) }, utc).text)).to.equal('Active until Feb 1, 2026, 12:00 PM')
  })

  it('a day at midnight without its year reads whole in any language and calendar, and the year is the calendar\'s', () => {
    const midnight = { type: 'time_bound', starts_at: '2025-07-01T00:00:00Z', ends_at: '2025-07-10T00:00:00Z' } as const
    const day = (locale: string, at: string) => plain(new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.parse(at)))
    for (const locale of ['ja', 'ko', 'hu', 'lt', 'zh', 'en-US-u-ca-buddhist']) {
      const text = plain(describeSchedule(midnight as never, { ...utc, locale }).text)
      // The day and month as the language writes them, nothing of the year left around them (年, 년, an era, a dot, a dash).
      expect(text, locale).to.equal(`Starts ${day(locale, midnight.starts_at)} · ends ${day(locale, midnight.ends_at)}`)
    }
    // A Persian date in the next Persian year names that year, though the Gregorian year is the same.
    const nowFa = Date.parse('2025-03-10T12:00:00Z') // 1403 in the Persian calendar; 21 March starts 1404
    const fa = describeSchedule({ type: 'time_bound', starts_at: '2025-04-01T00:00:00Z', ends_at: undefined }, { locale: 'fa', timeZone: 'UTC', now: nowFa })
    const faYear = new Intl.DateTimeFormat('fa', { year: 'numeric', timeZone: 'UTC' }).format(Date.parse('2025-04-01T00:00:00Z'))
    expect(fa.text).to.include(faYear)
  })

  it('writes the times in the context\'s zone and words in its language', () => {
    const tokyo = { ...utc, timeZone: 'Asia/Tokyo' }
    // 23:30 UTC on the 20th is the 21st in Tokyo.
    expect(plain(describeSchedule({ type: 'time_bound', starts_at: iso(6, 1), ends_at: '2025-06-20T23:30:00Z' }, tokyo).text)).to.equal('Active until Jun 21, 08:30 AM')
    registerStrings('de', { activeUntil: 'Aktiv bis {end}' })
    const de = describeSchedule({ type: 'time_bound', starts_at: iso(6, 1), ends_at: iso(6, 25) }, { ...utc, locale: 'de-DE' })
    expect(plain(de.text)).to.equal('Aktiv bis 25. Juni, 12:00')
    expect(de.relative).to.equal('nächste Woche')
    // A sentence not translated yet comes in English, with the dates still in German.
    expect(plain(describeSchedule({ type: 'time_bound', starts_at: iso(6, 1), ends_at: iso(6, 10) }, { ...utc, locale: 'de-DE' }).text)).to.equal('Ended 10. Juni, 12:00')
  })
})

describe('format: names', () => {
  it('shows a code\'s own name, or the catalog\'s word for none', () => {
    expect(displayName({ name: 'Front door · guest' }, 'en')).to.equal('Front door · guest')
    // Text from Seam is kept as it is: markup stays text.
    expect(displayName({ name: '<b>x</b>' }, 'en')).to.equal('<b>x</b>')
    for (const name of [undefined, null, '', '   ', 42, {}]) expect(displayName({ name }, 'en'), JSON.stringify(name)).to.equal('Unnamed code')
    expect(displayName({}, 'en')).to.equal('Unnamed code')
    registerStrings('fr', { unnamed: 'Code sans nom' })
    expect(displayName({ name: ' ' }, 'fr-CA')).to.equal('Code sans nom')
  })

  it('shows a lock\'s name only when it is text with something in it, else the next one given', () => {
    expect(lockName({ display_name: 'Front door', properties: { name: 'FD-1' } })).to.equal('Front door')
    for (const display_name of ['', '  ', {}, [], 42, null]) {
      expect(lockName({ display_name, properties: { name: 'FD-1' } }), JSON.stringify(display_name)).to.equal('FD-1')
    }
    expect(lockName({ display_name: {}, properties: null }, '', 'device_1')).to.equal('device_1')
    expect(lockName(undefined)).to.equal(undefined)
  })
})

describe('format: warmFormats', () => {
  it('builds the formatters in later tasks and never throws, also for an unknown zone or locale', async () => {
    const errors: unknown[] = []
    const onError = (e: ErrorEvent) => errors.push(e.error)
    addEventListener('error', onError)
    try {
      expect(() => warmFormats({ locale: 'not a locale!', timeZone: 'Mars/Olympus' })).not.to.throw()
      expect(() => warmFormats({ locale: 'en-US', timeZone: 'UTC' })).not.to.throw()
      // One formatter a task, three each: let the queued tasks run (no time passes, they wait on nothing).
      for (let i = 0; i < 8; i++) await new Promise((r) => setTimeout(r))
    } finally {
      removeEventListener('error', onError)
    }
    expect(errors).to.deep.equal([])
  })
})

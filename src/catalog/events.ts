import { eventTextEn, eventTones, type CodeEventType, type EventTone } from './events.en.js'
import { fill, hasOwn, lookup } from './tables.js'

export interface DescribedEvent {
  text: string
  tone: EventTone
  /** Whether the catalog has words for this event type. */
  known: boolean
}

/** One event of a code's history in words; any value is accepted (an unknown type is named, never dropped). */
export function describeEvent(type: unknown, locale?: string): DescribedEvent {
  const name = typeof type === 'string' ? type : ''
  const known = name !== '' && hasOwn(eventTones, name)
  // English last, from here: the history's words load with the details, not with every element.
  const text = known ? (lookup<string>(locale, (t) => t.events?.types, name) ?? eventTextEn.types[name as CodeEventType]) : undefined
  if (known && text !== undefined) return { text, tone: eventTones[name as CodeEventType], known: true }
  const unknown = lookup<string>(locale, (t) => t.events, 'unknown') ?? eventTextEn.unknown
  return { text: fill(unknown, { type: name || '?' }, locale), tone: 'info', known: false }
}

import { intlLocale } from './locale.js'

/**
 * The one template syntax of the catalog and the element strings: `{name}`
 * is a placeholder, and a count picks its words by the language's plural
 * rules, written as in ICU MessageFormat:
 *
 *     {count, plural, one {# code} other {# codes}}
 *
 * A case is `=N` (an exact number, checked first), or an `Intl.PluralRules`
 * category (`zero`, `one`, `two`, `few`, `many`, `other`); `other` is
 * required. `#` inside a case is the count; a case may hold placeholders.
 * So every language chooses its own forms, and "1 codes" never appears.
 */

export type Params = Record<string, string | number>

const rulesCache = new Map<string, Intl.PluralRules>()
const numbersCache = new Map<string, Intl.NumberFormat>()

function cached<T>(cache: Map<string, T>, locale: string, make: (locale: string) => T): T {
  let value = cache.get(locale)
  if (value === undefined) {
    try {
      value = make(intlLocale(locale))
    } catch {
      // A malformed tag from an attribute must not break a sentence.
      value = make('en')
    }
    cache.set(locale, value)
  }
  return value
}

const pluralRules = (locale: string) => cached(rulesCache, locale, (l) => new Intl.PluralRules(l))
// Digits in the language's own numerals, without grouping: a count reads
// as the number it is (10000 codes), as the elements have always shown it.
const numbers = (locale: string) => cached(numbersCache, locale, (l) => new Intl.NumberFormat(l, { useGrouping: false }))

const number = (value: string | number, locale: string | undefined): string =>
  typeof value === 'number' && locale !== undefined ? numbers(locale).format(value) : String(value)

/** The end of a `{…}` group that starts at `open`, or -1 when it is not closed. */
function closing(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++
    else if (text[i] === '}' && --depth === 0) return i
  }
  return -1
}

/** The cases of `one {…} other {…}`, or undefined when they do not parse. */
function parseCases(body: string): Map<string, string> | undefined {
  const cases = new Map<string, string>()
  let i = 0
  for (;;) {
    while (/\s/.test(body[i] ?? '')) i++
    if (i >= body.length) break
    const selector = /^(=\d+|[a-z]+)\s*\{/.exec(body.slice(i))
    if (!selector) return undefined
    const open = i + selector[0].length - 1
    const end = closing(body, open)
    if (end < 0) return undefined
    cases.set(selector[1]!, body.slice(open + 1, end))
    i = end + 1
  }
  return cases.has('other') ? cases : undefined
}

function choose(cases: Map<string, string>, count: number, locale: string | undefined): string {
  return cases.get(`=${count}`) ?? cases.get(pluralRules(locale ?? 'en').select(count)) ?? cases.get('other')!
}

/**
 * Fills `template`: placeholders with `params` (missing ones with ''), a
 * plural with the case its count calls for. Numbers are written in
 * `locale`'s way, and its plural rules pick the case (English when none).
 * Values go in as text: a `$&` or a `{` in a value stays as it is.
 */
export function fill(template: string, params: Params, locale?: string, hash?: string): string {
  // Most sentences are plain words ("Delete", "Name"): nothing to fill.
  if (!template.includes('{') && (hash === undefined || !template.includes('#'))) return template
  let out = ''
  let i = 0
  while (i < template.length) {
    const c = template[i]!
    if (c === '#' && hash !== undefined) {
      out += hash
      i++
      continue
    }
    if (c !== '{') {
      out += c
      i++
      continue
    }
    const simple = /^\{(\w+)\}/.exec(template.slice(i))
    if (simple) {
      const value = params[simple[1]!]
      out += value === undefined || value === null ? '' : number(value, locale)
      i += simple[0].length
      continue
    }
    const plural = /^\{(\w+),\s*plural,/.exec(template.slice(i))
    const end = plural ? closing(template, i) : -1
    const cases = plural && end > 0 ? parseCases(template.slice(i + plural[0].length, end)) : undefined
    if (!plural || !cases) {
      // Not ours: a brace in the text stays a brace.
      out += c
      i++
      continue
    }
    const count = Number(params[plural[1]!] ?? 0)
    out += fill(choose(cases, count, locale), params, locale, number(count, locale))
    i = end + 1
  }
  return out
}


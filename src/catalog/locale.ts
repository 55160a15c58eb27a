/**
 * A language tag as the tables are keyed: trimmed, lower case, `_` read as
 * `-` (`pt_BR` and `pt-BR` are both `pt-br`). Anything but a string is ''.
 */
export function languageKey(tag: unknown): string {
  return typeof tag === 'string' ? tag.trim().toLowerCase().replaceAll('_', '-') : ''
}

/**
 * A tag every `Intl` constructor takes, for a tag as a page may write it:
 * `de_DE` (a server's spelling) is `de-DE`, `EN-gb` is `en-GB`. A tag Intl
 * cannot read falls back to its language (`de-XYZ-1234567` → `de`), else
 * to English. Words are looked up with `localeChain`, which reads the same
 * spellings, so both follow one tag.
 */
export function intlLocale(tag: unknown): string {
  const spelled = typeof tag === 'string' ? tag.trim().replaceAll('_', '-') : ''
  let known = canonical.get(spelled)
  if (known === undefined) {
    if (canonical.size >= MAX_CHAINS) canonical.clear()
    known = canonicalOf(spelled) ?? canonicalOf(spelled.split('-')[0]!) ?? 'en'
    canonical.set(spelled, known)
  }
  return known
}

const canonical = new Map<string, string>()

function canonicalOf(tag: string): string | undefined {
  try {
    return tag === '' ? undefined : Intl.getCanonicalLocales(tag)[0]
  } catch {
    return undefined
  }
}

/**
 * The keys to look a text up under, most specific first, always ending in
 * English: `pt-BR` → `pt-br`, `pt`, `en`. Unknown tags and non-strings end up
 * at English too. The one lookup order of the catalog and the element strings.
 */
export function localeChain(locale: unknown): readonly string[] {
  // Asked for every sentence a row shows (hundreds a render): each tag's
  // chain is worked out once. A page has a few tags, but an attribute can
  // carry any text, so the memo is bounded.
  const key = typeof locale === 'string' ? locale : ''
  let chain = chains.get(key)
  if (chain === undefined) {
    if (chains.size >= MAX_CHAINS) chains.clear()
    chain = Object.freeze(chainOf(key))
    chains.set(key, chain)
  }
  return chain
}

const MAX_CHAINS = 64
const chains = new Map<string, readonly string[]>()

function chainOf(locale: string): string[] {
  const parts = languageKey(locale).split('-').filter((p) => p !== '')
  const chain: string[] = []
  for (let n = parts.length; n > 0; n--) chain.push(parts.slice(0, n).join('-'))
  if (!chain.includes('en')) chain.push('en')
  return chain
}

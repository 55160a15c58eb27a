import { issueTextsArriving, localeChain, type CatalogTranslation } from '../catalog/index.js'
import { provideCatalog } from '../catalog/tables.js'
import { provideStrings } from './index.js'
import { importLocale } from './locale-chunks.js'
import type { StringKey } from './strings.en.js'

/** The languages the kit ships besides English, each loaded when first needed. */
export const SHIPPED_LOCALES = ['de', 'es', 'fr'] as const

/** What a locale chunk brings: the element strings and the catalog, in one language. */
export interface LocaleWords {
  strings: Partial<Record<StringKey, string>>
  catalog: CatalogTranslation
}

/**
 * Where locale chunks leave their words: an array on globalThis, under a
 * key every copy of the kit shares. A chunk is data and imports nothing (the
 * classic script-tag file cannot share modules with it), so it pushes
 * `[language, words]` here; each copy of the kit takes what is already
 * there and wraps `push` to take what comes later. This key is spelled out
 * in each chunk too.
 */
export const LOCALE_HUB = Symbol.for('access-code-elements/locales')

type Arrival = readonly [language: string, words: LocaleWords]

const arrived = new Set<string>()
const loading = new Map<string, Promise<void>>()
let hubOpen = false

function take([language, words]: Arrival): void {
  provideStrings(language, words.strings)
  provideCatalog(language, words.catalog)
  arrived.add(language)
}

// Opened on first need rather than on import: nothing runs for a page that never asks.
function openHub(): void {
  if (hubOpen) return
  hubOpen = true
  const global = globalThis as { [LOCALE_HUB]?: Arrival[] }
  const hub = (global[LOCALE_HUB] ??= [])
  for (const arrival of hub) take(arrival)
  const push = hub.push.bind(hub)
  hub.push = (...arrivals: Arrival[]) => {
    for (const arrival of arrivals) take(arrival)
    return push(...arrivals)
  }
}

/** The shipped language `locale` reads in (`de-AT` → `de`), or undefined for English and languages the kit does not ship. */
export function shippedLanguageOf(locale: unknown): string | undefined {
  return localeChain(locale).find((tag) => (SHIPPED_LOCALES as readonly string[]).includes(tag))
}

/**
 * Starts loading the words of `locale` if the kit ships them and they are
 * not here yet, and says when they are; undefined when there is nothing to
 * wait for. Until then everything reads in English, never blank.
 */
export function wordsArriving(locale: unknown): Promise<void> | undefined {
  const language = shippedLanguageOf(locale)
  if (language === undefined) return undefined
  openHub()
  if (arrived.has(language)) return undefined
  let pending = loading.get(language)
  if (!pending) {
    pending = importLocale(language).then(
      () => {
        loading.delete(language)
        if (!arrived.has(language)) throw new Error(`access-code-elements: the ${language} chunk loaded but left no words`)
      },
      (error: unknown) => {
        // Offline, or the chunk is not where the file expects it: English
        // stays, the page hears why, and the next ask tries again.
        loading.delete(language)
        console.warn(`access-code-elements: the ${language} words could not be loaded; English is shown instead.`, error)
        throw error
      },
    )
    loading.set(language, pending)
  }
  return pending
}

/**
 * Loads the words of `locale` now, for a page that puts the catalog's words
 * into its own markup (`describeError`, `explainIssue`, …) or wants them
 * before the first render. The elements do this by themselves. In the
 * script-tag ES module this also brings the English explanations of issues
 * (the fallback of every language), which it otherwise loads with the first
 * one a person opens: `await loadLocale('en')` before `explainIssue` there.
 */
export async function loadLocale(locale: string): Promise<void> {
  await Promise.all([wordsArriving(locale), issueTextsArriving()])
}

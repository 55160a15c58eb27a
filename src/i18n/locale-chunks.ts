// How the npm modules fetch a locale's words: an import() a bundler can see,
// so an app's build splits each locale into a chunk of its own. The
// script-tag builds swap this module for locale-chunks.cdn.ts.
const chunks: Record<string, () => Promise<unknown>> = {
  de: () => import('./locales/de.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
}

/** Loads the chunk of a language the kit ships; it registers itself as it runs. */
export const importLocale = (language: string): Promise<unknown> => chunks[language]!()

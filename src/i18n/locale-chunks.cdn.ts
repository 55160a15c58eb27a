// How the script-tag ES module fetches a locale's words: from
// locales/<lang>.js beside the module itself (scripts/build.mjs emits them
// there), so the folder works wherever it is served from. The classic file
// keeps locale-chunks.ts, whose import()s its build makes static: it carries
// every shipped locale inside (CONTRACT v2: one file with everything).

// Named apart: Vite rewrites `new URL(…, import.meta.url)` written out into a
// glob over the source folder, which holds no locales/*.js.
const here = import.meta.url

/** Loads the chunk of a language the kit ships; it registers itself as it runs. */
export const importLocale = (language: string): Promise<unknown> => import(/* @vite-ignore */ new URL(`locales/${language}.js`, here).href)

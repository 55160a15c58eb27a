// How the script-tag files fetch a locale's words: from locales/<lang>.js
// beside the file itself (scripts/build.mjs emits them there). One source
// for both files: the ES module knows its URL from import.meta.url; the
// classic file has no import.meta (the build defines its url as
// undefined), so it reads its own script's src, which only exists while the
// file runs: hence read once, here, at evaluation.
const here = import.meta.url ?? (document.currentScript as HTMLScriptElement | null)?.src ?? document.baseURI

/** Loads the chunk of a language the kit ships; it registers itself as it runs. */
export const importLocale = (language: string): Promise<unknown> => import(/* @vite-ignore */ new URL(`locales/${language}.js`, here).href)

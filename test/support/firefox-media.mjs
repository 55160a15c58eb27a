// Media emulation for Firefox. Its WebDriver BiDi has none yet (153 ESR
// answers "unknown command" to emulation.setMediaFeaturesOverride and
// emulation.setForcedColorsModeThemeOverride), and puppeteer's
// emulateMediaFeatures needs CDP, which Firefox no longer has. Firefox's own
// preferences do the same, set from its privileged (chrome) scope, which
// `--remote-allow-system-access` opens to BiDi.

const FEATURES = {
  // 0 dark, 1 light, 2 follow the browser's theme (the default).
  colorScheme: { pref: 'layout.css.prefers-color-scheme.content-override', values: { dark: 0, light: 1, 'no-preference': 2 }, media: 'prefers-color-scheme' },
  reducedMotion: { pref: 'ui.prefersReducedMotion', values: { reduce: 1, 'no-preference': 0 }, media: 'prefers-reduced-motion' },
  // 2: always use the system's colours, which is what forced-colors: active means.
  forcedColors: { pref: 'browser.display.document_color_use', values: { active: 2, none: 0 }, media: 'forced-colors' },
}

export const FIREFOX_ARGS = ['--remote-allow-system-access']

/** Applies what emulateMedia() asked for to the Firefox behind a puppeteer `page`, and waits until the page's media queries say so. */
export async function emulateFirefoxMedia(page, payload) {
  const statements = []
  const queries = []
  for (const [key, value] of Object.entries(payload)) {
    if (value == null) continue
    const feature = FEATURES[key]
    if (!feature || !(value in feature.values)) throw new Error(`Firefox: cannot emulate ${key}: ${value}`)
    statements.push(`Services.prefs.setIntPref(${JSON.stringify(feature.pref)}, ${feature.values[value]})`)
    if (value !== 'no-preference') queries.push(`(${feature.media}: ${value})`)
  }
  const { connection } = page.browser()
  const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })
  const { result: evaluated } = await connection.send('script.evaluate', {
    expression: [...statements, `Services.prefs.getIntPref(${JSON.stringify(FEATURES.forcedColors.pref)}, 0)`].join(';'),
    target: { context: result.contexts[0].context },
    awaitPromise: false,
  })
  // Under forced colours Firefox derives the colour scheme from the forced
  // palette, whatever was asked: that one is not waited for.
  const forced = evaluated.result?.value === FEATURES.forcedColors.values.active
  const expected = forced ? queries.filter((q) => !q.startsWith('(prefers-color-scheme')) : queries
  // The page hears of a changed preference a frame or two later.
  await page.waitForFunction((qs) => qs.every((q) => matchMedia(q).matches), { timeout: 5000, polling: 20 }, expected)
}

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

/** The privileged scope's first context, where Services (the preferences) is defined; undefined in a Firefox whose BiDi ignores moz:scope (ESR 140). */
async function chromeContext(page) {
  const { connection } = page.browser()
  const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })
  const context = result.contexts[0]?.context
  if (!context) return undefined
  const { result: probe } = await connection.send('script.evaluate', { expression: 'typeof Services', target: { context }, awaitPromise: false })
  return probe.result?.value === 'object' ? context : undefined
}

const capable = new WeakMap()
/** Whether this Firefox lets us set its media preferences (ESR 153 does; ESR 140 gives BiDi no privileged scope). Asked once a browser. */
export async function firefoxCanEmulateMedia(page) {
  const browser = page.browser()
  if (!capable.has(browser)) capable.set(browser, chromeContext(page).then((c) => c !== undefined, () => false))
  return capable.get(browser)
}

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
  const context = await chromeContext(page)
  if (!context) {
    // Asking for what the page already shows (light, after a dark suite was skipped) is a no-op, as in WebKit;
    // anything else is said at once, rather than waited 5 s for (tests ask first: skipWithoutMediaEmulation).
    if (await page.evaluate((qs) => qs.every((q) => matchMedia(q).matches), queries)) return
    throw new Error('This Firefox cannot emulate media features: its WebDriver BiDi gives no privileged scope (ESR 153 does)')
  }
  const { result: evaluated } = await connection.send('script.evaluate', {
    expression: [...statements, `Services.prefs.getIntPref(${JSON.stringify(FEATURES.forcedColors.pref)}, 0)`].join(';'),
    target: { context },
    awaitPromise: false,
  })
  // Under forced colours Firefox derives the colour scheme from the forced
  // palette, whatever was asked: that one is not waited for.
  const forced = evaluated.result?.value === FEATURES.forcedColors.values.active
  const expected = forced ? queries.filter((q) => !q.startsWith('(prefers-color-scheme')) : queries
  // The page hears of a changed preference a frame or two later.
  await page.waitForFunction((qs) => qs.every((q) => matchMedia(q).matches), { timeout: 5000, polling: 20 }, expected)
}

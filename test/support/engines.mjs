// The three engines the browser suite runs in, each from Debian's packages
// (scripts/ensure-browsers.mjs installs them): Chromium over CDP, Firefox ESR
// over WebDriver BiDi (both through puppeteer-core), and WebKitGTK's
// MiniBrowser through WebKitWebDriver (test/support/webkit.mjs).
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome'
import { ENGINES, selectedEngines } from '../../scripts/ensure-browsers.mjs'
import { FIREFOX_ARGS } from './firefox-media.mjs'
import { webkitLauncher } from './webkit.mjs'

export { selectedEngines }

/** The engine a request came from, by its User-Agent (each engine gets its own fake backend). */
export function engineOf(userAgent = '') {
  if (/Firefox\//.test(userAgent)) return 'firefox'
  if (/Chrom(e|ium)\//.test(userAgent)) return 'chromium'
  if (/AppleWebKit\//.test(userAgent)) return 'webkit'
  return 'unknown'
}

/** The launcher calls a local Chromium "Chrome"; the summary names engines. */
const named = (name, launcher) => Object.assign(launcher, { name })

const chromium = () =>
  named('Chromium', chromeLauncher({
    launchOptions: {
      executablePath: ENGINES.chromium.files[0],
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--no-first-run',
        // This machine has no internet: without these Chromium keeps
        // trying to reach Google's services.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
      ],
    },
  }))

const firefoxes = new WeakSet()
/** A launcher of ours that drives Firefox (its commands differ: test/support/engine-commands.mjs). */
export const isFirefox = (launcher) => firefoxes.has(launcher)

// Passing puppeteer-core as the "custom puppeteer" is what makes the launcher
// honour `browser: 'firefox'` (and name itself Firefox); the copy is the one
// @web/test-runner-chrome itself was built against.
// puppeteer-core 25 sets a viewport over BiDi with two commands at once,
// browsingContext.setViewport and emulation.setScreenOrientationOverride;
// Firefox ESR 140 (Debian's today) answers "unknown command" to the second,
// so every page the runner opens failed before its first test. The viewport
// itself is set by the first command; only the orientation, which no test
// reads, is lost. Any other failure still throws.
const toleratesOrientation = (page) => {
  const setViewport = page.setViewport.bind(page)
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport)
    } catch (error) {
      if (!/unknown command emulation\.setScreenOrientationOverride/.test(String(error?.message))) throw error
    }
  }
  return page
}

const firefox = () => {
  const launcher = chromeLauncher({
    puppeteer: puppeteerCore,
    createPage: async ({ context }) => toleratesOrientation(await context.newPage()),
    launchOptions: {
      browser: 'firefox',
      executablePath: ENGINES.firefox.files[0],
      headless: true,
      args: FIREFOX_ARGS,
      extraPrefsFirefox: {
        // No internet here either: no update, telemetry or safe-browsing calls.
        'app.update.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
      },
    },
  })
  firefoxes.add(launcher)
  return launcher
}

const factories = {
  chromium,
  firefox,
  webkit: () =>
    webkitLauncher({
      driver: ENGINES.webkit.files[0],
      binary: ENGINES.webkit.files[1],
    }),
}

/** Launchers for the engines BROWSERS names (all three by default). */
export const launchers = (names = selectedEngines()) => names.map((name) => factories[name]())

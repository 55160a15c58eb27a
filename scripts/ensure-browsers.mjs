// Makes sure the three engines the tests drive are here, all from Debian's
// packages: chromium, firefox-esr, and WebKitGTK's WebKitWebDriver with its
// MiniBrowser (which has no headless mode, hence xvfb). As root, whatever is
// missing is installed with apt; nothing downloads a browser of its own.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

/** What each engine needs on disk, and the Debian package that provides it. */
export const ENGINES = {
  chromium: { files: [process.env.CHROME_PATH ?? '/usr/bin/chromium'], packages: ['chromium'] },
  firefox: { files: [process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'], packages: ['firefox-esr'] },
  webkit: {
    files: [
      process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
      process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      // Started by test/support/webkit.mjs when there is no display.
      '/usr/bin/Xvfb',
    ],
    packages: ['webkit2gtk-driver', 'xvfb'],
  },
}

/** The engines to test: all three unless BROWSERS names some (comma-separated). */
export function selectedEngines(env = process.env) {
  const names = (env.BROWSERS ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)
  if (names.length === 0) return Object.keys(ENGINES)
  const unknown = names.filter((n) => !(n in ENGINES))
  if (unknown.length) throw new Error(`BROWSERS names unknown engines: ${unknown.join(', ')} (known: ${Object.keys(ENGINES).join(', ')})`)
  return names
}

const missing = (engines) => engines.flatMap((e) => ENGINES[e].files.filter((f) => !existsSync(f)).map((file) => ({ engine: e, file })))
const packagesFor = (absent) => [...new Set(absent.flatMap(({ engine }) => ENGINES[engine].packages))]

/** Installs what `engines` miss (as root, with apt), or exits saying what to install. */
export function ensureEngines(engines) {
  let absent = missing(engines)
  if (absent.length > 0) {
    if (process.getuid?.() !== 0) {
      for (const { engine, file } of absent) console.error(`${engine}: ${file} is missing`)
      console.error(`Install Debian's packages (sudo apt-get install ${packagesFor(absent).join(' ')}), set the *_PATH variables, or pick engines with BROWSERS=chromium,firefox,webkit.`)
      process.exit(1)
    }
    const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    run('apt-get', ['update', '-qq'])
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packagesFor(absent)])
    absent = missing(engines)
    if (absent.length > 0) {
      for (const { engine, file } of absent) console.error(`apt installed ${engine}'s packages but ${file} is still missing.`)
      process.exit(1)
    }
  }
  for (const e of engines) console.log(`${e}: ${ENGINES[e].files.join(', ')}`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) ensureEngines(selectedEngines())

// The server side of test/support/commands.mjs: in Chromium and Firefox
// (puppeteer) the stock plugins do most of the work; media in Firefox goes
// through its preferences; in WebKit this drives the WebDriver session itself.
import { sendKeysPlugin, setViewportPlugin } from '@web/test-runner-commands/plugins'
import { Key } from 'webdriverio'
import { isFirefox } from './engines.mjs'
import { emulateFirefoxMedia, firefoxCanEmulateMedia } from './firefox-media.mjs'
import { WebKitLauncher } from './webkit.mjs'

const stock = { 'set-viewport': setViewportPlugin(), 'send-keys': sendKeysPlugin() }

/** One key as WebDriver names it: a single character, or a named key ('Tab', 'Shift', 'ArrowDown'). */
function webdriverKey(name) {
  if ([...name].length === 1) return name
  const key = Key[name]
  if (!key) throw new Error(`WebKit: no WebDriver key for "${name}"`)
  return key
}

async function webkitKeys(driver, payload) {
  const key = (type, name) => ({ type, value: webdriverKey(name) })
  let actions
  if ('type' in payload) actions = [...payload.type].flatMap((c) => [key('keyDown', c), key('keyUp', c)])
  else if ('press' in payload) actions = [key('keyDown', payload.press), key('keyUp', payload.press)]
  else if ('down' in payload) actions = [key('keyDown', payload.down)]
  else if ('up' in payload) actions = [key('keyUp', payload.up)]
  else throw new Error('send-keys wants one of type, press, down, up')
  // One key source across calls, never released in between: a held Shift
  // stays held for the next press, as in puppeteer.
  await driver.performActions([{ type: 'key', id: 'keyboard', actions }])
}

/** What MiniBrowser shows without emulation; asking for it is a no-op, asking for anything else an error. */
const WEBKIT_MEDIA = { colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' }
function webkitMedia(payload) {
  for (const [key, value] of Object.entries(payload)) {
    // WebDriver (classic) has no command for media features.
    if (value != null && WEBKIT_MEDIA[key] !== value) throw new Error(`WebKitWebDriver cannot emulate media features (${key}: ${value})`)
  }
}

/**
 * Chromium's media emulation, which the stock plugin leaves out
 * forced-colors from. One CDP call replaces every feature set before, so
 * each page's features are kept and merged: a feature not named stays as it
 * was, as in Firefox (test/support/firefox-media.mjs).
 */
const chromiumFeatures = new WeakMap()
async function chromiumMedia(page, payload) {
  const asked = { 'prefers-color-scheme': payload.colorScheme, 'prefers-reduced-motion': payload.reducedMotion, 'forced-colors': payload.forcedColors }
  const merged = { ...chromiumFeatures.get(page) }
  for (const [name, value] of Object.entries(asked)) if (value != null) merged[name] = value
  chromiumFeatures.set(page, merged)
  await page.emulateMediaFeatures(Object.entries(merged).map(([name, value]) => ({ name, value })))
  if (payload.media) await page.emulateMediaType(payload.media)
}

export function engineCommands() {
  return {
    name: 'engine-commands',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('engine:')) return undefined
      const name = command.slice('engine:'.length)
      const { browser } = session
      if (browser instanceof WebKitLauncher) {
        if (name === 'set-viewport') await browser.setViewport(payload)
        else if (name === 'send-keys') await webkitKeys(browser.driver, payload)
        else if (name === 'emulate-media') webkitMedia(payload)
        else if (name === 'can-emulate-media') return false
        else return undefined
        return true
      }
      if (name === 'can-emulate-media') return isFirefox(browser) ? firefoxCanEmulateMedia(browser.getPage(session.id)) : true
      if (name === 'emulate-media' && browser.type === 'puppeteer') {
        const page = browser.getPage(session.id)
        await (isFirefox(browser) ? emulateFirefoxMedia(page, payload) : chromiumMedia(page, payload))
        return true
      }
      return stock[name]?.executeCommand({ command: name, payload, session })
    },
  }
}

// WebKit: WebKitGTK's MiniBrowser driven by WebKitWebDriver (Debian's
// webkit2gtk-driver). MiniBrowser has no headless mode, so the launcher
// starts its own Xvfb (also off a developer's screen) and the driver on a free
// port, and stops both when the run ends.
//
// With no window manager, X gives keyboard focus to the window under the
// pointer, and Xvfb's pointer sits at the middle of the screen: the window is
// kept centred there, or the page never has focus (document.hasFocus() is
// false and focus-visible, focus-within and keyboard tests fail).
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { WebdriverLauncher } from '@web/test-runner-webdriver'

/** The viewport every test file starts with: what @web/test-runner-chrome gives Chromium and Firefox. */
const DEFAULT_VIEWPORT = { width: 800, height: 600 }
/** Big enough for the largest viewport a test asks for, with the window centred. */
const SCREEN = { width: 2400, height: 2400 }
/** MiniBrowser's toolbar keeps its window at least this wide. */
export const MIN_VIEWPORT_WIDTH = 447
const children = new Set()
process.on('exit', () => {
  for (const child of children) child.kill()
})

function start(cmd, args, options) {
  const child = spawn(cmd, args, options)
  children.add(child)
  child.on('exit', () => children.delete(child))
  return child
}

/** Xvfb on a display it picks itself (-displayfd), big enough for the tallest viewport a test asks for. */
async function startXvfb() {
  const xvfb = start('Xvfb', ['-displayfd', '3', '-screen', '0', `${SCREEN.width}x${SCREEN.height}x24`, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  })
  let err = ''
  xvfb.stderr.on('data', (d) => (err += d))
  const display = await new Promise((resolve, reject) => {
    let out = ''
    xvfb.stdio[3].on('data', (d) => {
      out += d
      if (out.includes('\n')) resolve(`:${out.trim()}`)
    })
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${err.trim()}`)))
  })
  return { display, stop: () => xvfb.kill() }
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

async function startDriver(path, display) {
  const port = await freePort()
  const driver = start(path, [`--port=${port}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      DISPLAY: display,
      // No accessibility bus in a container; GTK would wait for one.
      NO_AT_BRIDGE: '1',
      // Without a locale WebKit runs as "C": navigator.language is 'C' and
      // Intl.Collator falls back to POSIX order (case-sensitive), which no
      // visitor's Safari has. Chromium and Firefox default to en-US.
      ...(/^(C|POSIX)?(\..*)?$/.test(process.env.LC_ALL || process.env.LANG || '') && { LANG: 'en_US.UTF-8', LC_ALL: '' }),
    },
  })
  let err = ''
  driver.stderr.on('data', (d) => (err += d))
  for (let i = 0; i < 100; i++) {
    if (driver.exitCode != null) throw new Error(`WebKitWebDriver exited (${driver.exitCode}): ${err.trim()}`)
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return { port, stop: () => driver.kill() }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  driver.kill()
  throw new Error(`WebKitWebDriver did not answer on port ${port}: ${err.trim()}`)
}

export class WebKitLauncher extends WebdriverLauncher {
  #options
  #driverPath
  #started
  #stops = []
  /** Window size minus viewport size: MiniBrowser's toolbar, learnt on the first resize. */
  #chrome = { width: 0, height: 0 }
  #viewport

  constructor({ driver, binary }) {
    // No browserName: WebKitWebDriver fails to match 'MiniBrowser' as a requested name.
    const options = {
      hostname: '127.0.0.1',
      port: 0,
      path: '/',
      logLevel: 'error',
      capabilities: { 'webkitgtk:browserOptions': { binary, args: ['--automation'] } },
    }
    super(options)
    this.#options = options
    this.#driverPath = driver
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles)
    this.name = 'WebKit'
  }

  async #startOnce() {
    this.#started ??= (async () => {
      let display = process.env.DISPLAY
      if (existsSync('/usr/bin/Xvfb') || !display) {
        const xvfb = await startXvfb()
        this.#stops.push(xvfb.stop)
        display = xvfb.display
      }
      const driver = await startDriver(this.#driverPath, display)
      this.#stops.push(driver.stop)
      this.#options.port = driver.port
    })()
    return this.#started
  }

  async startSession(id, url) {
    await this.#startOnce()
    await this.ensureManagerInitialized()
    // Like Chromium's pages, every test file starts at 800x600 whatever the last one set.
    await this.setViewport(DEFAULT_VIEWPORT)
    return super.startSession(id, url)
  }

  /** Sizes the window so that the page's viewport (innerWidth x innerHeight) is `width` x `height`. */
  async setViewport({ width, height }) {
    if (this.#viewport?.width === width && this.#viewport?.height === height) return
    if (width < MIN_VIEWPORT_WIDTH) throw new Error(`MiniBrowser's window cannot be narrower than ${MIN_VIEWPORT_WIDTH} px (its toolbar); asked for ${width}`)
    const driver = this.driver
    for (let attempt = 0; attempt < 3; attempt++) {
      const [w, h] = [width + this.#chrome.width, height + this.#chrome.height]
      await driver.setWindowRect(Math.round((SCREEN.width - w) / 2), Math.round((SCREEN.height - h) / 2), w, h)
      const [iw, ih] = await driver.execute(() => [window.innerWidth, window.innerHeight])
      if (iw === width && ih === height) {
        this.#viewport = { width, height }
        return
      }
      this.#chrome = { width: this.#chrome.width + width - iw, height: this.#chrome.height + height - ih }
    }
    throw new Error(`MiniBrowser's viewport did not become ${width}x${height}`)
  }

  async stop() {
    await super.stop()
    for (const stop of this.#stops.splice(0).reverse()) stop()
    this.#started = undefined
    this.#viewport = undefined
  }
}

export const webkitLauncher = (options) => new WebKitLauncher(options)

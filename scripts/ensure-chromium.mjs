// Makes sure the browser the tests drive is here: Debian's chromium, installed
// with apt when it is missing and we are root. Nothing downloads a browser of
// its own.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const path = process.env.CHROME_PATH ?? '/usr/bin/chromium'
if (existsSync(path)) {
  console.log(`chromium: ${path}`)
  process.exit(0)
}
if (process.getuid?.() !== 0) {
  console.error(`No Chromium at ${path}. Install Debian's package (sudo apt-get install chromium) or set CHROME_PATH.`)
  process.exit(1)
}
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
run('apt-get', ['update', '-qq'])
run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'])
if (!existsSync(path)) {
  console.error(`apt installed chromium but ${path} is still missing.`)
  process.exit(1)
}

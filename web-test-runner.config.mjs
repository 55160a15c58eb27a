// Every test runs in real Chromium (Debian's /usr/bin/chromium; nothing is
// downloaded) against the embedded fake Seam backend under same-origin /api.
import { esbuildPlugin } from '@web/dev-server-esbuild'
import { chromeLauncher } from '@web/test-runner-chrome'
import { startFakeBackend } from './dev/fake-backend.mjs'

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'

// Started on the first /api request; a middleware (not a plugin's app.use)
// so it runs before the static file server answers 404.
let backend
const fakeSeam = async (ctx, next) => {
  if (!ctx.path.startsWith('/api/')) return next()
  backend ??= startFakeBackend()
  return (await backend).koa(ctx, next)
}
const stopFake = {
  name: 'fake-seam-backend',
  async serverStop() {
    await (await backend)?.close()
  },
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser'] },
  // One browser page at a time: tests that mutate the shared fake reset it first.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  browserStartTimeout: 60000,
  middleware: [fakeSeam],
  plugins: [
    stopFake,
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: './tsconfig.json',
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
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
    }),
  ],
}

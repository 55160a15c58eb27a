// Every test runs in real Chromium (Debian's /usr/bin/chromium; nothing is
// downloaded) against the embedded fake Seam backend under same-origin /api.
import { esbuildPlugin } from '@web/dev-server-esbuild'
import { bundleReact, reactSpecifiers } from './test/support/react-esm.mjs'
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

// Examples import the kit by its package name, as a user's app would; here
// that name points at the source.
// React 18 sits at the root; the React 19 example has its own copy.
const REACT_CACHE = 'node_modules/.cache/react-esm'
const reactFacades = {
  18: await bundleReact('.', `${REACT_CACHE}/18`),
  19: await bundleReact('examples/react19', `${REACT_CACHE}/19`),
}

const kitByName = {
  name: 'access-code-elements-by-name',
  resolveImport({ source, context }) {
    if (reactSpecifiers.includes(source)) {
      const version = context.path.includes('/examples/react19/') ? 19 : 18
      return `/${REACT_CACHE}/${version}/${reactFacades[version][source]}`
    }
    if (source === 'access-code-elements') return '/src/index.ts'
    if (source === 'access-code-elements/react') return '/src/react.ts'
    if (source === 'access-code-elements/classes.js') return '/src/classes.ts'
    const tag = /^access-code-elements\/([a-z-]+)\.js$/.exec(source)?.[1]
    if (tag === 'seam-provider') return '/src/context/define.ts'
    if (tag) return `/src/elements/${tag}/define.ts`
    // Vue's full build compiles the example's template in the browser.
    if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js'
    return undefined
  },
}

// A failing assertion on a DOM node must fail, not hang the browser: see
// test/support/node-safe-errors.mjs.
const nodeSafeErrors = {
  name: 'node-safe-chai-errors',
  transform(context) {
    if (!context.path.endsWith('/@open-wc/testing/index.js')) return undefined
    return `${context.body}\nimport { patchChai } from '/test/support/node-safe-errors.mjs'\npatchChai(chai)\n`
  },
}

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
  nodeResolve: { exportConditions: ['browser'] },
  // One browser page at a time: tests that mutate the shared fake reset it first.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  browserStartTimeout: 60000,
  middleware: [fakeSeam],
  plugins: [
    stopFake,
    nodeSafeErrors,
    kitByName,
    esbuildPlugin({
      ts: true,
      tsx: true,
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

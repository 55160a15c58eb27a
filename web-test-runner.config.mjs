// Every test runs in Chromium, Firefox and WebKit, all Debian's packages
// (nothing is downloaded; see test/support/engines.mjs), against the embedded
// fake Seam backend under same-origin /api. BROWSERS=firefox (or any
// comma-separated subset) picks engines.
import { defaultReporter } from '@web/test-runner'
import { esbuildPlugin } from '@web/dev-server-esbuild'
import { bundleReact, reactSpecifiers } from './test/support/react-esm.mjs'
import { engineCommands } from './test/support/engine-commands.mjs'
import { engineSummary } from './test/support/engine-summary.mjs'
import { engineOf, launchers } from './test/support/engines.mjs'
import { startFakeBackend } from './dev/fake-backend.mjs'

// One fake per engine, told apart by User-Agent, so engines can run side by
// side while each one's tests reset and count "their" backend. Started on an
// engine's first /api request; a middleware (not a plugin's app.use) so it
// runs before the static file server answers 404.
const backends = new Map()
const fakeSeam = async (ctx, next) => {
  if (!ctx.path.startsWith('/api/')) return next()
  const engine = engineOf(ctx.get('user-agent'))
  if (!backends.has(engine)) backends.set(engine, startFakeBackend())
  return (await backends.get(engine)).koa(ctx, next)
}
const stopFake = {
  name: 'fake-seam-backend',
  async serverStop() {
    await Promise.all([...backends.values()].map(async (b) => (await b).close()))
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
    // Viewport, media and keys through our plugin, which also drives WebKit.
    if (source === '@web/test-runner-commands' && !context.path.startsWith('/test/support/')) return '/test/support/commands.mjs'
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
  // One page at a time per engine: tests that mutate their engine's fake reset it first.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  // A file that hangs (a render loop on microtasks starves mocha's own
  // timeout) fails after 6 minutes, not 20: the longest file's tests take
  // under a minute in each engine (npm test's last lines say which and how
  // long), and three hung files at 20 minutes each outlast CI's 90.
  testsFinishTimeout: 6 * 60 * 1000,
  browserStartTimeout: 60000,
  middleware: [fakeSeam],
  plugins: [
    stopFake,
    engineCommands(),
    nodeSafeErrors,
    kitByName,
    esbuildPlugin({
      ts: true,
      tsx: true,
      target: 'es2022',
      tsconfig: './tsconfig.json',
    }),
  ],
  // Chromium and Firefox side by side, WebKit when one of them is done: the
  // machine has two cores.
  concurrentBrowsers: 2,
  browsers: launchers(),
  reporters: [defaultReporter(), engineSummary()],
}

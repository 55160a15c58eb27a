// npm run build: the npm modules with their .d.ts (tsc), then the two
// self-contained script-tag builds (Vite library mode): the ES-module entry
// (src/cdn.ts) with its chunks in the same folder, and the classic file
// (src/index.ts, everything inlined, the shipped locales too); then one
// chunk per shipped locale beside them, which the ES-module entry fetches.
// Both get their html`` and css`` templates' whitespace squeezed out.
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import { minifyLiterals, minifyLiteralsPlugin } from './minify-literals.mjs'

rmSync('dist', { recursive: true, force: true })
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' })
for (const file of readdirSync('dist', { recursive: true })) {
  if (!file.endsWith('.js')) continue
  const path = `dist/${file}`
  writeFileSync(path, minifyLiterals(readFileSync(path, 'utf8'), path))
}

// The ES-module entry fetches a locale by URL, from locales/<lang>.js beside
// itself, instead of the import() the npm modules leave to an app's bundler.
// The classic file keeps those import()s, which staticImports() below turns
// into static ones: CONTRACT v2 makes it "one file with everything", so a
// page that copies that file alone still reads in German, Spanish and French.
const cdnLocales = { find: /^\.\/locale-chunks\.js$/, replacement: resolve('src/i18n/locale-chunks.cdn.ts') }
// And the long English issue texts come with the first explanation, not with the entry.
const cdnIssueTexts = { find: /^\.\/issue-texts\.js$/, replacement: resolve('src/catalog/issue-texts.cdn.ts') }
const LOCALES = readdirSync('src/i18n/locales').map((file) => file.replace(/\.ts$/, ''))

/**
 * For the classic file, which is one file anyway: each `import('./x.js')` of
 * our source becomes a static namespace import. Inlined dynamic imports
 * would have every module they reach wrapped in a lazy initialiser (some
 * 90 of them, KBs of wrappers and init calls); static ones are hoisted.
 */
const staticImports = () => ({
  name: 'static-imports',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('import(')) return null
    const added = []
    const out = code.replace(/\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g, (_, __, path) => {
      added.push(`import * as __lazy${added.length} from '${path}'`)
      return `Promise.resolve(__lazy${added.length - 1})`
    })
    return added.length ? { code: `${added.join(';')};${out}`, map: null } : null
  },
})

for (const format of ['es', 'iife']) {
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [minifyLiteralsPlugin(), ...(format === 'iife' ? [staticImports()] : [])],
    resolve: { alias: format === 'es' ? [cdnLocales, cdnIssueTexts] : [cdnIssueTexts] },
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      sourcemap: true,
      minify: true,
      target: 'es2022',
      // Vite keeps whitespace in ES library output (for other bundlers'
      // benefit); this file is for a script tag, so minify it fully.
      rolldownOptions: {
        output: {
          minify: true,
          // Everything the entry imports statically goes into the entry itself
          // (a group named as the entry merges into it), so the first screen
          // is one request; left alone, rolldown puts what the entry shares
          // with a lazy chunk into a third file the entry must wait for.
          // The state layer's writes that the entry does not hold (following
          // an action, checking a lost answer, the mutations) are one file
          // too: as chunks of a few hundred bytes importing one another, the
          // form's first open waited on three rounds of requests, each found
          // only once the one before arrived.
          codeSplitting:
            format === 'iife'
              ? false
              : {
                  groups: [
                    { name: 'access-code-elements', tags: ['$initial'], priority: 10 },
                    { name: 'writes', test: /[\\/]src[\\/]state[\\/]/, priority: 5 },
                  ],
                },
          // An element's chunk is named by its tag (the registry in src/cdn.ts
          // loads it by that name's module), shared code by what it holds.
          chunkFileNames: (chunk) => {
            const tag = /elements\/([a-z-]+)\/define\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1]
            return tag ? `${tag}-[hash].js` : `chunk-[name]-[hash].js`
          },
        },
        // Lets that group merge into the entry, whose exports then include
        // internals the chunks import (under minified names).
        preserveEntrySignatures: 'allow-extension',
        // The classic file is one file: its import()s are inlined on purpose.
        checks: { ineffectiveDynamicImport: format === 'es' },
      },
      lib: {
        entry: format === 'es' ? 'src/cdn.ts' : 'src/index.ts',
        name: 'AccessCodeElements',
        formats: [format],
        fileName: () => (format === 'es' ? 'access-code-elements.js' : 'access-code-elements.iife.js'),
      },
    },
  })
}

// Each locale chunk is data that registers itself, valid as a module and as
// a classic script, with nothing to import.
for (const language of LOCALES) {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: 'dist/cdn/locales',
      emptyOutDir: false,
      minify: true,
      target: 'es2022',
      lib: { entry: `src/i18n/locales/${language}.ts`, name: `accessCodeElements_${language}`, formats: ['iife'], fileName: () => `${language}.js` },
    },
  })
}

const chunks = readdirSync('dist/cdn').filter((file) => file.endsWith('.js') && !file.startsWith('access-code-elements.'))
for (const file of ['access-code-elements.js', ...chunks, 'access-code-elements.iife.js', ...LOCALES.map((l) => `locales/${l}.js`)]) {
  const bytes = readFileSync(`dist/cdn/${file}`)
  console.log(`dist/cdn/${file}: ${(bytes.length / 1024).toFixed(1)} KB, ${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzipped`)
}

// npm run build: the npm modules with their .d.ts (tsc), then the two
// self-contained script-tag bundles (Vite library mode, everything inlined).
// Both get their html`` and css`` templates' whitespace squeezed out.
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
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

for (const format of ['es', 'iife']) {
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [minifyLiteralsPlugin()],
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      sourcemap: true,
      minify: true,
      target: 'es2022',
      // Vite keeps whitespace in ES library output (for other bundlers'
      // benefit); this file is for a script tag, so minify it fully.
      rolldownOptions: { output: { minify: true } },
      lib: {
        entry: 'src/index.ts',
        name: 'AccessCodeElements',
        formats: [format],
        fileName: () => (format === 'es' ? 'access-code-elements.js' : 'access-code-elements.iife.js'),
      },
    },
  })
}

for (const file of ['access-code-elements.js', 'access-code-elements.iife.js']) {
  const bytes = readFileSync(`dist/cdn/${file}`)
  console.log(`dist/cdn/${file}: ${(bytes.length / 1024).toFixed(1)} KB, ${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzipped`)
}

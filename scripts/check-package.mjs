// Package hygiene, after `npm run build`:
// - `npm pack` ships only what users need;
// - the class modules are side-effect free: a bundle that imports a class
//   and uses it registers no element;
// - the locale chunks, the issue explanations and the other elements' words
//   keep their words in a consumer's bundle;
// - every `exports` target exists;
// - test hooks are reachable through `access-code-elements/testing` only.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'vite'

const failures = []
const pkg = JSON.parse(readFileSync('package.json', 'utf8'))

const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))[0]
const files = packed.files.map((f) => f.path)
const unwanted = files.filter((f) => /^(src|test|dev|stories|examples|scripts|\.storybook|\.ci)\//.test(f) || f.endsWith('.test.js'))
if (unwanted.length) failures.push(`npm pack ships files users do not need: ${unwanted.slice(0, 5).join(', ')}`)
for (const needed of ['dist/index.js', 'dist/classes.js', 'dist/testing.js', 'dist/testing.d.ts', 'dist/react.js', 'dist/cdn/access-code-elements.js', 'dist/cdn/access-code-elements.iife.js', 'custom-elements.json', 'types/react-jsx.d.ts', 'vscode.html-custom-data.json']) {
  if (!files.includes(needed)) failures.push(`npm pack misses ${needed}`)
}

// The version a second copy of the kit is compared with must be this one.
if (!readFileSync('src/define-once.ts', 'utf8').includes(`const VERSION = '${pkg.version}'`)) {
  failures.push(`src/define-once.ts does not carry the package version ${pkg.version}`)
}

for (const [entry, target] of Object.entries(pkg.exports)) {
  for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
    if (!existsSync(file)) failures.push(`exports["${entry}"] points at a missing ${file}`)
  }
}

// Test hooks are public only as `access-code-elements/testing`, never
// through the main entry or the class modules.
if (pkg.exports['./testing']?.default !== './dist/testing.js') failures.push('exports["./testing"] does not point at dist/testing.js')
const hooks = ['resetSessions', 'openSessionCount', 'registryOptions']
for (const file of ['dist/index.d.ts', 'dist/classes.d.ts']) {
  const leaked = existsSync(file) ? hooks.filter((h) => readFileSync(file, 'utf8').includes(h)) : []
  if (leaked.length) failures.push(`${file} exports test hooks (${leaked.join(', ')}); they belong in ./testing`)
}
const testing = existsSync('dist/testing.d.ts') ? readFileSync('dist/testing.d.ts', 'utf8') : ''
for (const h of hooks) if (!testing.includes(h)) failures.push(`dist/testing.d.ts does not export ${h}`)

/** What a consumer's bundler makes of `source` (importing access-code-elements/classes.js): its chunks, the main one first. */
async function consumerBundle(source) {
  const dir = mkdtempSync(join(resolve('node_modules/.cache'), 'side-effects-'))
  writeFileSync(join(dir, 'entry.js'), source)
  try {
    const out = await build({
      configFile: false,
      logLevel: 'silent',
      root: dir,
      resolve: { alias: [{ find: /^access-code-elements\/classes\.js$/, replacement: resolve('dist/classes.js') }] },
      build: { write: false, minify: false, lib: { entry: join(dir, 'entry.js'), formats: ['es'], fileName: 'x' } },
    })
    return (Array.isArray(out) ? out[0] : out).output
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

// Bundle a consumer that imports a class without registering it; the
// package's sideEffects must let the bundler drop every define.
const [main, ...chunks] = await consumerBundle(`import { AccessCodeTable } from 'access-code-elements/classes.js'\nexport const tag = AccessCodeTable.name\n`)
const code = main.code
if (/customElements\.define\(/.test(code)) failures.push('importing a class module registers an element (a define survived tree-shaking)')
// The locale chunks are nothing but their side effect (they hand their words
// to the kit): sideEffects must keep the bundler from emptying them.
const locales = chunks.filter((c) => c.type === 'chunk' && /^(de|es|fr)-/.test(c.fileName))
if (locales.length !== 3) failures.push(`a consumer's bundle has ${locales.length} locale chunks, not 3 (de, es, fr)`)
for (const c of locales) if (!c.code.includes('access-code-elements/locales')) failures.push(`the consumer's ${c.fileName} lost its words: list ./dist/i18n/locales/*.js in sideEffects`)

// The English explanations of issues and the words of the other elements
// are modules that fill shared tables as they run (catalog/issue-texts*.js,
// i18n/strings.more.en.js): sideEffects must keep them in a consumer's
// bundle that uses only explainIssue, or only the form's class.
const [explained] = await consumerBundle(
  `import { explainIssue } from 'access-code-elements/classes.js'\nexport const text = explainIssue({ error_code: 'device_offline' }, 'error').explanation\n`,
)
if (!explained.code.includes('The lock is offline, so Seam cannot send changes to it.')) failures.push("a consumer's bundle of explainIssue lost the explanations: list ./dist/catalog/issue-texts*.js in sideEffects")
const [form] = await consumerBundle(`import { AccessCodeForm } from 'access-code-elements/classes.js'\nexport const tag = AccessCodeForm.name\n`)
if (!form.code.includes("'Create code'") && !form.code.includes('"Create code"')) failures.push("a consumer's bundle of the form lost its words: list ./dist/i18n/strings.more.en.js in sideEffects")

if (failures.length) {
  console.error(failures.map((f) => `- ${f}`).join('\n'))
  process.exit(1)
}
console.log(`Package ok: ${files.length} files, ${(packed.size / 1024).toFixed(0)} KB packed; class modules register nothing.`)

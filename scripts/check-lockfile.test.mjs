// node --test: package-lock.json is the install of package.json, and a lock
// that has drifted from it (or lost the bundlers' builds) is caught.
import assert from 'node:assert/strict'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { lockfileProblems, satisfies } from './check-lockfile.mjs'

const root = JSON.parse(readFileSync('package.json', 'utf8'))
const dirs = []
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

/** A copy of the manifests and the lock (no node_modules), changed by `edit`. */
function brokenCopy(edit) {
  const dir = mkdtempSync(join(tmpdir(), 'lockfile-'))
  dirs.push(dir)
  for (const file of ['package.json', 'package-lock.json', ...root.workspaces.map((w) => `${w}/package.json`)]) {
    mkdirSync(join(dir, file, '..'), { recursive: true })
    cpSync(file, join(dir, file))
  }
  const json = (file, change) => {
    const value = JSON.parse(readFileSync(join(dir, file), 'utf8'))
    change(value)
    writeFileSync(join(dir, file), JSON.stringify(value, null, 2))
  }
  edit({ dir, json, lock: (change) => json('package-lock.json', (l) => change(l.packages)) })
  return lockfileProblems(dir)
}

const onlyProblem = (problems, pattern) => {
  assert.ok(problems.length > 0, 'the broken copy passes')
  assert.ok(problems.some((p) => pattern.test(p)), `no problem matches ${pattern}:\n${problems.join('\n')}`)
}

test('the committed lock matches package.json and holds every platform build', () => {
  assert.deepEqual(lockfileProblems('.'), [])
  // An untouched copy passes too: the fixture itself is sound.
  assert.deepEqual(brokenCopy(() => {}), [])
})

test('a range changed in package.json but not in the lock fails', () => {
  const problems = brokenCopy(({ json }) => json('package.json', (p) => (p.devDependencies.eslint = '^10.0.0')))
  onlyProblem(problems, /devDependencies differ/)
  onlyProblem(problems, /devDependencies\.eslint wants \^10\.0\.0 but the lock has 9\./)
})

test('a dependency added to package.json without installing it fails', () => {
  onlyProblem(
    brokenCopy(({ json }) => json('package.json', (p) => (p.dependencies['left-pad'] = '^1.3.0'))),
    /dependencies\.left-pad \(\^1\.3\.0\) is not in package-lock\.json/,
  )
})

test('a workspace whose dependencies changed fails', () => {
  onlyProblem(
    brokenCopy(({ json }) => json('examples/vue/package.json', (p) => (p.dependencies.vue = '^4.0.0'))),
    /examples\/vue\/package\.json dependencies\.vue wants \^4\.0\.0/,
  )
  onlyProblem(
    brokenCopy(({ json }) => json('package.json', (p) => p.workspaces.pop())),
    /workspaces differ/,
  )
})

test('a locked version outside the range it was installed for fails', () => {
  onlyProblem(
    brokenCopy(({ lock }) => lock((l) => (l['node_modules/lit'].version = '2.8.0'))),
    /dependencies\.lit wants \^3\.3\.3 but the lock has 2\.8\.0/,
  )
})

test('a lock missing a native build of rollup or rolldown fails', () => {
  onlyProblem(
    brokenCopy(({ lock }) => lock((l) => delete l['node_modules/@rollup/rollup-darwin-arm64'])),
    /rollup .* declares @rollup\/rollup-darwin-arm64, which package-lock\.json lacks/,
  )
  onlyProblem(
    brokenCopy(({ lock }) => lock((l) => delete l['node_modules/@rolldown/binding-win32-x64-msvc'])),
    /@rolldown\/binding-win32-x64-msvc/,
  )
  // A lock written without the builds may not list them as declared either.
  onlyProblem(
    brokenCopy(({ lock }) => lock((l) => delete l['node_modules/rollup'].optionalDependencies)),
    /node_modules\/rollup declares no @rollup\/rollup-linux-x64-gnu/,
  )
})

test('what the installed bundler declares wins over what the lock says it declares', () => {
  const problems = brokenCopy(({ dir, lock }) => {
    let entry
    lock((l) => (entry = l['node_modules/rollup']))
    mkdirSync(join(dir, 'node_modules/rollup'), { recursive: true })
    const optionalDependencies = { ...entry.optionalDependencies, '@rollup/rollup-newos-x64': entry.version }
    writeFileSync(join(dir, 'node_modules/rollup/package.json'), JSON.stringify({ name: 'rollup', version: entry.version, optionalDependencies }))
  })
  onlyProblem(problems, /declares @rollup\/rollup-newos-x64, which package-lock\.json lacks/)
})

test('ranges are read as npm reads them', () => {
  const yes = [['1.4.0', '^1.2.3'], ['0.2.9', '^0.2.3'], ['5.9.7', '~5.9.3'], ['2.9.0', '>= 2.1.2 < 3'], ['19.1.0', '^18.3.0 || ^19.0.0'], ['1.0.0-rc.2', '>=1.0.0-rc.1'], ['4.2.0', '4'], ['7.0.0', '*']]
  const no = [['2.0.0', '^1.2.3'], ['0.3.0', '^0.2.3'], ['5.10.0', '~5.9.3'], ['3.0.0', '>= 2.1.2 < 3'], ['1.3.0-beta.1', '^1.2.3'], ['1.2.2', '=1.2.3']]
  for (const [v, r] of yes) assert.equal(satisfies(v, r), true, `${v} in ${r}`)
  for (const [v, r] of no) assert.equal(satisfies(v, r), false, `${v} not in ${r}`)
  assert.throws(() => satisfies('1.2.3', '~>1.2'))
})

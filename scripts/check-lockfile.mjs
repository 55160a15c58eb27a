// Is package-lock.json still the install of package.json? `npm ci` refuses a
// lock that is out of step, and a lock without the bundlers' native builds
// for other platforms makes `npm install` rewrite it on the next machine
// (issue 12: 345 lines of rollup's builds). Reads files only, so it runs
// offline: node scripts/check-lockfile.mjs [dir]
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']
const INSTALLED = ['dependencies', 'devDependencies', 'optionalDependencies']
/** Bundlers whose native builds must be locked for every platform they ship. */
const NATIVE = {
  rollup: (p) => `@rollup/rollup-${p}`,
  rolldown: (p) => `@rolldown/binding-${p}`,
}
/** Platforms the kit is developed on; a bundler that declares none of them was locked without its builds. */
const PLATFORMS = ['linux-x64-gnu', 'linux-arm64-gnu', 'darwin-arm64', 'darwin-x64', 'win32-x64-msvc']
const FIX = 'run `npm install` and commit package-lock.json'

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'))
const same = (a = {}, b = {}) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort())

/** Every way package-lock.json in `dir` disagrees with the package.json files there. */
export function lockfileProblems(dir = '.') {
  const problems = []
  const pkg = readJson(join(dir, 'package.json'))
  const lock = readJson(join(dir, 'package-lock.json'))
  const packages = lock.packages
  if (!packages) return [`package-lock.json has no "packages" (lockfileVersion ${lock.lockfileVersion}); ${FIX} with npm 7 or later`]

  /** The lock path node would load `name` from, seen from the package at `from`. */
  const resolve = (from, name) => {
    for (let at = from; ; ) {
      const path = `${at ? `${at}/` : ''}node_modules/${name}`
      if (packages[path]) return path
      if (!at) return undefined
      const i = at.lastIndexOf('/node_modules/')
      at = i < 0 ? '' : at.slice(0, i)
    }
  }
  /** `range` does not hold `version` (a spec that is no registry range, like `file:` or a tag, only has to be present). */
  const misses = (version, range, what) => {
    if (!isRegistryRange(range)) return false
    try {
      return !satisfies(version, range)
    } catch (e) {
      problems.push(`${what}: cannot read the range ${range} (${e.message})`)
      return false
    }
  }
  const checkDeps = (from, manifest, fields, label) => {
    for (const field of fields) {
      for (const [name, range] of Object.entries(manifest[field] ?? {})) {
        const path = resolve(from, name)
        if (!path) {
          problems.push(`${label} ${field}.${name} (${range}) is not in package-lock.json; ${FIX}`)
          continue
        }
        const { version } = packages[path]
        if (misses(version, range, `${label} ${field}.${name}`)) {
          problems.push(`${label} ${field}.${name} wants ${range} but the lock has ${version} (${path}); ${FIX}`)
        }
      }
    }
  }

  // The importers: the root and each workspace. Their entries in the lock
  // record the ranges they were installed for; a changed range shows there.
  const importers = [['', pkg, 'package.json']]
  if (JSON.stringify(pkg.workspaces ?? []) !== JSON.stringify(packages['']?.workspaces ?? [])) {
    problems.push(`package.json workspaces differ from the lock's; ${FIX}`)
  }
  for (const ws of pkg.workspaces ?? []) {
    const file = join(dir, ws, 'package.json')
    if (!existsSync(file)) {
      problems.push(`workspace ${ws} has no package.json`)
      continue
    }
    const manifest = readJson(file)
    importers.push([ws, manifest, `${ws}/package.json`])
    const link = packages[`node_modules/${manifest.name}`]
    if (!link?.link || link.resolved !== ws) problems.push(`the lock does not link ${manifest.name} to workspace ${ws}; ${FIX}`)
  }
  for (const [path, manifest, label] of importers) {
    const entry = packages[path]
    if (!entry) {
      problems.push(`${label} has no entry "${path}" in package-lock.json; ${FIX}`)
      continue
    }
    if (path !== '' && (entry.name !== manifest.name || entry.version !== manifest.version)) {
      problems.push(`${label} is ${manifest.name}@${manifest.version}, the lock says ${entry.name}@${entry.version}; ${FIX}`)
    }
    for (const field of FIELDS) {
      if (!same(manifest[field], entry[field])) problems.push(`${label} ${field} differ from the lock's entry "${path}"; ${FIX}`)
    }
    checkDeps(path, manifest, INSTALLED, label)
  }

  // The tree: what every locked package asks for is locked too, optional
  // platform builds included (npm locks those for every platform).
  for (const [path, entry] of Object.entries(packages)) {
    if (path === '' || entry.link || importers.some(([ws]) => ws === path)) continue
    checkDeps(path, entry, ['dependencies', 'optionalDependencies'], path)
  }

  // The bundlers' native builds, from what the installed version declares
  // (node_modules, when there is one) or else what the lock says it declares.
  for (const [path, entry] of Object.entries(packages)) {
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)
    const build = NATIVE[name]
    if (!build || !path.includes('node_modules/')) continue
    const installedFile = join(dir, path, 'package.json')
    const installed = existsSync(installedFile) ? readJson(installedFile) : undefined
    if (installed && installed.version !== entry.version) {
      problems.push(`${name} ${installed.version} is installed but the lock has ${entry.version}; ${FIX}`)
    }
    const declared = (installed ?? entry).optionalDependencies ?? {}
    for (const platform of PLATFORMS) {
      if (!(build(platform) in declared)) problems.push(`${path} declares no ${build(platform)}: its native builds were not locked; ${FIX}`)
    }
    for (const [dep, range] of Object.entries(declared)) {
      const at = resolve(path, dep)
      if (!at) problems.push(`${name} ${entry.version} declares ${dep}, which package-lock.json lacks; ${FIX}`)
      else if (misses(packages[at].version, range, `${name} ${entry.version} ${dep}`)) {
        problems.push(`${name} ${entry.version} declares ${dep}@${range}, the lock has ${packages[at].version}; ${FIX}`)
      }
    }
  }
  return [...new Set(problems)]
}

// Version ranges, as npm reads them (node-semver's grammar, without its
// loose mode). Small on purpose: every range in our package.json files and
// the lock parses; anything it does not know throws instead of passing.

const VERSION = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/

/** A spec that names registry versions, not a tag (`latest`), URL, path, git repo or alias (`npm:`). */
export function isRegistryRange(spec) {
  if (typeof spec !== 'string' || /[:/]/.test(spec)) return false
  const tag = /^\s*[a-z]/i.test(spec) && !/^\s*(?:[xX](?:[.\s]|$)|[vV]\d)/.test(spec)
  return !tag
}

function parsePartial(text) {
  const m = VERSION.exec(text)
  if (!m) throw new Error(`not a version: ${text}`)
  const part = (s) => (s === undefined || /[xX*]/.test(s) ? undefined : Number(s))
  const [major, minor, patch] = [part(m[1]), part(m[2]), part(m[3])]
  if (major === undefined && minor !== undefined) throw new Error(`not a version: ${text}`)
  return { major, minor, patch, pre: m[4] ? m[4].split('.') : [] }
}

const cmpIdent = (a, b) => {
  const [na, nb] = [/^\d+$/.test(a), /^\d+$/.test(b)]
  if (na && nb) return Number(a) - Number(b)
  if (na !== nb) return na ? -1 : 1
  return a < b ? -1 : a > b ? 1 : 0
}

function compare(a, b) {
  for (const k of ['major', 'minor', 'patch']) if (a[k] !== b[k]) return a[k] - b[k]
  if (a.pre.length === 0 || b.pre.length === 0) return b.pre.length - a.pre.length
  for (let i = 0; i < Math.max(a.pre.length, b.pre.length); i++) {
    if (a.pre[i] === undefined) return -1
    if (b.pre[i] === undefined) return 1
    const c = cmpIdent(a.pre[i], b.pre[i])
    if (c !== 0) return c
  }
  return 0
}

const v = (major, minor = 0, patch = 0, pre = []) => ({ major, minor, patch, pre })
const full = (p) => v(p.major ?? 0, p.minor ?? 0, p.patch ?? 0, p.pre)

/** One comparator (`^1.2`, `>=3`, `1.x`) as [operator, version] pairs that must all hold. */
function desugar(op, text) {
  const p = parsePartial(text)
  const { major, minor, patch } = p
  if (major === undefined) return op === '<' || op === '>' ? [['<', v(0, 0, 0, ['0'])]] : []
  // The next version past what a partial names: `1.2` -> 1.3.0, `1` -> 2.0.0.
  const next = minor === undefined ? v(major + 1) : patch === undefined ? v(major, minor + 1) : undefined
  switch (op) {
    case '^': {
      const lower = full(p)
      const upper = major > 0 || minor === undefined ? v(major + 1) : minor > 0 || patch === undefined ? v(0, minor + 1) : v(0, 0, patch + 1)
      return [['>=', lower], ['<', v(upper.major, upper.minor, upper.patch, ['0'])]]
    }
    case '~': {
      const upper = minor === undefined ? v(major + 1) : v(major, minor + 1)
      return [['>=', full(p)], ['<', v(upper.major, upper.minor, upper.patch, ['0'])]]
    }
    case '':
    case '=':
      return next ? [['>=', full(p)], ['<', v(next.major, next.minor, next.patch, ['0'])]] : [['=', full(p)]]
    case '>':
      return next ? [['>=', next]] : [['>', full(p)]]
    case '<=':
      return next ? [['<', v(next.major, next.minor, next.patch, ['0'])]] : [['<=', full(p)]]
    case '>=':
    case '<':
      return [[op, full(p)]]
  }
  throw new Error(`unknown operator ${op}`)
}

/** A range as a list of alternatives, each a list of [operator, version] that must all hold. */
function parseRange(spec) {
  if (typeof spec !== 'string') throw new Error('not a range')
  return spec.split('||').map((alt) => {
    const text = alt.trim().replace(/(<=|>=|[<>=^~])\s+/g, '$1')
    if (text === '' || text === '*') return []
    const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(text)
    if (hyphen) return [['>=', full(parsePartial(hyphen[1]))], ...desugar('<=', hyphen[2])]
    return text.split(/\s+/).flatMap((c) => {
      const m = /^(<=|>=|[<>=^~]|)(.+)$/.exec(c)
      return desugar(m[1], m[2])
    })
  })
}

const holds = (version, [op, bound]) => {
  const c = compare(version, bound)
  return op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : op === '>=' ? c >= 0 : c === 0
}

/** `version` is in `range`; a prerelease only where the range names one of the same x.y.z. */
export function satisfies(version, range) {
  const ver = full(parsePartial(version))
  return parseRange(range).some((set) => {
    if (!set.every((c) => holds(ver, c))) return false
    if (ver.pre.length === 0) return true
    return set.some(([, b]) => b.pre.length > 0 && b.major === ver.major && b.minor === ver.minor && b.patch === ver.patch)
  })
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problems = lockfileProblems(process.argv[2] ?? '.')
  for (const p of problems) console.error(p)
  process.exit(problems.length > 0 ? 1 : 0)
}

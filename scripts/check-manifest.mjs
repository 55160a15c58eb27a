// Fails when custom-elements.json is not what the source generates now.
import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

// cem resolves --outdir against the working directory, and rewrites
// package.json's "customElements" to point there: put it back afterwards.
const out = '.cem-check'
const packageJson = readFileSync('package.json', 'utf8')
const args = JSON.parse(packageJson).scripts.manifest.split(' && ')[0].replace(/^cem /, '')
try {
  execFileSync('sh', ['-c', `npx cem ${args} --outdir ${out}`], { stdio: ['ignore', 'ignore', 'inherit'] })
} finally {
  writeFileSync('package.json', packageJson)
}
const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8')
rmSync(out, { recursive: true, force: true })
let committed = ''
try {
  committed = readFileSync('custom-elements.json', 'utf8')
} catch {
  // missing counts as stale
}

// Module order is not part of the meaning; compare in path order.
const canonical = (text) => {
  const manifest = JSON.parse(text || '{"modules":[]}')
  manifest.modules?.sort((a, b) => a.path.localeCompare(b.path))
  return JSON.stringify(manifest, null, 2).split('\n')
}
const [a, b] = [canonical(fresh), canonical(committed)]
const first = a.findIndex((line, i) => line !== b[i])
if (first !== -1 || a.length !== b.length) {
  const at = first === -1 ? Math.min(a.length, b.length) : first
  console.error('custom-elements.json is stale: run `npm run manifest` and commit the result.')
  console.error(`First difference at line ${at + 1}:\n  generated: ${a[at] ?? '(end)'}\n  committed: ${b[at] ?? '(end)'}`)
  process.exit(1)
}
console.log('custom-elements.json is current.')

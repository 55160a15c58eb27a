// Fails when custom-elements.json is not what the source generates now.
import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

// cem resolves --outdir against the working directory.
const out = '.cem-check'
const args = JSON.parse(readFileSync('package.json', 'utf8')).scripts.manifest.split(' && ')[0].replace(/^cem /, '')
execFileSync('sh', ['-c', `npx cem ${args} --outdir ${out}`], { stdio: ['ignore', 'ignore', 'inherit'] })
const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8')
rmSync(out, { recursive: true, force: true })
let committed = ''
try {
  committed = readFileSync('custom-elements.json', 'utf8')
} catch {
  // missing counts as stale
}
if (fresh !== committed) {
  console.error('custom-elements.json is stale: run `npm run manifest` and commit the result.')
  process.exit(1)
}
console.log('custom-elements.json is current.')

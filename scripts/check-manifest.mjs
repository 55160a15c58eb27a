// Fails when custom-elements.json is not what the source generates now.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const out = mkdtempSync(join(tmpdir(), 'cem-'))
const args = JSON.parse(readFileSync('package.json', 'utf8')).scripts.manifest.replace(/^cem /, '')
execFileSync('sh', ['-c', `npx cem ${args} --outdir ${out}`], { stdio: ['ignore', 'ignore', 'inherit'] })
const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8')
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

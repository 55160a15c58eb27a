// What each part of a built bundle weighs, gzipped, from its source map:
// every generated character is attributed to the source file its mapping
// names, each source's text is gzipped alone, and those sizes are scaled so
// they add up to the gzipped file (gzipping parts alone loses what they
// share). `node scripts/bundle-parts.mjs dist/cdn/access-code-elements.iife.js`
// prints it; the bench puts the same table in BENCHMARKS.md.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** One base64 VLQ number of a source map's mappings, from index i: [value, next index]. */
function vlq(text, i) {
  let value = 0
  let shift = 0
  let digit
  do {
    digit = B64.indexOf(text[i++])
    value += (digit & 31) << shift
    shift += 5
  } while (digit & 32)
  return [value & 1 ? -(value >>> 1) : value >>> 1, i]
}

/** The generated text of `file` by source file, from `file`.map. */
function textBySource(file) {
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'))
  const lines = readFileSync(file, 'utf8').split('\n')
  const per = {}
  let source = 0
  map.mappings.split(';').forEach((line, lineIndex) => {
    let column = 0
    let i = 0
    const segments = []
    while (i < line.length) {
      if (line[i] === ',') {
        i++
        continue
      }
      let v
      ;[v, i] = vlq(line, i)
      column += v
      let s = null
      if (i < line.length && line[i] !== ',') {
        // source, original line, original column, and perhaps a name
        ;[v, i] = vlq(line, i)
        source += v
        s = source
        ;[, i] = vlq(line, i)
        ;[, i] = vlq(line, i)
        if (i < line.length && line[i] !== ',') [, i] = vlq(line, i)
      }
      segments.push([column, s])
    }
    const text = lines[lineIndex] ?? ''
    segments.forEach(([c, s], k) => {
      const end = k + 1 < segments.length ? segments[k + 1][0] : text.length
      const name = s == null ? '(unmapped)' : map.sources[s].replace(/.*node_modules\//, 'node_modules/').replace(/^(\.\.\/)+/, '')
      per[name] = (per[name] ?? '') + text.slice(c, end)
    })
  })
  return per
}

/** A source's part: its package under node_modules, else its folder under src (src/catalog, src/elements/<tag>, …). */
function partOf(name) {
  const path = name.split('/')
  if (path[0] === 'node_modules') return path.slice(0, path[1].startsWith('@') ? 3 : 2).join('/')
  if (path[0] === 'src' && path[1] === 'elements') return path.slice(0, 3).join('/')
  if (path[0] === 'src' && path.length > 2) return path.slice(0, 2).join('/')
  return name
}

/** [part, gzipped bytes] for `file`, largest first, adding up to the gzipped file; and the largest sources. */
export function bundleParts(file) {
  const total = gzipSync(readFileSync(file)).length
  const sources = Object.entries(textBySource(file)).map(([name, text]) => [name, gzipSync(text).length])
  const alone = sources.reduce((sum, [, n]) => sum + n, 0)
  const parts = {}
  for (const [name, n] of sources) parts[partOf(name)] = (parts[partOf(name)] ?? 0) + (n * total) / alone
  return {
    total,
    parts: Object.entries(parts).sort((a, b) => b[1] - a[1]),
    sources: sources.map(([name, n]) => [name, (n * total) / alone]).sort((a, b) => b[1] - a[1]),
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of process.argv.slice(2)) {
    const { total, parts, sources } = bundleParts(file)
    console.log(`${file}: ${(total / 1024).toFixed(1)} KB gzipped`)
    for (const [part, n] of parts) console.log(`${(n / 1024).toFixed(1).padStart(6)} KB  ${part}`)
    console.log('largest sources:')
    for (const [name, n] of sources.slice(0, 25)) console.log(`${(n / 1024).toFixed(1).padStart(6)} KB  ${name}`)
  }
}

// node --test: the words the script-tag entry leaves out arrive wherever they
// are said. English is in two halves (src/i18n/strings.en.ts for a table's
// first screen, strings.more.en.ts for everything else), and a module that
// says a word of the second half must import it: the type system cannot see
// that, and a word missing at run time throws in the middle of a render.
// Likewise the long issue texts: only the popover and the convert dialog
// show them, and each waits for or imports them.
import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import { test } from 'node:test'

const sources = readdirSync('src', { recursive: true })
  .filter((f) => f.endsWith('.ts') && !f.startsWith('i18n/'))
  .map((f) => [`src/${f}`, readFileSync(`src/${f}`, 'utf8')])

const keysOf = (file) => {
  const text = readFileSync(file, 'utf8')
  const body = text.slice(text.indexOf('= {\n'), text.indexOf('} as const'))
  return [...body.matchAll(/^ {2}([A-Za-z_]\w*):/gm)].map((m) => m[1])
}
const said = (text, key) => new RegExp(`['"\`]${key}['"\`]`).test(text)

test('the two halves of the English words do not overlap, and each has words', () => {
  const entry = keysOf('src/i18n/strings.en.ts')
  const more = keysOf('src/i18n/strings.more.en.ts')
  assert.ok(entry.length > 50 && more.length > 50, `${entry.length} and ${more.length} keys`)
  assert.deepEqual(
    entry.filter((k) => more.includes(k)),
    [],
  )
})

test('every module that says a word of strings.more.en.ts imports it', () => {
  // Keys that are also the names of events, steps or a style's selector, used here as such (not as words).
  const homonyms = {
    'src/react.ts': ['close'],
    'src/state/replace.ts': ['generate'],
    'src/elements/unmanaged-code-list/replacement.styles.ts': ['replaceStepFailed'],
  }
  const more = keysOf('src/i18n/strings.more.en.ts')
  const missing = sources
    .filter(([file, text]) => !/import '[./]+\/i18n\/strings\.more\.en\.js'/.test(text) && more.some((k) => said(text, k) && !homonyms[file]?.includes(k)))
    .map(([file, text]) => `${file}: ${more.filter((k) => said(text, k)).join(', ')}`)
  assert.deepEqual(missing, [])
})

test('the long issue texts are read only where they are loaded', () => {
  // Outside the catalog, which defines them: the popover template reads them
  // once the popover controller has loaded them (the remedy note is part of
  // that template); the convert dialog imports them.
  const readers = sources.filter(([file, text]) => !file.startsWith('src/catalog/') && /\.(explanation|action)\b/.test(text)).map(([file]) => file)
  assert.deepEqual(readers.sort(), [
    'src/elements/convert-code-dialog/convert-code-dialog.ts',
    'src/ui/templates/issues.ts',
    'src/ui/templates/remedies.ts',
  ])
  const dialog = readFileSync('src/elements/convert-code-dialog/convert-code-dialog.ts', 'utf8')
  assert.match(dialog, /import '..\/..\/catalog\/issue-texts\.en\.js'/)
})

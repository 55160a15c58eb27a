// A build plugin (Vite/Rolldown) that squeezes the whitespace out of Lit's
// html`` and css`` templates in our own source. The JS minifier leaves
// template text alone, and indentation and comments there were several KB of
// the script-tag bundle. Only the static text between `${}` changes; the
// TypeScript parser finds the templates, so nested ones and expressions are safe.
//
// Why ours and not minify-html-literals (measured for issue 12, gzipped
// script-tag bundle: ours 37,460 B, the library 37,156 B, none 38,307 B):
// the library's clean-css 4 predates @container and unwraps (and half
// deletes) the table's card layout, and its html-minifier 4 parses each
// template as a document, so a lone `<col />` comes back inside a second
// <colgroup> and svg`` loses its self-closing slashes. With its CSS pass off
// it is 520 B larger than this file. Ours never parses markup, only
// whitespace and comments, so it cannot restructure a template.
import MagicString from 'magic-string'
import ts from 'typescript'

// `keepLines`: each change keeps the line breaks it removes, as bare
// newlines, so a source map made before the squeeze (tsc's, for the npm
// modules) still points at the right lines. The script-tag builds squeeze
// inside the bundler, which gets a map of the edits, so they drop them:
// 178 B gzipped of the classic file at issue 12's measurement, more since.
const lineBreaks = (text, keepLines) => (keepLines ? '\n'.repeat(text.split('\n').length - 1) : '')
const oneSpace = (run, keepLines) => lineBreaks(run, keepLines) || ' '

/** Whitespace in CSS, outside quoted strings: collapsed, and dropped next to punctuation. */
export function minifyCss(text, keepLines = true) {
  const lines = (run) => lineBreaks(run, keepLines)
  // Comments and strings in one pass, so a quote inside a comment (or a
  // comment marker inside a string) is never taken for the other.
  const parts = text.split(/(\/\*[\s\S]*?\*\/|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
  return parts
    .map((part, i) => {
      if (i % 2 === 1 && part.startsWith('/*')) {
        // Between two tokens with no space (`a/**/b`) the comment is what
        // keeps them apart, and a space would mean something else: keep it.
        const glued = /\S$/.test(parts[i - 1] ?? '') && /^\S/.test(parts[i + 1] ?? '')
        return glued ? '/**/' : lines(part)
      }
      if (i % 2 === 1) return part
      return (
        part
          // Not before ':' (`a :hover` differs from `a:hover`), only after it.
          .replace(/\s*([{};,>])\s*/g, (m, p) => p + lines(m))
          .replace(/:\s+/g, (m) => ':' + lines(m))
          .replace(/(?<!\\)\s+/g, (run) => oneSpace(run, keepLines))
          .replace(/;(\n*)}/g, '$1}')
      )
    })
    .join('')
}

/**
 * Whitespace in HTML: each run becomes one space or its line breaks, which
 * render the same (the kit has no <pre> or <textarea>, where they would not).
 */
export function minifyHtml(text, keepLines = true) {
  // A run with a line break becomes one line break, not a space: inside an
  // attribute value (a title) the two differ. Not after a backslash, where a
  // line break is JavaScript's line continuation and a space would be text.
  return text.replace(/(?<!\\)\s+/g, (run) => (keepLines ? oneSpace(run, true) : run.includes('\n') ? '\n' : ' '))
}

const MINIFIERS = new Map([
  ['css', minifyCss],
  ['html', minifyHtml],
  ['svg', minifyHtml],
])

/** [start, end, replacement] of each piece of html``/css``/svg`` template text that the squeeze changes. */
function literalEdits(code, fileName, keepLines) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const edits = []
  const visit = (node) => {
    const minify = ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) ? MINIFIERS.get(node.tag.text) : undefined
    if (minify) {
      const t = node.template
      const pieces = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)]
      for (const piece of pieces) {
        // The raw text sits between the opening (` or }) and the closing (` or ${).
        const start = piece.getStart(source) + 1
        const end = piece.getEnd() - (ts.isTemplateTail(piece) || ts.isNoSubstitutionTemplateLiteral(piece) ? 1 : 2)
        const raw = code.slice(start, end)
        const min = minify(raw, keepLines)
        if (min !== raw) edits.push([start, end, min])
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  // Pieces never overlap: a nested template sits inside a `${}`, between two pieces.
  return edits
}

/** The source with every html``/css``/svg`` template's static text minified, its line breaks kept unless `keepLines` is false. */
export function minifyLiterals(code, fileName = 'file.ts', { keepLines = true } = {}) {
  let out = code
  for (const [start, end, text] of literalEdits(code, fileName, keepLines).sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + text + out.slice(end)
  }
  return out
}

/** The squeeze inside the bundler, with a map of its edits, so line breaks can go too. */
export function minifyLiteralsPlugin() {
  return {
    name: 'minify-lit-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css|svg)`/.test(code)) return null
      const edits = literalEdits(code, id, false)
      if (edits.length === 0) return null
      const out = new MagicString(code)
      for (const [start, end, text] of edits) {
        if (text === '') out.remove(start, end)
        else out.overwrite(start, end, text)
      }
      return { code: out.toString(), map: out.generateMap({ hires: true, source: id, includeContent: true }) }
    },
  }
}

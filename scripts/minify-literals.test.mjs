// node --test: the template squeezer keeps what the browser sees.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { minifyCss, minifyHtml, minifyLiterals, minifyLiteralsPlugin } from './minify-literals.mjs'

test('CSS: comments and whitespace go, strings, descendant combinators and calc() spacing stay', () => {
  const css = `
    /* a comment */
    :host .a > b,
    td[data-label]:not(:first-child)::before {
      content: attr(data-label) ': ';
      margin: 0 calc(var(--x) + 2px);
    }`
  const min = minifyCss(css)
  assert.equal(min.replace(/\n/g, ''), `:host .a>b,td[data-label]:not(:first-child)::before{content:attr(data-label) ': ';margin:0 calc(var(--x) + 2px)}`)
  // Line breaks are kept, so source maps still point at the right lines.
  assert.equal(min.split('\n').length, css.split('\n').length)
})

test('HTML: each whitespace run becomes one space or its line breaks', () => {
  assert.equal(minifyHtml('<p>   a  <b>x</b>\n\n    </p>'), '<p> a <b>x</b>\n\n</p>')
})

test('only the static text of html``, css`` and svg`` changes, nested templates included', () => {
  const code = 'const x = html`<div   class="a ${y}">\n    ${z ? html`  <b> ${`  raw  `} </b>` : css` a  {  color: red ; } `}\n  </div>`; const s = `  keep   me  `'
  assert.equal(
    minifyLiterals(code),
    'const x = html`<div class="a ${y}">\n${z ? html` <b> ${`  raw  `} </b>` : css` a{color:red}`}\n</div>`; const s = `  keep   me  `',
  )
})

test('CSS: a quote inside a comment does not open a string, and comments between tokens keep them apart', () => {
  const css = `
    /* every cell's content */
    td::before {
      content: attr(data-label) ': ';
    }
    a/**/b {
      color: red;
    }`
  assert.equal(minifyCss(css).replace(/\n/g, ''), `td::before{content:attr(data-label) ': '}a/**/b{color:red}`)
})

test('only tagged templates named css, html or svg are touched, not inherited names', () => {
  const code = 'const a = toString`  x  `; const b = constructor`  y  `'
  assert.equal(minifyLiterals(code), code)
})

test('at-rules the CSS minifier does not know stay whole, and markup is never restructured', () => {
  // Both broke under minify-html-literals (clean-css 4, html-minifier 4).
  const css = `@container (max-width: 640px) {
    thead { display: none }
    td { padding: 2px }
  }`
  assert.equal(minifyCss(css).replace(/\n/g, ''), '@container (max-width:640px){thead{display:none}td{padding:2px}}')
  const code = 'const a = html`<col class="x" />`; const b = svg`<path d="M1 2" />`'
  assert.equal(minifyLiterals(code), code)
})

test('in the bundler the line breaks go too, and the map of the edits still finds each line', async () => {
  const { TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping')
  const code = 'const a = css`\n  :host {\n    color: red;\n  }\n`\nconst b = html`<p>\n  x\n</p>`\nconst marker = 1\n'
  const { code: out, map } = minifyLiteralsPlugin().transform(code, '/repo/src/x.ts')
  assert.equal(out, 'const a = css` :host{color:red}`\nconst b = html`<p>\nx\n</p>`\nconst marker = 1\n')
  // `marker` sits on line 9 of the source and line 5 of the output.
  const position = originalPositionFor(new TraceMap(map), { line: 5, column: out.split('\n')[4].indexOf('marker') })
  assert.deepEqual([position.line, position.column], [9, 6])
  // The npm modules keep them: tsc's maps were made before the squeeze.
  assert.equal(minifyLiterals(code).split('\n').length, code.split('\n').length)
})

test('without kept lines, a line break in an attribute stays one, and a backslash before one is left alone', () => {
  assert.equal(minifyHtml('<b title="a\n   b">x</b>', false), '<b title="a\nb">x</b>')
  assert.equal(minifyHtml('<b>a  b</b>', false), '<b>a b</b>')
  // In the raw text of a template, a backslash and a line break are JavaScript's line continuation.
  // Kept, the continuation still joins the lines; the spaces after it collapse as anywhere.
  assert.equal(minifyHtml('<b>a\\\n  b</b>', false), '<b>a\\\n b</b>')
})

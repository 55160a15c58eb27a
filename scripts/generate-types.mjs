// From custom-elements.json: JSX IntrinsicElements for React 19 and Preact,
// Vue GlobalComponents, and VS Code's HTML custom data. `--check` fails when
// the committed files differ from what the manifest generates now.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'))
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName))

const publicFields = (el) =>
  (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy && !m.name.startsWith('#') && !m.readonly && m.name !== 'sessionStore' && m.name !== 'session')
const eventType = (e) => e.type?.text ?? 'Event'
const header = '// Generated from custom-elements.json by scripts/generate-types.mjs. Do not edit.\n'
const imports = `import type { ${elements.map((e) => e.name).join(', ')}, SeamEventDetails } from 'access-code-elements/classes.js'\n`

/** Attributes (kebab-case, typed by their field), properties, and `on<event>` listeners. */
function jsxProps(el, base) {
  const lines = []
  for (const a of el.attributes ?? []) {
    const type = a.fieldName ? `${el.name}['${a.fieldName}'] | string` : 'string'
    lines.push(`    /** ${(a.description ?? '').replace(/\*\//g, '')} */\n    '${a.name}'?: ${type}`)
  }
  for (const f of publicFields(el)) {
    if ((el.attributes ?? []).some((a) => a.fieldName === f.name && a.name === f.name)) continue
    lines.push(`    ${f.name}?: ${el.name}['${f.name}']`)
  }
  for (const e of el.events ?? []) lines.push(`    'on${e.name}'?: (event: ${eventType(e)}) => void`)
  return `  '${el.tagName}': ${base}<${el.name}> & {\n${lines.join('\n')}\n  }`
}

const react = `${header}${imports}import type { DetailedHTMLProps, HTMLAttributes } from 'react'

type Base<E> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, 'children'> & { children?: import('react').ReactNode; class?: string }

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((el) => jsxProps(el, 'Base')).join('\n').replace(/^/gm, '    ')}
    }
  }
}
`

const preact = `${header}${imports}import type { JSX as PreactJSX } from 'preact'

type Base<E extends EventTarget> = PreactJSX.HTMLAttributes<E>

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((el) => jsxProps(el, 'Base')).join('\n').replace(/^/gm, '    ')}
    }
  }
}
`

const vue = `${header}${imports}import type { DefineComponent } from 'vue'

declare module 'vue' {
  interface GlobalComponents {
${elements
  .map((el) => {
    const props = [
      ...(el.attributes ?? []).map((a) => `'${a.name}'?: ${a.fieldName ? `${el.name}['${a.fieldName}'] | string` : 'string'}`),
      ...publicFields(el).map((f) => `${f.name}?: ${el.name}['${f.name}']`),
      ...(el.events ?? []).map((e) => `'on${e.name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}'?: (event: ${eventType(e)}) => void`),
    ]
    return `    '${el.tagName}': DefineComponent<{\n      ${props.join('\n      ')}\n    }>`
  })
  .join('\n')}
  }
}
`

const vscode = JSON.stringify(
  {
    version: 1.1,
    tags: elements.map((el) => ({
      name: el.tagName,
      description: [el.summary ?? el.description ?? '', ...(el.events ?? []).map((e) => `Event ${e.name}: ${e.description ?? ''}`)].join('\n\n'),
      attributes: (el.attributes ?? []).map((a) => ({
        name: a.name,
        description: `${a.description ?? ''}${a.default ? ` Default: ${a.default}.` : ''}`.trim(),
        ...(a.type?.text === 'boolean' && { valueSet: 'v' }),
      })),
    })),
  },
  null,
  2,
) + '\n'

const outputs = {
  'types/react-jsx.d.ts': react,
  'types/preact-jsx.d.ts': preact,
  'types/vue.d.ts': vue,
  'vscode.html-custom-data.json': vscode,
}

if (process.argv.includes('--check')) {
  const stale = Object.entries(outputs).filter(([file, text]) => {
    try {
      return readFileSync(file, 'utf8') !== text
    } catch {
      return true
    }
  })
  if (stale.length) {
    console.error(`Stale: ${stale.map(([f]) => f).join(', ')}. Run \`npm run manifest\` and commit the result.`)
    process.exit(1)
  }
  console.log('Typings and VS Code data are current.')
} else {
  mkdirSync('types', { recursive: true })
  for (const [file, text] of Object.entries(outputs)) writeFileSync(file, text)
}

// React publishes CommonJS only. For the browser tests, bundle each React
// version the framework proofs use into one ES module (one React instance
// per version) and give 'react', 'react-dom/client' and 'react/jsx-runtime'
// facades over it.
import { build } from 'esbuild'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'

const SPECIFIERS = { react: 'React', 'react-dom/client': 'ReactDOMClient', 'react/jsx-runtime': 'JSXRuntime', 'react/jsx-dev-runtime': 'JSXDevRuntime' }

/** Writes `<outDir>/<name>.js` facades for the React installed under `fromDir`. */
export async function bundleReact(fromDir, outDir) {
  mkdirSync(outDir, { recursive: true })
  const entry = Object.entries(SPECIFIERS)
    .map(([spec, name]) => `export * as ${name} from '${spec}'`)
    .join('\n')
  await build({
    stdin: { contents: entry, resolveDir: resolve(fromDir), loader: 'js' },
    bundle: true,
    format: 'esm',
    outfile: join(outDir, 'bundle.js'),
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  })
  const require = createRequire(join(resolve(fromDir), 'package.json'))
  const files = {}
  for (const [spec, name] of Object.entries(SPECIFIERS)) {
    const keys = Object.keys(require(spec)).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== 'default')
    const file = `${spec.replace(/\//g, '_')}.js`
    writeFileSync(
      join(outDir, file),
      `import { ${name} as M } from './bundle.js'\nexport default M.default ?? M\nexport const { ${keys.join(', ')} } = M\n`,
    )
    files[spec] = file
  }
  return files
}

export const reactSpecifiers = Object.keys(SPECIFIERS)

// Shared Vite setup for the examples in this repository: the embedded fake
// Seam backend under /api, and the kit's package name pointing at its source.
// In your own app you install access-code-elements and need none of this.
import { fileURLToPath } from 'node:url'
import { fakeSeamPlugin } from '../dev/fake-backend.mjs'

const src = (p) => fileURLToPath(new URL(`../src/${p}`, import.meta.url))

export function exampleConfig(extra = {}) {
  return {
    plugins: [fakeSeamPlugin()],
    resolve: {
      alias: [
        { find: /^access-code-elements$/, replacement: src('index.ts') },
        { find: /^access-code-elements\/react$/, replacement: src('react.ts') },
        { find: /^access-code-elements\/jsx$/, replacement: fileURLToPath(new URL('../types/react-jsx.d.ts', import.meta.url)) },
        ...(extra.alias ?? []),
      ],
      dedupe: ['react', 'react-dom', 'lit'],
    },
    server: { host: '127.0.0.1' },
  }
}

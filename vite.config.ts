import { defineConfig } from 'vite'
// @ts-expect-error: plain ESM without types, shared with the test runner and Storybook
import { fakeSeamPlugin } from './dev/fake-backend.mjs'

// `npm start`: the demo page against the embedded fake Seam backend under /api.
export default defineConfig({
  plugins: [fakeSeamPlugin()],
  // Scan the demo only: the example apps import the kit by its package name,
  // which a fresh clone has not built, and the scan warned about them.
  optimizeDeps: { entries: ['index.html'] },
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173) },
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4173) },
})

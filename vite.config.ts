import { defineConfig } from 'vite'
// @ts-expect-error: plain ESM without types, shared with the test runner and Storybook
import { fakeSeamPlugin } from './dev/fake-backend.mjs'

// `npm start`: the demo page against the embedded fake Seam backend under /api.
export default defineConfig({
  plugins: [fakeSeamPlugin()],
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173) },
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4173) },
})

import { defineConfig } from 'vite'
import { exampleConfig } from '../vite.example.mjs'

// `vite preview` serves what `ng build` wrote, with the embedded fake Seam
// backend under /api (the Angular compiler does the building, not Vite).
export default defineConfig({ ...exampleConfig(), build: { outDir: 'dist/browser' }, preview: { host: '127.0.0.1' } })

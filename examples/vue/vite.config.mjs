import { defineConfig } from 'vite'
import { exampleConfig } from '../vite.example.mjs'

export default defineConfig(exampleConfig({ alias: [{ find: /^vue$/, replacement: 'vue/dist/vue.esm-bundler.js' }] }))

import { defineConfig } from 'vite'
import { exampleConfig } from '../vite.example.mjs'

export default defineConfig(exampleConfig())

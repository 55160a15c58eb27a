import { ContextRoot } from '@lit/context'
import { defineOnce } from '../define-once.js'
import { SeamProvider } from './seam-provider.js'

// Elements that asked for a session before the provider upgraded get it when
// it does: the root replays their requests.
const ROOT = Symbol.for('access-code-elements/context-root')
const g = globalThis as Record<symbol, unknown>
if (g[ROOT] == null && typeof document !== 'undefined') {
  const root = new ContextRoot()
  root.attach(document.body ?? document.documentElement)
  g[ROOT] = root
}

defineOnce('seam-provider', SeamProvider)

declare global {
  interface HTMLElementTagNameMap {
    'seam-provider': SeamProvider
  }
}

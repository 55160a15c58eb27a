// Classes, types and helpers without registering anything.
export * from './api/index.js'
export * from './state/index.js'
export { SeamProvider } from './context/seam-provider.js'
export { sessionContext, type SessionValue } from './context/session.js'
export { SeamElement } from './ui/seam-element.js'
export { emit, type SeamEventDetails, type SeamEventName } from './events.js'
export { registerStrings } from './i18n/index.js'

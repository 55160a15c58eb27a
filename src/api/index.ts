export * from './errors.js'
export * from './credentials.js'
export * from './client.js'
export { Transport, type TransportOptions, type SendOptions } from './transport.js'

import { FetchSeamClient, resolveCredentials } from '../../src/api/index.js'
import { DEMO, backendRequests } from './backend.js'

/**
 * The real client against the fake backend, for tests that inject faults in
 * between: short timeouts and backoff, so a test takes seconds, not minutes.
 */
export const quickClient = ({ publishable = false, timeoutMs = 400 } = {}): FetchSeamClient =>
  new FetchSeamClient({
    credentials: resolveCredentials(
      publishable
        ? { publishableKey: DEMO.publishableKey, userIdentifierKey: DEMO.userIdentifierKey, endpoint: '/api' }
        : { clientSessionToken: DEMO.clientSessionToken, endpoint: '/api' },
    ),
    timeoutMs,
    baseDelayMs: 20,
    maxDelayMs: 60,
  })

/** How often the fake backend served `route` since its last reset. */
export const requestCount = async (route: string): Promise<number> => (await backendRequests()).filter((r) => r === route).length

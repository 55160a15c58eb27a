// Talks to the embedded fake backend the test runner serves under /api.
export const API = '/api'

export { DEMO, CODES, HISTORY } from '../../dev/seed.mjs'

async function control<T>(path: string, body: object = {}): Promise<T> {
  const res = await fetch(`${API}/_shim/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  if (!res.ok) throw new Error(`fake backend ${path}: ${res.status}`)
  return (await res.json()) as T
}

/** Back to the seeded scenario, default behaviour, empty request log. */
export const resetBackend = (): Promise<unknown> => control('reset')

export const configureBackend = (config: {
  delayMs?: number
  stallConversions?: boolean
  failConversions?: boolean
  failDeletes?: boolean
  /** Codes created or updated from now on fail to set on the lock (issue 15). */
  failSets?: boolean
  pageSize?: number
}): Promise<unknown> => control('config', config)

/** Routes the backend served since the last reset, in order. */
export const backendRequests = async (): Promise<string[]> => (await control<{ requests: string[] }>('requests')).requests

/** See the fault rules in dev/fake-backend.mjs. */
export interface FaultRule {
  path?: string
  times?: number
  /** Answered before the route runs, or after it with `after`. */
  status?: number
  retryAfter?: number
  /** A wait before the route runs, or after it with `after`. */
  delayMs?: number
  drop?: 'before' | 'after'
  /** `status` and `delayMs` apply once the route ran: the server acted, the answer is lost or late. */
  after?: boolean
  /** The route runs twice (a request the network resent); the client gets the second answer. */
  duplicate?: boolean
  /** Time between the two runs of `duplicate`. */
  duplicateAfterMs?: number
  /** Answers 200 with this JSON instead of running the route (any value: null, a string, `{ ok: false }`). */
  body?: unknown
  /** Answers 200 with this text instead of running the route. */
  raw?: string
}

/** Replaces the backend's injected faults; an empty list heals it. */
export const injectFaults = (rules: FaultRule[]): Promise<unknown> => control('faults', { rules })

import { SeamConfigError } from './errors.js'

export const DEFAULT_ENDPOINT = 'https://connect.getseam.com'

/** The four attributes every data element and the provider accept. */
export interface SeamCredentials {
  publishableKey?: string | undefined
  userIdentifierKey?: string | undefined
  clientSessionToken?: string | undefined
  endpoint?: string | undefined
}

export type ResolvedCredentials =
  | { mode: 'token'; endpoint: string; clientSessionToken: string }
  | { mode: 'publishable-key'; endpoint: string; publishableKey: string; userIdentifierKey: string }

const blank = (v: string | undefined | null): boolean => v == null || v.trim() === ''
const warnedKeys = new Set<string>()

/**
 * Checks credentials before anything is sent, so a typo gets a specific
 * reason (`SeamConfigError.reason`) instead of a 401 from the server. Nothing
 * thrown or warned quotes the secret.
 */
export function resolveCredentials(c: SeamCredentials, warn: (m: string) => void = console.warn): ResolvedCredentials {
  const endpoint = (blank(c.endpoint) ? DEFAULT_ENDPOINT : c.endpoint!.trim()).replace(/\/+$/, '')
  const hasToken = !blank(c.clientSessionToken)
  const hasKey = !blank(c.publishableKey) || !blank(c.userIdentifierKey)
  if (hasToken && hasKey) throw new SeamConfigError('conflict')
  if (hasToken) {
    const token = c.clientSessionToken!.trim()
    if (!token.startsWith('seam_cst')) throw new SeamConfigError('malformed-token')
    return { mode: 'token', endpoint, clientSessionToken: token }
  }
  if (!hasKey) throw new SeamConfigError('missing')
  if (blank(c.publishableKey)) throw new SeamConfigError('missing-publishable-key')
  if (blank(c.userIdentifierKey)) throw new SeamConfigError('missing-user-identifier-key')
  const publishableKey = c.publishableKey!.trim()
  const userIdentifierKey = c.userIdentifierKey!.trim()
  if (!publishableKey.startsWith('seam_pk')) throw new SeamConfigError('malformed-key')
  // Seam's docs call email addresses insecure here: anyone who knows the email
  // could open the user's session. Warn once per key, without printing it.
  // A console warning for the developer, not text for the page: it stays here.
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(userIdentifierKey) && !warnedKeys.has(userIdentifierKey)) {
    warnedKeys.add(userIdentifierKey)
    warn('[access-code-elements] The user identifier key looks like an email address. Use a secret, high-entropy key per user instead: anyone who can guess the key can open that user\'s session.')
  }
  return { mode: 'publishable-key', endpoint, publishableKey, userIdentifierKey }
}

/** A stable, secret-free-enough identity for sharing one session per page. */
export function credentialsKey(c: ResolvedCredentials): string {
  return c.mode === 'token'
    ? `${c.endpoint}\u0000token\u0000${c.clientSessionToken}`
    : `${c.endpoint}\u0000pk\u0000${c.publishableKey}\u0000${c.userIdentifierKey}`
}

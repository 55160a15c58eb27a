import type { SessionStore } from '../../state/store.js'

/**
 * How often the elements poll unless `poll-interval` says otherwise. Their
 * properties write it as a literal, so custom-elements.json shows the number.
 */
export const DEFAULT_POLL_MS = 30_000

/** Poll this often while a code is being set, removed, deleted or converted, to show the outcome soon. */
export const BUSY_POLL_MS = 3_000

type Polled = { access_code_id: string; status?: unknown }

// Asked on every render: scan a long list once per data set, not per frame of a scroll.
const settling = new WeakMap<readonly Polled[], boolean>()
const anySettling = (codes: readonly Polled[]): boolean => {
  let busy = settling.get(codes)
  if (busy === undefined) settling.set(codes, (busy = codes.some((c) => c?.status === 'setting' || c?.status === 'removing')))
  return busy
}

/**
 * The one polling rule of the kit: every `interval` ms (0 turns polling
 * off), and at most every BUSY_POLL_MS while Seam is setting or removing
 * one of these codes or this session is deleting or converting one.
 */
export function pollMs(interval: number, codes: readonly Polled[], store: SessionStore | undefined): number {
  if (!(interval > 0)) return 0
  const busy = anySettling(codes) || (store?.anyActive(codes) ?? false)
  return busy ? Math.min(interval, BUSY_POLL_MS) : interval
}

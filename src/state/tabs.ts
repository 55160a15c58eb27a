import { SeamApiError, SeamError, type SeamErrorKind } from '../api/errors.js'
import type { Activity } from './store.js'

/** What a mutation is about, so other tabs can show it and refresh after. */
export interface MutationMeta {
  accessCodeId: string
  deviceId: string
  activity: Activity
}

type EncodedError = { kind: SeamErrorKind; message: string; status?: number; type?: string; requestId?: string | undefined }
type StartMessage = { type: 'start'; key: string } & MutationMeta
type EndMessage = { type: 'end'; key: string; ok: boolean; value?: unknown; error?: EncodedError } & MutationMeta

export interface TabHooks {
  started(meta: MutationMeta): void
  ended(meta: MutationMeta): void
}

function encode(error: unknown): EncodedError {
  if (error instanceof SeamApiError) return { kind: 'api', message: error.message, status: error.status, type: error.type, requestId: error.requestId }
  if (error instanceof SeamError) return { kind: error.kind, message: error.message }
  return { kind: 'unexpected', message: error instanceof Error ? error.message : String(error) }
}

function decode(e: EncodedError | undefined): SeamError {
  if (e?.status != null) return new SeamApiError({ status: e.status, type: e.type ?? 'unknown', message: e.message, requestId: e.requestId })
  return new SeamError(e?.kind ?? 'unexpected', e?.message ?? 'Another tab could not finish the action.')
}

/**
 * Keeps the tabs of one session from sending the same write twice. A
 * mutation runs under a Web Lock named for it: the tab that gets the lock
 * sends the request and tells the others, by BroadcastChannel, when it
 * starts and how it ended; a tab that finds the lock taken waits for that
 * ending instead of sending. Every tab shows the activity and refreshes the
 * device's lists afterwards.
 */
export class TabLink {
  readonly #name: string
  readonly #channel: BroadcastChannel
  readonly #hooks: TabHooks
  readonly #waiters = new Map<string, Set<(m: EndMessage) => void>>()
  /** Mutations another tab started and has not ended yet. */
  readonly #open = new Set<string>()

  static create(name: string, hooks: TabHooks): TabLink | undefined {
    return typeof BroadcastChannel === 'undefined' ? undefined : new TabLink(name, hooks)
  }

  private constructor(name: string, hooks: TabHooks) {
    this.#name = name
    this.#hooks = hooks
    this.#channel = new BroadcastChannel(name)
    this.#channel.onmessage = ({ data }: MessageEvent<StartMessage | EndMessage>) => {
      if (data?.type === 'start') {
        this.#open.add(data.key)
        hooks.started(data)
        // If that tab closes before it ends, its lock is released with no
        // message: stop showing the activity then.
        void this.#released(data.key).then(() => this.#open.delete(data.key) && hooks.ended(data))
      }
      if (data?.type !== 'end') return
      this.#open.delete(data.key)
      hooks.ended(data)
      for (const w of this.#waiters.get(data.key) ?? []) w(data)
      this.#waiters.delete(data.key)
    }
  }

  /** Resolves once nobody holds the mutation's lock (and a last message had time to arrive). */
  async #released(key: string): Promise<void> {
    const locks = (globalThis.navigator as Navigator | undefined)?.locks
    if (locks == null) return new Promise(() => {})
    await locks.request(`${this.#name}:${key}`, async () => {})
    await new Promise((r) => setTimeout(r, 100))
  }

  async run<R>(key: string, meta: MutationMeta, start: () => Promise<R>): Promise<R> {
    const locks = (globalThis.navigator as Navigator | undefined)?.locks
    if (locks == null) return this.#runAndTell(key, meta, start)
    // Listen before asking for the lock, so an ending cannot slip past.
    let stopWaiting = (): void => {}
    const ended = new Promise<EndMessage>((resolve) => {
      const set = this.#waiters.get(key) ?? new Set()
      set.add(resolve)
      this.#waiters.set(key, set)
      stopWaiting = () => set.delete(resolve)
    })
    type Mine = { mine: true; ok: true; value: R } | { mine: true; ok: false; error: unknown } | { mine: false }
    const result = await locks.request(`${this.#name}:${key}`, { ifAvailable: true }, async (lock): Promise<Mine> => {
      if (!lock) return { mine: false }
      try {
        return { mine: true, ok: true, value: await this.#runAndTell(key, meta, start) }
      } catch (error) {
        return { mine: true, ok: false, error }
      }
    })
    if (result.mine) {
      stopWaiting()
      if (result.ok) return result.value
      throw result.error
    }
    const message = await Promise.race([ended, this.#released(key).then(() => undefined)])
    stopWaiting()
    if (message === undefined) {
      this.#hooks.ended(meta)
      throw new SeamError('unexpected', 'The tab that started this closed before Seam answered; the lists refresh to show where it stands.')
    }
    if (message.ok) return message.value as R
    throw decode(message.error)
  }

  async #runAndTell<R>(key: string, meta: MutationMeta, start: () => Promise<R>): Promise<R> {
    this.#channel.postMessage({ type: 'start', key, ...meta } satisfies StartMessage)
    try {
      const value = await start()
      this.#channel.postMessage({ type: 'end', key, ok: true, value, ...meta } satisfies EndMessage)
      return value
    } catch (error) {
      this.#channel.postMessage({ type: 'end', key, ok: false, error: encode(error), ...meta } satisfies EndMessage)
      throw error
    }
  }

  close(): void {
    this.#channel.close()
  }
}

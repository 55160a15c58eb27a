import { sleep } from '../api/abortable.js'
import { decodeError, encodeError, type EncodedError } from './error-codec.js'
import type { SeamError } from '../api/errors.js'
import { TabClosedError } from './errors.js'
import type { MutationMeta } from './types.js'

type StartMessage = { type: 'start'; key: string } & MutationMeta
type EndMessage = { type: 'end'; key: string; ok: boolean; value?: unknown; error?: EncodedError } & MutationMeta

export interface TabHooks {
  started(meta: MutationMeta): void
  /** `end`: how it ended, when the other tab said (not when it closed mid-write). */
  ended(meta: MutationMeta, end?: { key: string; error: SeamError | undefined }): void
}

/** How a run under the lock went: this tab held it and ran, or another tab holds it. */
type LockedRun<R> = { held: true; ok: true; value: R } | { held: true; ok: false; error: unknown } | { held: false }

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
  #closed = false

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
      hooks.ended(data, { key: data.key, error: data.ok ? undefined : decodeError(data.error) })
      for (const w of this.#waiters.get(data.key) ?? []) w(data)
      this.#waiters.delete(data.key)
    }
  }

  /** Resolves once nobody holds the mutation's lock (and a last message had time to arrive). */
  async #released(key: string): Promise<void> {
    const locks = (globalThis.navigator as Navigator | undefined)?.locks
    if (locks == null) return new Promise(() => {})
    await locks.request(`${this.#name}:${key}`, async () => {})
    await sleep(100)
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
    const result = await locks.request(`${this.#name}:${key}`, { ifAvailable: true }, async (lock): Promise<LockedRun<R>> => {
      if (!lock) return { held: false }
      try {
        return { held: true, ok: true, value: await this.#runAndTell(key, meta, start) }
      } catch (error) {
        return { held: true, ok: false, error }
      }
    })
    if (result.held) {
      stopWaiting()
      if (result.ok) return result.value
      throw result.error
    }
    const message = await Promise.race([ended, this.#released(key).then(() => undefined)])
    stopWaiting()
    if (message === undefined) {
      this.#hooks.ended(meta)
      throw new TabClosedError()
    }
    if (message.ok) return message.value as R
    throw decodeError(message.error)
  }

  async #runAndTell<R>(key: string, meta: MutationMeta, start: () => Promise<R>): Promise<R> {
    this.#tell({ type: 'start', key, ...meta })
    try {
      const value = await start()
      this.#tell({ type: 'end', key, ok: true, value, ...meta })
      return value
    } catch (error) {
      this.#tell({ type: 'end', key, ok: false, error: encodeError(error), ...meta })
      throw error
    }
  }

  /**
   * Tells the other tabs, unless this link was closed meanwhile (its session
   * let go while a write ran): posting then throws, and a write Seam carried
   * out would be reported as an unexpected failure and offered again.
   */
  #tell(message: StartMessage | EndMessage): void {
    if (!this.#closed) this.#channel.postMessage(message)
  }

  close(): void {
    this.#closed = true
    this.#channel.close()
  }
}

import { pageClock, type Clock } from '../api/abortable.js'
import { asSeamError, isAbort, type SeamError } from '../api/errors.js'
import type { Visibility } from './visibility.js'

export interface QueryState<T> {
  data: T | undefined
  /** The last failure; kept beside `data` when a refresh fails. */
  error: SeamError | undefined
  /** A request is in flight (first load or refresh). */
  loading: boolean
  /** `data` is shown but the last refresh failed. */
  stale: boolean
  /** `data` holds the first pages of a list whose later pages are on the way. */
  partial: boolean
  updatedAt: number
}

export type Loader<T> = (signal: AbortSignal, partial: (data: T) => void) => Promise<T>

export interface Subscription {
  /** Milliseconds between refreshes for this subscriber; 0 stops its polling. */
  setPollInterval(ms: number): void
  unsubscribe(): void
}

/**
 * One cached resource: one request in flight at a time however many elements
 * read it, polling at the fastest interval any subscriber asks for, paused
 * while the page is hidden.
 */
export class Query<T> {
  readonly key: string
  state: QueryState<T> = { data: undefined, error: undefined, loading: false, stale: false, partial: false, updatedAt: 0 }
  readonly #load: Loader<T>
  readonly #visibility: Visibility
  readonly #listeners = new Set<(state: QueryState<T>) => void>()
  readonly #intervals = new Map<symbol, number>()
  #inflight: Promise<void> | undefined
  #generation = 0
  #controller: AbortController | undefined
  readonly #clock: Clock
  #timer: unknown
  #stopVisibility: (() => void) | undefined

  constructor(key: string, load: Loader<T>, visibility: Visibility, clock: Clock = pageClock) {
    this.key = key
    this.#load = load
    this.#visibility = visibility
    this.#clock = clock
  }

  subscribe(listener: (state: QueryState<T>) => void, pollInterval = 0): Subscription {
    const id = Symbol()
    this.#listeners.add(listener)
    this.#intervals.set(id, pollInterval)
    if (this.#listeners.size === 1) {
      this.#stopVisibility = this.#visibility.onChange(() => this.#onVisibility())
    }
    if (this.state.updatedAt === 0 && this.#inflight == null) void this.refresh()
    this.#schedule()
    return {
      setPollInterval: (ms) => {
        if (!this.#listeners.has(listener)) return
        this.#intervals.set(id, ms)
        this.#schedule()
      },
      unsubscribe: () => {
        this.#listeners.delete(listener)
        this.#intervals.delete(id)
        if (this.#listeners.size === 0) {
          this.#stopVisibility?.()
          this.#stopVisibility = undefined
        }
        this.#schedule()
      },
    }
  }

  /**
   * Loads now unless a load that started after the last invalidation is still
   * running; resolves when the data (or the error) is in `state`.
   */
  refresh(): Promise<void> {
    if (this.#inflight) return this.#inflight
    const generation = ++this.#generation
    const controller = new AbortController()
    this.#controller = controller
    this.#set({ loading: true })
    const run = this.#load(controller.signal, (data) => {
      // Only a first load shows partial pages; a refresh keeps the full old list until the new one is whole.
      if (generation === this.#generation && (this.state.data === undefined || this.state.partial)) {
        this.#set({ data, partial: true })
      }
    }).then(
      (data) => {
        if (generation !== this.#generation) return
        this.#set({ data, error: undefined, stale: false, partial: false, loading: false, updatedAt: this.#clock.now() })
      },
      (error: unknown) => {
        if (generation !== this.#generation) return
        // Cancelled while still the current load: stop showing it as loading.
        if (isAbort(error)) return this.#set({ loading: false })
        // A first load that failed after its first pages has no list to show:
        // a part is not the whole, and an empty first page is not "no codes".
        const data = this.state.partial ? undefined : this.state.data
        this.#set({ data, error: asSeamError(error), stale: data !== undefined, partial: false, loading: false, updatedAt: this.#clock.now() })
      },
    )
    const tracked = run.finally(() => {
      if (this.#inflight === tracked) this.#inflight = undefined
      this.#schedule()
    })
    this.#inflight = tracked
    return tracked
  }

  /**
   * Data changed on the server (a mutation): drop any answer already on its
   * way, because it may predate the change, and load again if anyone watches.
   */
  invalidate(): Promise<void> {
    this.#controller?.abort()
    this.#inflight = undefined
    this.#generation++
    if (this.#listeners.size > 0) {
      this.#set({ loading: false })
      return this.refresh()
    }
    // Nobody watches now: the next subscriber must load, not trust this data.
    this.state = { ...this.state, loading: false, updatedAt: 0 }
    return Promise.resolve()
  }

  /** Local edit of the cached data (optimistic state), seen by every subscriber. */
  update(edit: (data: T | undefined) => T | undefined): void {
    this.#set({ data: edit(this.state.data) })
  }

  #set(patch: Partial<QueryState<T>>): void {
    this.state = { ...this.state, ...patch }
    for (const listener of [...this.#listeners]) listener(this.state)
  }

  #interval(): number {
    let min = Infinity
    for (const ms of this.#intervals.values()) if (ms > 0 && ms < min) min = ms
    return min
  }

  #schedule(): void {
    this.#clock.clearTimeout(this.#timer)
    this.#timer = undefined
    const interval = this.#interval()
    if (!Number.isFinite(interval) || this.#listeners.size === 0 || this.#visibility.hidden || this.#inflight) return
    const due = Math.max(0, this.state.updatedAt + interval - this.#clock.now())
    this.#timer = this.#clock.setTimeout(() => void this.refresh(), due)
  }

  #onVisibility(): void {
    // Back on screen: refresh at once when a poll fell due while hidden.
    this.#schedule()
  }

  dispose(): void {
    this.#clock.clearTimeout(this.#timer)
    this.#controller?.abort()
    this.#stopVisibility?.()
    this.#listeners.clear()
    this.#intervals.clear()
  }
}

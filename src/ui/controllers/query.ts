import type { ReactiveController, ReactiveControllerHost } from 'lit'
import type { Query, QueryState, Subscription } from '../../state/query.js'

/**
 * Binds a host to one store query: subscribes while connected, follows the
 * query when `select` returns another one (a new device id), and re-renders
 * on every change. The host decides the poll interval on each update.
 */
export class QueryController<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost
  readonly #select: () => Query<T> | undefined
  readonly #interval: () => number
  #query: Query<T> | undefined
  #sub: Subscription | undefined
  #connected = false
  #syncing = false

  constructor(host: ReactiveControllerHost, select: () => Query<T> | undefined, interval: () => number = () => 0) {
    this.#host = host
    this.#select = select
    this.#interval = interval
    host.addController(this)
  }

  get query(): Query<T> | undefined {
    this.#follow()
    return this.#query
  }

  /**
   * The state of the query `select` names now. Lit runs the host's
   * willUpdate before this controller's hostUpdate, so a host that reads its
   * data there (to build rows, to fill a form) after its id changed would
   * otherwise see the old id's: and when the new id's query is already
   * loaded, nothing changes afterwards to correct it.
   */
  get state(): QueryState<T> | undefined {
    this.#follow()
    return this.#query?.state
  }

  refresh(): Promise<void> {
    return this.#query?.refresh() ?? Promise.resolve()
  }

  hostConnected(): void {
    this.#connected = true
    this.#sync()
  }

  hostUpdate(): void {
    this.#sync()
  }

  hostDisconnected(): void {
    this.#connected = false
    this.#sub?.unsubscribe()
    this.#sub = undefined
    this.#query = undefined
  }

  /** Moves to the query `select` names, if it is another one (not while subscribing: a synchronous answer reads state). */
  #follow(): void {
    if (this.#connected && !this.#syncing && this.#select() !== this.#query) this.#sync()
  }

  #sync(): void {
    if (!this.#connected) return
    const next = this.#select()
    if (next !== this.#query) {
      this.#sub?.unsubscribe()
      this.#query = next
      this.#syncing = true
      try {
        this.#sub = next?.subscribe(() => this.#changed(), this.#interval())
      } finally {
        this.#syncing = false
      }
    } else {
      this.#sub?.setPollInterval(this.#interval())
    }
  }

  #changed(): void {
    // A client that answers synchronously (a cache of the host app's) changes
    // the state while the host is updating, when Lit drops a new request:
    // ask again once this update is done.
    if (this.#syncing) void this.#host.updateComplete.then(() => this.#host.requestUpdate())
    else this.#host.requestUpdate()
  }
}

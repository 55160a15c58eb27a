import type { AccessCode, Device, UnmanagedAccessCode } from '@seamapi/types/connect'
import { pageClock, type Clock } from '../api/abortable.js'
import type { ListOptions, SeamClient } from '../api/client.js'
import { SeamUnreadableAnswerError, type SeamError } from '../api/errors.js'
import { TabClosedError, awaitsOutcome } from './errors.js'
import { Query, type Loader } from './query.js'
import { TabLink } from './tabs.js'
import type { Activity, MutationMeta } from './types.js'
import { pageVisibility, type Visibility } from './visibility.js'

/** Keys are route + params with sorted keys, so equal requests share one entry. */
export function queryKey(route: string, params: Record<string, unknown> = {}): string {
  const sorted = Object.keys(params)
    .sort()
    .filter((k) => params[k] !== undefined)
    .map((k) => `${k}=${JSON.stringify(params[k])}`)
  return `${route}?${sorted.join('&')}`
}

/** The writes whose outcome a session keeps when Seam may still apply them. */
export type UnsettledKind = 'delete' | 'convert' | 'pull-backup'

/**
 * Everything one client session knows: cached queries, the mutations under
 * way, and who is doing what to which code. Shared by every element of that
 * session, so they agree and ask the server once.
 */
export class SessionStore {
  readonly client: SeamClient
  readonly visibility: Visibility
  /** Time for polling and for following mutations. */
  readonly clock: Clock
  readonly #queries = new Map<string, Query<unknown>>()
  readonly #mutations = new Map<string, Promise<unknown>>()
  readonly #activity = new Map<string, Activity>()
  readonly #activityListeners = new Set<() => void>()
  /** Writes Seam may still apply, by kind and code id: see `unsettled`. */
  readonly #unsettled = new Map<string, SeamError>()
  /** Events already used to settle an outcome, so a retry never re-reads an old one. */
  readonly consumedEvents = new Set<string>()
  readonly #tabs: TabLink | undefined

  /**
   * Settles (never rejects) once the client has its session, when it can
   * say so (the built-in client can; any other settles at once).
   */
  sessionReady(): Promise<void> {
    const client = this.client as SeamClient & { whenSession?: () => Promise<void> }
    return client.whenSession ? client.whenSession().catch(() => undefined) : Promise.resolve()
  }

  /**
   * `tabChannel` names this session for the other tabs of the page's origin
   * (see TabLink); without it, mutations are deduplicated in this tab only.
   * `clock` is the page's unless a test brings its own.
   */
  constructor(client: SeamClient, visibility: Visibility = pageVisibility, options: { tabChannel?: string; clock?: Clock } = {}) {
    this.client = client
    this.visibility = visibility
    this.clock = options.clock ?? pageClock
    this.#tabs =
      options.tabChannel == null
        ? undefined
        : TabLink.create(options.tabChannel, {
            started: (m) => this.setActivity(m.accessCodeId, m.activity),
            ended: (m, end) => {
              this.setActivity(m.accessCodeId, undefined)
              if (end) this.#heardOutcome(m.accessCodeId, end.key, end.error)
              void this.invalidateDevice(m.deviceId)
            },
          })
  }

  query<T>(route: string, params: Record<string, unknown>, load: Loader<T>): Query<T> {
    const key = queryKey(route, params)
    let q = this.#queries.get(key) as Query<T> | undefined
    if (q == null) {
      q = new Query<T>(key, load, this.visibility, this.clock)
      this.#queries.set(key, q as Query<unknown>)
    }
    return q
  }

  /** Managed codes of a device; only that device's, only managed, whatever the server sends. */
  accessCodes(deviceId: string): Query<AccessCode[]> {
    return this.#codeList('/access_codes/list', deviceId, true, (p, o) => this.client.accessCodes.list(p, o))
  }

  /** Unmanaged codes of a device, filtered the same way. */
  unmanagedCodes(deviceId: string): Query<UnmanagedAccessCode[]> {
    return this.#codeList('/access_codes/unmanaged/list', deviceId, false, (p, o) => this.client.accessCodes.unmanaged.list(p, o))
  }

  /** Every page of a device's codes; partial pages show on a first load. */
  #codeList<T extends AccessCode | UnmanagedAccessCode>(
    route: string,
    deviceId: string,
    managed: boolean,
    list: (params: { device_id: string }, options: ListOptions<T>) => Promise<T[]>,
  ): Query<T[]> {
    // A code whose flag is missing is what its route lists; only a flag that says otherwise excludes it.
    const keep = (codes: T[]): T[] =>
      dedupe(asList(codes, route).filter((c) => c?.device_id === deviceId && (c as { is_managed?: unknown }).is_managed !== !managed))
    return this.query(route, { device_id: deviceId }, async (signal, partial) => {
      const seen: T[] = []
      const all = await list({ device_id: deviceId }, { signal, onPage: (page, done) => (seen.push(...page), done || partial(keep(seen))) })
      return keep(all)
    })
  }

  /** One unmanaged code, for a view that opens on its id alone (the convert dialog). */
  unmanagedCode(accessCodeId: string): Query<UnmanagedAccessCode> {
    return this.query('/access_codes/unmanaged/get', { access_code_id: accessCodeId }, (signal) =>
      this.client.accessCodes.unmanaged.get({ access_code_id: accessCodeId }, { signal }),
    )
  }

  device(deviceId: string): Query<Device> {
    return this.query('/devices/get', { device_id: deviceId }, (signal) => this.client.devices.get({ device_id: deviceId }, { signal }))
  }

  devices(): Query<Device[]> {
    return this.query('/devices/list', {}, (signal) => this.client.devices.list({}, { signal }))
  }

  /** After a mutation on a device: both its lists reload for everyone watching. */
  async invalidateDevice(deviceId: string): Promise<void> {
    await Promise.all([this.accessCodes(deviceId).invalidate(), this.unmanagedCodes(deviceId).invalidate()])
  }

  /**
   * Runs `start` once per key at a time and shares that run: a second call
   * while it runs (a double click) gets the same promise; with `meta`, so
   * does another tab of the session. When the tab that ran it closed before
   * it ended, it may have sent the write: `check` then finds out from the
   * server, as for a lost answer (under the same key, so the tabs left check
   * once), and nothing is sent again. Without `check`, that rejects with
   * TabClosedError.
   */
  runShared<R>(key: string, start: () => Promise<R>, meta?: MutationMeta, check?: (closed: TabClosedError) => Promise<R>): Promise<R> {
    const running = this.#mutations.get(key) as Promise<R> | undefined
    if (running) return running
    // Show the activity at once; taking the cross-tab lock is asynchronous.
    if (meta) this.setActivity(meta.accessCodeId, meta.activity)
    const tabs = meta && this.#tabs
    let run = tabs ? tabs.run(key, meta, start) : start()
    if (tabs && check) {
      run = run.catch((error: unknown) => {
        if (!(error instanceof TabClosedError)) throw error
        const checking = { ...meta, activity: 'checking' } as const
        this.setActivity(meta.accessCodeId, checking.activity)
        return tabs.run(key, checking, () => check(error))
      })
    }
    const p = run.finally(() => this.#mutations.delete(key))
    this.#mutations.set(key, p)
    return p
  }

  /** Whether any of these codes is being deleted or converted; costs nothing while none is. */
  anyActive(codes: readonly { access_code_id: string }[]): boolean {
    return this.#activity.size > 0 && codes.some((c) => this.#activity.has(c?.access_code_id))
  }

  /** No code has an activity, nor a write Seam may still apply: then no list need hold a row back. */
  get quiet(): boolean {
    return this.#activity.size === 0 && this.#unsettled.size === 0
  }

  activity(accessCodeId: string): Activity | undefined {
    return this.#activity.get(accessCodeId)
  }

  setActivity(accessCodeId: string, activity: Activity | undefined): void {
    if (activity == null) this.#activity.delete(accessCodeId)
    else this.#activity.set(accessCodeId, activity)
    for (const l of [...this.#activityListeners]) l()
  }

  /**
   * The error of a delete or conversion of this code that Seam may still
   * apply (see awaitsOutcome): its answer was lost and checking could not
   * tell, or Seam had not told the outcome by the deadline. Kept here, for
   * the session, so every element shows "Check again" for it and none sends
   * it again: the dialog that sent it may be closed, the details reopened,
   * or "Convert all" run from the list. Undefined once it settled.
   */
  unsettled(kind: UnsettledKind, accessCodeId: string): SeamError | undefined {
    return this.#unsettled.get(`${kind}:${accessCodeId}`)
  }

  /**
   * Another tab's delete or conversion ended: one whose outcome it could not
   * tell is unsettled here too, so this tab offers "Check again" rather than
   * the write again; one that settled is settled here.
   */
  #heardOutcome(accessCodeId: string, key: string, error: SeamError | undefined): void {
    const kind = key.slice(0, key.indexOf(':'))
    if (kind !== 'delete' && kind !== 'convert') return
    this.setUnsettled(kind, accessCodeId, error && awaitsOutcome(error) ? error : undefined)
  }

  /** Keeps (or, with undefined, forgets) what `unsettled` says; every element watching the activity hears it. */
  setUnsettled(kind: UnsettledKind, accessCodeId: string, error: SeamError | undefined): void {
    const key = `${kind}:${accessCodeId}`
    if (error === this.#unsettled.get(key)) return
    if (error === undefined) this.#unsettled.delete(key)
    else this.#unsettled.set(key, error)
    for (const l of [...this.#activityListeners]) l()
  }

  /** `run` (a write of this code), keeping once it settles whether Seam may still apply it (see `unsettled`). */
  keepUnsettled<T>(kind: UnsettledKind, accessCodeId: string, run: Promise<T>): Promise<T> {
    return run.then(
      (value) => (this.setUnsettled(kind, accessCodeId, undefined), value),
      (error: unknown) => {
        this.setUnsettled(kind, accessCodeId, awaitsOutcome(error) ? error : undefined)
        throw error
      },
    )
  }

  onActivity(listener: () => void): () => void {
    this.#activityListeners.add(listener)
    return () => this.#activityListeners.delete(listener)
  }

  #disposed = false

  /** Closed by the registry once nobody held it: a host coming back must look its session up again. */
  get disposed(): boolean {
    return this.#disposed
  }

  dispose(): void {
    this.#disposed = true
    this.#tabs?.close()
    for (const q of this.#queries.values()) q.dispose()
    this.#queries.clear()
  }
}

/**
 * A list the client returned, or an "unreadable" error when it returned
 * something else. FetchSeamClient checks its answers already; a SeamClient
 * of the page's own may not.
 */
function asList<T>(value: T[], route: string): T[] {
  if (Array.isArray(value)) return value
  throw new SeamUnreadableAnswerError({ route, reason: value == null ? 'missing' : 'wrong-type', field: 'access_codes' })
}

/** The same id twice (a page boundary shifted mid-walk) is shown once. */
function dedupe<T extends { access_code_id: string }>(codes: T[]): T[] {
  const seen = new Set<string>()
  return codes.filter((c) => (seen.has(c?.access_code_id) ? false : (seen.add(c?.access_code_id), true)))
}

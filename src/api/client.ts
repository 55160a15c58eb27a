import type { AccessCode, ActionAttempt, Device, RouteRequestBody, Routes, SeamEvent, UnmanagedAccessCode } from '@seamapi/types/connect'
import { type ResolvedCredentials } from './credentials.js'
import { untilAborted } from './abortable.js'
import { answers, type Guard, type Page } from './answers.js'
import { SeamApiError } from './errors.js'
import { Transport, type TransportOptions } from './transport.js'

export interface CallOptions {
  signal?: AbortSignal | undefined
}

export interface ListOptions<T> extends CallOptions {
  /**
   * Called with each page as it arrives, so a long list can show its first
   * rows while later pages load. `done` is true for the last page.
   */
  onPage?: ((items: T[], done: boolean) => void) | undefined
}

type Body<P extends keyof Routes> = RouteRequestBody<P>

/**
 * What the elements need from Seam. The built-in {@link FetchSeamClient}
 * implements it over fetch; pass any other implementation to
 * `<seam-provider>.client` (tests, a proxy of your own backend). Lists return
 * every page; mutations that Seam performs asynchronously return the action
 * attempt to follow, or null when the API answered without one.
 *
 * Every answer is checked against what its route promises; one that is not
 * rejects with a SeamUnreadableAnswerError (kind `unreadable`), never an
 * empty list. A write whose answer is lost rejects with an error for which
 * `isOutcomeUnknown` is true; it is never sent again on its own.
 */
export interface SeamClient {
  devices: {
    get(params: Body<'/devices/get'>, options?: CallOptions): Promise<Device>
    list(params?: Body<'/devices/list'>, options?: ListOptions<Device>): Promise<Device[]>
  }
  accessCodes: {
    list(params: Body<'/access_codes/list'>, options?: ListOptions<AccessCode>): Promise<AccessCode[]>
    get(params: Body<'/access_codes/get'>, options?: CallOptions): Promise<AccessCode>
    delete(params: Body<'/access_codes/delete'>, options?: CallOptions): Promise<ActionAttempt | null>
    unmanaged: {
      list(params: Body<'/access_codes/unmanaged/list'>, options?: ListOptions<UnmanagedAccessCode>): Promise<UnmanagedAccessCode[]>
      get(params: Body<'/access_codes/unmanaged/get'>, options?: CallOptions): Promise<UnmanagedAccessCode>
      convertToManaged(params: Body<'/access_codes/unmanaged/convert_to_managed'>, options?: CallOptions): Promise<ActionAttempt | null>
      delete(params: Body<'/access_codes/unmanaged/delete'>, options?: CallOptions): Promise<ActionAttempt | null>
    }
    // Writes of managed codes (the form, and the table's remedies).
    /** Resolves with the new code; Seam goes on setting it on the lock. */
    create(params: Body<'/access_codes/create'>, options?: CallOptions): Promise<AccessCode>
    update(params: Body<'/access_codes/update'>, options?: CallOptions): Promise<ActionAttempt | null>
    /** A PIN the lock accepts, from Seam. */
    generateCode(params: Body<'/access_codes/generate_code'>, options?: CallOptions): Promise<string>
    /** Resolves with the backup code that now stands in for the code. */
    pullBackupAccessCode(params: Body<'/access_codes/pull_backup_access_code'>, options?: CallOptions): Promise<AccessCode>
  }
  actionAttempts: {
    get(params: Body<'/action_attempts/get'>, options?: CallOptions): Promise<ActionAttempt>
  }
  events: {
    list(params: Body<'/events/list'>, options?: CallOptions): Promise<SeamEvent[]>
  }
}

/** Guards against a server that hands back the same cursor forever. */
const MAX_PAGES = 1_000

export interface FetchSeamClientOptions extends Omit<TransportOptions, 'endpoint'> {
  credentials: ResolvedCredentials
}

export class FetchSeamClient implements SeamClient {
  readonly #transport: Transport
  readonly #credentials: ResolvedCredentials
  #token: Promise<string> | undefined

  constructor({ credentials, ...transport }: FetchSeamClientOptions) {
    this.#credentials = credentials
    this.#transport = new Transport({ ...transport, endpoint: credentials.endpoint })
  }

  /**
   * Settles once the session's token is known (at once with a token given):
   * what can wait for the first data request to leave waits for this, and a
   * task more. Starts the session if nothing has yet; one request either way.
   */
  whenSession(): Promise<void> {
    return this.#session().then(() => undefined)
  }

  #session(signal?: AbortSignal): Promise<string> {
    const c = this.#credentials
    if (c.mode === 'token') return Promise.resolve(c.clientSessionToken)
    // One get_or_create however many calls start at once. It runs without
    // any caller's signal (one caller giving up must not fail the others);
    // each caller stops waiting on its own signal.
    if (!this.#token) {
      const token = this.#transport
        .send('/client_sessions/get_or_create', { user_identifier_key: c.userIdentifierKey }, {
          idempotent: true,
          headers: { 'seam-publishable-key': c.publishableKey },
          read: answers.clientSession,
        })
        .then((session) => session.token)
      token.catch(() => this.#token === token && (this.#token = undefined))
      this.#token = token
    }
    return untilAborted(this.#token, signal)
  }

  /** One route: `read` checks the answer (see answers.ts); writes (`idempotent: false`) are sent once. */
  async #call<T>(route: string, body: unknown, idempotent: boolean, read: Guard<T>, signal?: AbortSignal): Promise<T> {
    for (let renewed = false; ; renewed = true) {
      const session = this.#token
      const token = await this.#session(signal)
      try {
        return await this.#transport.send(route, body, {
          idempotent,
          signal,
          read,
          headers: { 'client-session-token': token, authorization: `Bearer ${token}` },
        })
      } catch (error) {
        if (!(error instanceof SeamApiError) || error.status !== 401) throw error
        // A 401 means the request was refused before anything happened, so it
        // is safe to send again, writes included, once with a fresh session.
        if (this.#credentials.mode === 'publishable-key' && !renewed) {
          // Another call may have renewed it already: keep a fresher session.
          if (this.#token === session || session === undefined) this.#token = undefined
          continue
        }
        throw new SeamApiError({
          status: 401,
          type: error.type,
          message: error.seamMessage,
          statusText: error.statusText,
          requestId: error.requestId,
          reason: this.#credentials.mode === 'token' ? 'token-refused' : 'session-refused',
        })
      }
    }
  }

  async #all<T>(route: string, params: object, read: Guard<Page<T>>, options: ListOptions<T> = {}): Promise<T[]> {
    const items: T[] = []
    const seen = new Set<string>()
    let cursor: string | null | undefined
    for (let page = 0; page < MAX_PAGES; page++) {
      const r = await this.#call(route, cursor == null ? params : { ...params, page_cursor: cursor }, true, read, options.signal)
      items.push(...r.items)
      const done = r.next == null || seen.has(r.next)
      options.onPage?.(r.items, done)
      if (done) break
      seen.add(r.next!)
      cursor = r.next
    }
    return items
  }

  devices: SeamClient['devices'] = {
    get: (params, o) => this.#call('/devices/get', params, true, answers.device, o?.signal),
    list: (params = {}, o) => this.#all('/devices/list', params, answers.devices, o),
  }

  accessCodes: SeamClient['accessCodes'] = {
    list: (params, o) => this.#all('/access_codes/list', params, answers.accessCodes, o),
    get: (params, o) => this.#call('/access_codes/get', params, true, answers.accessCode, o?.signal),
    delete: (params, o) => this.#call('/access_codes/delete', params, false, answers.attemptOrOk, o?.signal),
    unmanaged: {
      list: (params, o) => this.#all('/access_codes/unmanaged/list', params, answers.unmanagedCodes, o),
      get: (params, o) => this.#call('/access_codes/unmanaged/get', params, true, answers.unmanagedCode, o?.signal),
      convertToManaged: (params, o) =>
        this.#call('/access_codes/unmanaged/convert_to_managed', params, false, answers.attemptOrOk, o?.signal),
      delete: (params, o) => this.#call('/access_codes/unmanaged/delete', params, false, answers.attemptOrOk, o?.signal),
    },
    create: (params, o) => this.#call('/access_codes/create', params, false, answers.accessCode, o?.signal),
    update: (params, o) => this.#call('/access_codes/update', params, false, answers.attemptOrOk, o?.signal),
    // It changes nothing on the server, so it is retried like a read.
    generateCode: (params, o) => this.#call('/access_codes/generate_code', params, true, answers.generatedCode, o?.signal),
    pullBackupAccessCode: (params, o) =>
      this.#call('/access_codes/pull_backup_access_code', params, false, answers.backupCode, o?.signal),
  }

  actionAttempts: SeamClient['actionAttempts'] = {
    get: (params, o) => this.#call('/action_attempts/get', params, true, answers.actionAttempt, o?.signal),
  }

  events: SeamClient['events'] = {
    list: (params, o) => this.#call('/events/list', params, true, answers.events, o?.signal),
  }
}

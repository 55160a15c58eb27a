import { ContextProvider } from '@lit/context'
import { LitElement, css, html, nothing, type PropertyValues } from 'lit'
import { property } from 'lit/decorators.js'
import type { SeamClient } from '../api/client.js'
import { emit } from '../events.js'
import { describeError, t } from '../i18n/index.js'
import { StoreHold, sessionFor } from '../state/index.js'
import { sessionContext, type SessionValue } from './session.js'

/**
 * Holds one Seam client session and shares it, with one cache, with every
 * element inside it, including elements in other shadow roots and ones
 * added later.
 *
 * @tagname seam-provider
 * @summary Shares one Seam client session with the elements inside it.
 * @slot - The elements that use the session.
 * @fires {CustomEvent<SeamEventDetails['seam-error']>} seam-error - The credentials are missing, malformed or contradictory. `detail: { error }`
 * @csspart error - The message shown when the configuration is wrong.
 * @cssprop [--seam-color-danger=#b42318] - Colour of the configuration message.
 */
export class SeamProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
    [part='error'] {
      display: block;
      font: var(--seam-font-body, 14px/1.4 system-ui, sans-serif);
      color: var(--seam-color-danger, #b42318);
      border: 1px solid currentColor;
      border-radius: var(--seam-radius, 8px);
      padding: var(--seam-space-3, 12px);
      margin-block-end: var(--seam-space-3, 12px);
    }
  `

  /** Publishable key of the Seam workspace (starts `seam_pk`). */
  @property({ attribute: 'publishable-key' }) publishableKey?: string
  /** Your own secret, per-user key; opens that user's client session. */
  @property({ attribute: 'user-identifier-key' }) userIdentifierKey?: string
  /** A client session token minted by your server (starts `seam_cst`). */
  @property({ attribute: 'client-session-token' }) clientSessionToken?: string
  /** API base URL. */
  @property() endpoint = 'https://connect.getseam.com'
  /** Any object implementing the kit's `SeamClient` interface; wins over the attributes. */
  @property({ attribute: false }) client?: SeamClient

  readonly #provider = new ContextProvider(this, { context: sessionContext })
  readonly #hold = new StoreHold()
  #reported: unknown

  override connectedCallback(): void {
    super.connectedCallback()
    this.#hold.connect()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.#hold.disconnect()
  }

  /** The session shared with the elements inside, or why there is none. */
  get session(): SessionValue | undefined {
    return this.#provider.value
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!['publishableKey', 'userIdentifierKey', 'clientSessionToken', 'endpoint', 'client'].some((k) => changed.has(k))) return
    const session = sessionFor(this, true)
    this.#hold.set(session?.store)
    this.#provider.setValue(session)
    if (session?.error && session.error.message !== this.#reported) {
      this.#reported = session.error.message
      emit(this, 'seam-error', { error: session.error })
    } else if (!session?.error) {
      this.#reported = undefined
    }
  }

  protected override render() {
    const error = this.session?.error
    return html`${error
        ? html`<div part="error" role="alert"><strong>${t(this.lang || undefined, 'configTitle')}</strong><br />${describeError(this.lang || undefined, error)}</div>`
        : nothing}<slot></slot>`
  }
}

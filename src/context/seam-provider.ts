import { ContextProvider } from '@lit/context'
import { LitElement, css, html, nothing } from 'lit'
import { property } from 'lit/decorators.js'
import type { SeamClient } from '../state/index.js'
import { emit } from '../events.js'
import { describeError } from '../catalog/index.js'
import { t } from '../i18n/index.js'
import { LocaleController } from './locale.js'
import { OwnSession, SessionErrorReport } from './own-session.js'
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
 * @cssprop [--seam-color-danger=light-dark(#b42318, #ff8f85)] - Colour of the configuration message.
 * @cssprop [--seam-font-body=14px/1.4 system-ui] - Its font.
 * @cssprop [--seam-radius=8px] - Its corner radius.
 * @cssprop [--seam-space=8px] - Its padding and the space below it.
 */
export class SeamProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
    [part='error'] {
      display: block;
      font: var(--seam-font-body, 14px/1.4 system-ui, sans-serif);
      /* As every element's: readable on a page that declares a dark colour scheme. */
      color: var(--seam-color-danger, light-dark(#b42318, #ff8f85));
      border: 1px solid currentColor;
      border-radius: var(--seam-radius, 8px);
      padding: calc(var(--seam-space, 8px) * 1.5);
      margin-block-end: calc(var(--seam-space, 8px) * 1.5);
    }
  `

  /** Publishable key of the Seam workspace (starts `seam_pk`). */
  @property({ attribute: 'publishable-key' }) publishableKey?: string
  /** Your own secret, per-user key; opens that user's client session. */
  @property({ attribute: 'user-identifier-key' }) userIdentifierKey?: string
  /** A client session token minted by your server (starts `seam_cst`). */
  @property({ attribute: 'client-session-token' }) clientSessionToken?: string
  /** API base URL; default `https://connect.getseam.com`. */
  // No default of its own: the credentials apply the one default endpoint.
  @property() endpoint?: string
  /** Any object implementing the kit's `SeamClient` interface; wins over the attributes. */
  @property({ attribute: false }) client?: SeamClient
  /** BCP 47 tag for its configuration message; default the nearest `lang`, else the browser's (as every element). */
  @property() locale?: string

  // The same resolving, holding and reporting as every data element's,
  // without a provider above: no credentials here is an error.
  readonly #own = new OwnSession(this, { required: true })
  readonly #report = new SessionErrorReport(this, (error) => emit(this, 'seam-error', { error }))
  readonly #provider = new ContextProvider(this, { context: sessionContext })
  // Its one message in the page's language, as the elements inside speak it (and its words loaded).
  readonly #locale = new LocaleController(this)

  /** The session shared with the elements inside, or why there is none. */
  get session(): SessionValue | undefined {
    return this.#provider.value
  }

  protected override willUpdate(): void {
    const session = this.#own.value
    this.#provider.setValue(session)
    this.#report.check(session?.error, () => this.#own.value?.error)
  }

  protected override render() {
    const error = this.session?.error
    const locale = this.#locale.value
    return html`${error
        ? html`<div part="error" role="alert"><strong>${t(locale, 'configTitle')}</strong><br />${describeError(locale, error)}</div>`
        : nothing}<slot></slot>`
  }
}

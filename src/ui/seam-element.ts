import { LitElement } from 'lit'
import { property } from 'lit/decorators.js'
import type { SeamClient } from '../state/index.js'
import { asSeamError, type SeamError } from '../state/index.js'
import type { SessionValue } from '../context/session.js'
import { emit } from '../events.js'
import type { SessionStore } from '../state/store.js'
import { ColorSchemeController } from './controllers/color-scheme.js'
import { LocaleController } from '../context/locale.js'
import { SessionController } from './controllers/session.js'

/**
 * What every data element shares: the four credential attributes, the
 * session from the nearest provider (its own credentials win), locale and
 * time zone, and `seam-error` reporting. Not registered as a tag. The
 * behaviour lives in two controllers, SessionController and
 * LocaleController; this class declares the attributes and composes them.
 *
 * Every element reads the same design tokens; set them on any ancestor.
 * @cssprop [--seam-color-text=light-dark(#1d2433, #e8ecf3)] - Text colour.
 * @cssprop [--seam-color-text-muted=light-dark(#5b6477, #a3acbd)] - Secondary text.
 * @cssprop [--seam-color-surface=light-dark(#ffffff, #161b26)] - Background.
 * @cssprop [--seam-color-surface-alt=light-dark(#f5f7fa, #1f2533)] - Header and button background.
 * @cssprop [--seam-color-border=light-dark(#d6dbe4, #364054)] - Borders.
 * @cssprop [--seam-color-accent=light-dark(#1f5fd1, #8fb3ff)] - Focus, links, primary buttons.
 * @cssprop [--seam-color-on-accent=light-dark(#ffffff, #0b1220)] - Text and icons on the accent colour (primary buttons).
 * @cssprop [--seam-color-danger=light-dark(#b42318, #ff8f85)] - Errors.
 * @cssprop [--seam-color-warning=light-dark(#8a5300, #f5c26b)] - Warnings.
 * @cssprop [--seam-color-success=light-dark(#17733f, #74d39b)] - The "set" status.
 * @cssprop [--seam-font-body=14px/1.45 system-ui] - Font.
 * @cssprop [--seam-font-mono=ui-monospace] - Font of PINs.
 * @cssprop [--seam-radius=8px] - Corner radius.
 * @cssprop [--seam-space=8px] - Base spacing.
 * @cssprop [--seam-density=1] - Row padding factor (0.5 compact, 1.5 roomy); the `density` attribute wins over it.
 */
export class SeamElement extends LitElement {
  /** Publishable key; lets the element work without a provider. */
  @property({ attribute: 'publishable-key' }) publishableKey?: string
  /** User identifier key, with `publishable-key`. */
  @property({ attribute: 'user-identifier-key' }) userIdentifierKey?: string
  /** A client session token minted by your server. */
  @property({ attribute: 'client-session-token' }) clientSessionToken?: string
  /** API base URL; default `https://connect.getseam.com`. */
  @property() endpoint?: string
  /** A `SeamClient` to use instead of the built-in fetch client. */
  @property({ attribute: false }) client?: SeamClient
  /** BCP 47 tag for text, dates and numbers; default the nearest `lang`, else the browser's. */
  @property() locale?: string
  /**
   * IANA time zone for schedules and for times typed into a form; default
   * (CONTRACT v2) the lock's own (`device.location.timezone`) when it has
   * one, else the browser's. Named on screen wherever it is not the browser's.
   */
  @property({ attribute: 'time-zone' }) timeZone?: string
  /**
   * Row spacing: `compact` (half the padding) or `comfortable` (half as much
   * again) for hosts that want air; unset, `--seam-density` decides (default 1).
   */
  @property({ reflect: true }) density?: 'compact' | 'comfortable'

  protected readonly sessionController = new SessionController(this, {
    report: (error) => this.reportError(error),
    optional: () => this.needsNoSession,
  })
  protected readonly localeController = new LocaleController(this)
  protected readonly colorSchemeController = new ColorSchemeController(this, () => super.attachInternals())

  /** The element's one ElementInternals, shared with the colour-scheme controller: a subclass may still ask for it. */
  override attachInternals(): ElementInternals {
    return this.colorSchemeController?.internals ?? super.attachInternals()
  }

  /** The session in use, or why there is none. */
  protected get session(): SessionValue {
    return this.sessionController.value
  }

  protected get store(): SessionStore | undefined {
    return this.sessionController.store
  }

  /**
   * The session store in use: lets the page, tests and other elements share
   * it. Setting it hands the element that store, whatever its credentials say.
   */
  get sessionStore(): SessionStore | undefined {
    return this.sessionController.store
  }

  set sessionStore(store: SessionStore | undefined) {
    this.sessionController.hand(store)
  }

  /** The locale for text and dates, resolved once per change rather than per use. */
  protected get lang_(): string {
    return this.localeController.value
  }

  /** True when the element can do its work without a session (data given directly). */
  protected get needsNoSession(): boolean {
    return false
  }

  /** Reports each failure once, however often the element renders it. */
  protected reportOnce(error: SeamError | undefined): void {
    this.sessionController.reportOnce(error)
  }

  /** Tells the page about a failure; the element shows it too. Typed even when a host's own client threw a plain Error. */
  protected reportError(error: unknown): void {
    emit(this, 'seam-error', { error: asSeamError(error) })
  }
}

import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit'

/**
 * One polite live region per element. Changes are said once: the region
 * always exists (so screen readers watch it), and the same sentence twice is
 * cleared first so it is said again.
 */
export class Announcer implements ReactiveController {
  readonly #host: ReactiveControllerHost
  #text = ''

  constructor(host: ReactiveControllerHost) {
    this.#host = host
    host.addController(this)
  }

  get text(): string {
    return this.#text
  }

  announce(text: string): void {
    if (text === '') return
    if (text === this.#text) {
      this.#text = ''
      this.#host.requestUpdate()
      void this.#host.updateComplete.then(() => this.announce(text))
      return
    }
    this.#text = text
    this.#host.requestUpdate()
  }

  hostConnected(): void {}

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#text}</div>`
  }
}

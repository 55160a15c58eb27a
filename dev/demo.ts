// The demo page: a device picker inside <seam-provider>, and the kit's
// elements for the chosen device.
import type { Device } from '@seamapi/types/connect'
import { css, html, nothing } from 'lit'
import { state } from 'lit/decorators.js'
import '../src/index.js'
import { QueryController } from '../src/ui/controllers/query.js'
import { SeamElement } from '../src/ui/seam-element.js'
import { DEMO, HISTORY } from './seed.mjs'

const label = (d: Device) => `${d.display_name ?? d.properties?.name ?? d.device_id} — ${d.device_type}`

class DemoApp extends SeamElement {
  static override styles = css`
    :host {
      display: grid;
      gap: 1.5rem;
    }
    label {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      flex-wrap: wrap;
    }
  `
  @state() deviceId = new URLSearchParams(location.search).get('device') ?? ''
  /** Whether this page takes over the remedies only a host app can carry out, as a booking site would. */
  @state() takeOverRemedies = false
  @state() remedyNote = ''
  /** What the page heard of the last replacement of a code Seam cannot convert (issue 15). */
  @state() replacedNote = ''
  readonly #devices = new QueryController(this, () => this.store?.devices())

  readonly #onRemedy = (e: HTMLElementEventMap['seam-remedy']) => {
    if (!this.takeOverRemedies) return (this.remedyNote = '')
    e.preventDefault()
    this.remedyNote = `Here the host app would open its own flow for “${e.detail.issue.title}” on ${e.detail.device?.display_name ?? 'this lock'}.`
  }

  #pick(deviceId: string): void {
    this.deviceId = deviceId
    history.replaceState(null, '', `?device=${encodeURIComponent(deviceId)}`)
  }

  override render() {
    const { data, error } = this.#devices.state ?? {}
    if (error && !data) return html`<p role="alert">Devices could not be loaded: ${error.message}</p>`
    if (!data) return html`<p>Loading devices…</p>`
    // The front door has a code in every state; start there.
    const id = this.deviceId || (data.some((d) => d.device_id === DEMO.devices.august) ? DEMO.devices.august : (data[0]?.device_id ?? ''))
    return html`
      <label
        >Lock
        <select
          @change=${(e: Event) => {
            this.deviceId = (e.target as HTMLSelectElement).value
            history.replaceState(null, '', `?device=${encodeURIComponent(this.deviceId)}`)
          }}
        >
          ${data.map((d) => html`<option value=${d.device_id} ?selected=${d.device_id === id}>${label(d)}</option>`)}
        </select>
        <small>${data.length} devices in this session</small>
      </label>
      <label
        ><input type="checkbox" .checked=${this.takeOverRemedies} @change=${(e: Event) => (this.takeOverRemedies = (e.target as HTMLInputElement).checked)} />
        Take over the remedies only the host app can carry out (<code>seam-remedy</code>)</label
      >
      ${this.remedyNote ? html`<p role="status">${this.remedyNote}</p>` : nothing}
      ${id
        ? html`<access-code-table device-id=${id} @seam-remedy=${this.#onRemedy}></access-code-table>
            <p><small>Open a row (click it, or Enter) to see the code's details and its history.</small></p>
            <details>
              <summary>One code's details on their own (<code>&lt;access-code-details&gt;</code>, a code Seam took over)</summary>
              <access-code-details access-code-id=${HISTORY.converted}></access-code-details>
            </details>
            <details>
              <summary>The form on its own (<code>&lt;access-code-form&gt;</code>)</summary>
              <access-code-form device-id=${id}></access-code-form>
            </details>
            <p>
              Codes Seam cannot convert (the igloohome cabin, the SmartThings garage) offer “Replace” (a new code Seam manages takes the old one’s place):
              <button type="button" @click=${() => this.#pick(DEMO.devices.igloohome)}>igloohome</button>
              <button type="button" @click=${() => this.#pick(DEMO.devices.smartthings)}>SmartThings</button>
            </p>
            ${this.replacedNote ? html`<p role="status">${this.replacedNote}</p>` : nothing}
            <unmanaged-code-list
              device-id=${id}
              @unmanaged-code-replaced=${(e: HTMLElementEventMap['unmanaged-code-replaced']) =>
                (this.replacedNote = `unmanaged-code-replaced: ${e.detail.replacedAccessCodeId} → ${e.detail.accessCode.access_code_id} (“${e.detail.accessCode.name ?? ''}”)`)}
            ></unmanaged-code-list>`
        : nothing}
    `
  }
}
customElements.define('demo-app', DemoApp)

declare global {
  interface HTMLElementTagNameMap {
    'demo-app': DemoApp
  }
}

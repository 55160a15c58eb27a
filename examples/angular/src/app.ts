// Angular: a standalone component with CUSTOM_ELEMENTS_SCHEMA, property
// binding and (unmanaged-code-converted). Zoneless, as Angular 21 is, and
// compiled ahead of time by `ng build`, as an app ships.
import { CUSTOM_ELEMENTS_SCHEMA, Component, input, provideZonelessChangeDetection, signal, type ApplicationRef } from '@angular/core'
import { bootstrapApplication } from '@angular/platform-browser'
import type { AccessCode } from '@seamapi/types/connect'
import 'access-code-elements'

export interface AppProps {
  deviceId: string
  clientSessionToken: string
  endpoint?: string
}

@Component({
  selector: 'access-codes-app',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <seam-provider [clientSessionToken]="clientSessionToken()" [endpoint]="endpoint()">
      <access-code-table [deviceId]="deviceId()"></access-code-table>
      <unmanaged-code-list [deviceId]="deviceId()" (unmanaged-code-converted)="onConverted($event)"></unmanaged-code-list>
      @if (converted()) {
        <p data-testid="converted">{{ converted() }}</p>
      }
    </seam-provider>
  `,
})
export class AccessCodesApp {
  readonly deviceId = input('')
  readonly clientSessionToken = input('')
  readonly endpoint = input<string | undefined>(undefined)
  readonly converted = signal<string | undefined>(undefined)

  onConverted(event: Event): void {
    this.converted.set((event as CustomEvent<{ accessCode: AccessCode }>).detail.accessCode.access_code_id)
  }
}

export async function mount(container: HTMLElement, props: AppProps): Promise<() => void> {
  const host = document.createElement('access-codes-app')
  container.append(host)
  const app: ApplicationRef = await bootstrapApplication(AccessCodesApp, { providers: [provideZonelessChangeDetection()] })
  const ref = app.components[0]!
  ref.setInput('deviceId', props.deviceId)
  ref.setInput('clientSessionToken', props.clientSessionToken)
  ref.setInput('endpoint', props.endpoint)
  return () => app.destroy()
}

// React 19 uses the tags directly: it sets properties and listens to custom
// events named after the `on` prefix.
import { useState, version } from 'react'
import { createRoot } from 'react-dom/client'
import 'access-code-elements'
// Types the tags in JSX: generated from custom-elements.json.
import type {} from 'access-code-elements/jsx'
import type { AccessCode } from '@seamapi/types/connect'

/** The React this example runs on (the tests check it is 19). */
export const reactVersion = version

export interface AppProps {
  deviceId: string
  clientSessionToken: string
  endpoint?: string
}

export function App({ deviceId, clientSessionToken, endpoint }: AppProps) {
  const [converted, setConverted] = useState<string>()
  return (
    <seam-provider client-session-token={clientSessionToken} endpoint={endpoint}>
      <access-code-table device-id={deviceId}></access-code-table>
      <unmanaged-code-list
        device-id={deviceId}
        onunmanaged-code-converted={(e: CustomEvent<{ accessCode: AccessCode }>) => setConverted(e.detail.accessCode.access_code_id)}
      ></unmanaged-code-list>
      {converted && <p data-testid="converted">{converted}</p>}
    </seam-provider>
  )
}

export function mount(container: HTMLElement, props: AppProps): () => void {
  const root = createRoot(container)
  root.render(<App {...props} />)
  return () => root.unmount()
}

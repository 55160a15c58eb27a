// React 18 through the wrappers: properties as props, events as typed on… props.
import { useState } from 'react'
import { createRoot } from 'react-dom/client'
import { AccessCodeTable, SeamProvider, UnmanagedCodeList } from 'access-code-elements/react'

export interface AppProps {
  deviceId: string
  clientSessionToken: string
  endpoint?: string
}

export function App({ deviceId, clientSessionToken, endpoint }: AppProps) {
  const [converted, setConverted] = useState<string>()
  return (
    <SeamProvider clientSessionToken={clientSessionToken} endpoint={endpoint}>
      <AccessCodeTable deviceId={deviceId} />
      <UnmanagedCodeList
        deviceId={deviceId}
        onUnmanagedCodeConverted={(e) => setConverted(e.detail.accessCode.access_code_id)}
      />
      {converted && <p data-testid="converted">{converted}</p>}
    </SeamProvider>
  )
}

export function mount(container: HTMLElement, props: AppProps): () => void {
  const root = createRoot(container)
  root.render(<App {...props} />)
  return () => root.unmount()
}

// Vue 3: the tags inside a component; Vue is told they are custom elements,
// objects go in as properties (.prop), events with @.
import { createApp, defineComponent, ref } from 'vue'
import 'access-code-elements'

export interface AppProps {
  deviceId: string
  clientSessionToken: string
  endpoint?: string
}

const App = defineComponent({
  props: { deviceId: String, clientSessionToken: String, endpoint: String },
  setup() {
    const converted = ref<string>()
    const hideSetupWarnings = (warning: { warning_code?: string }) => warning.warning_code !== 'delay_in_setting_on_device'
    return { converted, hideSetupWarnings }
  },
  template: `
    <seam-provider :client-session-token="clientSessionToken" :endpoint="endpoint">
      <access-code-table :device-id="deviceId" :warningFilter.prop="hideSetupWarnings"></access-code-table>
      <unmanaged-code-list
        :device-id="deviceId"
        @unmanaged-code-converted="converted = $event.detail.accessCode.access_code_id"
      ></unmanaged-code-list>
      <p v-if="converted" data-testid="converted">{{ converted }}</p>
    </seam-provider>
  `,
})

export function mount(container: HTMLElement, props: AppProps): () => void {
  const app = createApp(App, { ...props })
  app.config.compilerOptions.isCustomElement = (tag) =>
    ['seam-provider', 'access-code-table', 'unmanaged-code-list', 'convert-code-dialog', 'access-code-form', 'access-code-details'].includes(tag)
  app.mount(container)
  return () => app.unmount()
}

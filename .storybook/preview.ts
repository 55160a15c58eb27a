import { setCustomElementsManifest } from '@storybook/web-components-vite'
import type { Preview } from '@storybook/web-components-vite'
import manifest from '../custom-elements.json'
import '../src/index.js'

// argTypes come from custom-elements.json, never written by hand.
setCustomElementsManifest(manifest)

const preview: Preview = {
  parameters: { controls: { expanded: true } },
}
export default preview

import { setCustomElementsManifest } from '@storybook/web-components-vite'
import type { Preview } from '@storybook/web-components-vite'
import { html } from 'lit'
import manifest from '../custom-elements.json'
import '../src/index.js'

// argTypes come from custom-elements.json, never written by hand.
setCustomElementsManifest(manifest)

const preview: Preview = {
  parameters: { controls: { expanded: true } },
  // The toolbar's language: every story renders under a `lang`, as on a
  // host's page, so the elements pick it up (and load its words) by themselves.
  globalTypes: {
    locale: {
      description: 'Language of the elements (the `lang` around the story)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'es', title: 'Español' },
          { value: 'fr', title: 'Français' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [(story, { globals }) => html`<div lang=${(globals['locale'] as string | undefined) ?? 'en'}>${story()}</div>`],
}
export default preview

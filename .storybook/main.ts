import type { StorybookConfig } from '@storybook/web-components-vite'
// @ts-expect-error: plain ESM without types, shared with Vite and the test runner
import { fakeSeamPlugin } from '../dev/fake-backend.mjs'

// Stories drive real requests: the embedded fake Seam backend runs behind
// /api of Storybook's dev server, as it does for the demo.
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  core: { disableTelemetry: true },
  async viteFinal(config) {
    config.plugins = [...(config.plugins ?? []), fakeSeamPlugin()]
    return config
  },
}
export default config

/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
// The examples themselves, so this page can never drift from what the tests prove.
import scriptTag from '../examples/script-tag/module.html?raw'
import react18 from '../examples/react18/src/App.tsx?raw'
import react19 from '../examples/react19/src/App.tsx?raw'
import vue from '../examples/vue/src/app.ts?raw'
import angular from '../examples/angular/src/app.ts?raw'

const meta: Meta = { title: 'Guides/Use in your framework' }
export default meta

const block = (title: string, note: string, code: string) => html`<section>
  <h2>${title}</h2>
  <p>${note}</p>
  <pre style="overflow:auto;background:#f5f7fa;color:#1d2433;padding:12px;border-radius:8px"><code>${code}</code></pre>
</section>`

export const Guide: StoryObj = {
  render: () => html`<article style="font:15px/1.5 system-ui;max-width:60rem">
    <p>
      Each snippet is a file from <code>examples/</code>; the test suite renders it in Chromium against the fake backend,
      converts a code, and checks that the framework received <code>unmanaged-code-converted</code>.
    </p>
    ${block('Script tag', 'One self-contained file; no build step. The classic variant is access-code-elements.iife.js.', scriptTag)}
    ${block('React 18', 'Through access-code-elements/react: properties as props, events as typed on… props.', react18)}
    ${block('React 19', 'The tags directly; import access-code-elements/jsx for typed JSX.', react19)}
    ${block('Vue 3', 'Tell Vue the tags are custom elements; pass objects with .prop; listen with @event-name.', vue)}
    ${block('Angular', 'A standalone component with CUSTOM_ELEMENTS_SCHEMA, property bindings and (event-name) outputs.', angular)}
  </article>`,
}

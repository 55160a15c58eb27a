import { createElement, type ComponentType } from 'react'
import { createRoot } from 'react-dom/client'
import { expect, waitUntil } from '@open-wc/testing'
import { AccessCodeForm, UnmanagedCodeList } from '../src/react.js'
import { resetSessions } from '../src/state/registry.js'
import { stubClient } from './helpers/stub-client.js'

// Every event an element fires has its `on…` prop on the element's wrapper.
const cases: [ComponentType<Record<string, unknown>>, string, string, string][] = [
  [UnmanagedCodeList as never, 'unmanaged-code-list', 'onSeamRemedy', 'seam-remedy'],
  [UnmanagedCodeList as never, 'unmanaged-code-list', 'onUnmanagedCodeReplaced', 'unmanaged-code-replaced'],
  [UnmanagedCodeList as never, 'unmanaged-code-list', 'onAccessCodeCreated', 'access-code-created'],
  [AccessCodeForm as never, 'access-code-form', 'onAccessCodeSubmit', 'access-code-submit'],
]

describe('access-code-elements/react wrappers', () => {
  afterEach(() => resetSessions())

  for (const [Wrapper, tag, prop, event] of cases) {
    it(`<${tag}>: ${prop} hears ${event}`, async () => {
      const host = document.body.appendChild(document.createElement('div'))
      const root = createRoot(host)
      const heard: Event[] = []
      try {
        root.render(createElement(Wrapper, { client: stubClient().client, [prop]: (e: Event) => heard.push(e) }))
        await waitUntil(() => host.querySelector(tag), 'rendered')
        host.querySelector(tag)!.dispatchEvent(new CustomEvent(event, { detail: {}, bubbles: true, composed: true }))
        expect(heard.map((e) => e.type)).to.deep.equal([event])
      } finally {
        root.unmount()
        host.remove()
      }
    })
  }
})

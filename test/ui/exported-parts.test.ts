import { expect, fixture, html, waitUntil } from '@open-wc/testing'
import '../../src/elements/access-code-table/define.js'
import '../../src/elements/unmanaged-code-list/define.js'
import type { AccessCodeTable } from '../../src/elements/access-code-table/access-code-table.js'
import type { UnmanagedCodeList } from '../../src/elements/unmanaged-code-list/unmanaged-code-list.js'
import { resetSessions } from '../../src/state/registry.js'
import { CODES, DEMO, HISTORY, resetBackend } from '../helpers/backend.js'

// A page styles the form, the details and the convert dialog that an element
// shows inside its own shadow root through that element's parts: a page's
// `access-code-form::part(…)` cannot reach a form inside the table.

/** Every part name `host` renders in its shadow root (not those of elements nested deeper). */
const partsIn = (host: Element): string[] => [...new Set([...host.shadowRoot!.querySelectorAll('[part]')].flatMap((e) => e.getAttribute('part')!.split(/\s+/)))].filter(Boolean)

/** The names `nested` hands on to the shadow root around it. */
const exported = (nested: Element): string[] => (nested.getAttribute('exportparts') ?? '').split(',').map((p) => p.trim())

/** A page rule on `outer::part(name)` reaches the element that has that part inside `nested`. */
async function styledThrough(outer: Element, nested: Element, name: string): Promise<boolean> {
  const sheet = document.createElement('style')
  sheet.textContent = `${outer.localName}::part(${name}) { outline: 3px solid rgb(1, 2, 3); }`
  document.head.append(sheet)
  try {
    const target = nested.shadowRoot!.querySelector(`[part~="${name}"]`)!
    return getComputedStyle(target).outlineColor === 'rgb(1, 2, 3)'
  } finally {
    sheet.remove()
  }
}

async function provider(body: ReturnType<typeof html>) {
  return fixture<HTMLElement>(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">${body}</seam-provider>`)
}

describe('parts of nested elements are exported to their host', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
  })

  it('the form in the table’s dialog: every part it renders, styled as access-code-table::part(…)', async () => {
    const page = await provider(html`<access-code-table device-id=${DEMO.devices.paris}></access-code-table>`)
    const table = page.querySelector<AccessCodeTable>('access-code-table')!
    await waitUntil(() => table.shadowRoot!.querySelector('[part~=row]'), 'rows', { timeout: 10_000 })
    ;[...table.shadowRoot!.querySelectorAll<HTMLElement>('[part~=add-button]')].find((b) => b.checkVisibility())!.click()
    await waitUntil(() => table.shadowRoot!.querySelector('access-code-form')?.shadowRoot?.querySelector('[part~=submit-button]'), 'the form', { timeout: 10_000 })
    const form = table.shadowRoot!.querySelector('access-code-form')!
    const rendered = partsIn(form)
    expect(rendered).to.include.members(['form', 'field', 'submit-button', 'cancel-button'])
    expect(exported(form)).to.include.members(rendered)
    expect(await styledThrough(table, form, 'submit-button')).to.equal(true)
    expect(await styledThrough(table, form, 'field')).to.equal(true)
  })

  it('the details in the table’s dialog, styled as access-code-table::part(history)', async () => {
    const page = await provider(html`<access-code-table device-id=${DEMO.devices.august}></access-code-table>`)
    const table = page.querySelector<AccessCodeTable>('access-code-table')!
    const row = () => table.shadowRoot!.querySelector<HTMLElement>(`[part~=row][data-id="${HISTORY.rich}"]`)
    await waitUntil(row, 'rows', { timeout: 10_000 })
    row()!.click()
    await waitUntil(() => table.shadowRoot!.querySelector('access-code-details')?.shadowRoot?.querySelector('[part~=history] [part~=event]'), 'the details and their history', {
      timeout: 10_000,
    })
    const details = table.shadowRoot!.querySelector('access-code-details')!
    expect(exported(details)).to.include.members(partsIn(details))
    expect(await styledThrough(table, details, 'history')).to.equal(true)
    expect(await styledThrough(table, details, 'event')).to.equal(true)
  })

  it('the list’s own convert dialog, styled as unmanaged-code-list::part(confirm-button)', async () => {
    const page = await provider(html`<unmanaged-code-list device-id=${DEMO.devices.august}></unmanaged-code-list>`)
    const list = page.querySelector<UnmanagedCodeList>('unmanaged-code-list')!
    const id = CODES['unmanagedFront1']!
    await waitUntil(() => list.shadowRoot!.querySelector(`[part~=row][data-id="${id}"]`), 'the list', { timeout: 10_000 })
    list.shadowRoot!.querySelector(`[part~=row][data-id="${id}"]`)!.querySelector<HTMLButtonElement>('button.primary')!.click()
    await waitUntil(() => list.shadowRoot!.querySelector('convert-code-dialog')?.shadowRoot?.querySelector('dialog[open] [part~=confirm-button]'), 'the dialog', {
      timeout: 10_000,
    })
    const dialog = list.shadowRoot!.querySelector('convert-code-dialog')!
    expect(exported(dialog)).to.include.members(partsIn(dialog))
    expect(await styledThrough(list, dialog, 'confirm-button')).to.equal(true)
  })

  it('the replacement’s form, styled as unmanaged-code-list::part(submit-button)', async () => {
    const page = await provider(html`<unmanaged-code-list device-id=${DEMO.devices.igloohome}></unmanaged-code-list>`)
    const list = page.querySelector<UnmanagedCodeList>('unmanaged-code-list')!
    const id = CODES['unmanagedCabinGuest']!
    await waitUntil(() => list.shadowRoot!.querySelector(`[part~=row][data-id="${id}"] [part~=replace-button]`), 'the list', { timeout: 10_000 })
    list.shadowRoot!.querySelector<HTMLButtonElement>(`[part~=row][data-id="${id}"] [part~=replace-button]`)!.click()
    await waitUntil(() => list.shadowRoot!.querySelector('dialog.replace access-code-form')?.shadowRoot?.querySelector('[part~=submit-button]'), 'the form', { timeout: 10_000 })
    const form = list.shadowRoot!.querySelector('dialog.replace access-code-form')!
    expect(exported(form)).to.include.members(partsIn(form))
    expect(await styledThrough(list, form, 'submit-button')).to.equal(true)
  })
})

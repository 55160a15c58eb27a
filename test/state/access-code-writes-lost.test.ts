// Issue 13 for the writes of managed codes: a lost answer is checked on the
// server, never resent; "not applied" gives back the send's own error.
import { expect, fixture, html, waitUntil } from '@open-wc/testing'
import type { AccessCode } from '@seamapi/types/connect'
import '../../src/elements/access-code-form/define.js'
import '../../src/elements/access-code-table/define.js'
import type { AccessCodeForm } from '../../src/elements/access-code-form/access-code-form.js'
import { SeamApiError } from '../../src/api/errors.js'
import { checkCreate, checkPullBackup, checkUpdate, createAccessCode, pullBackupCode, updateAccessCode } from '../../src/state/access-code-writes.js'
import { OutcomeUnknownError } from '../../src/state/errors.js'
import { resetSessions } from '../../src/state/registry.js'
import { SessionStore } from '../../src/state/store.js'
import { CODES, DEMO, configureBackend, injectFaults, resetBackend, type FaultRule } from '../helpers/backend.js'
import { count, fastStore, lostClient } from '../helpers/lost-answers.js'
import { ready, root, submit, text, type } from '../elements/access-code-form/helpers.js'

const KINDS: { kind: string; rule: (path: string) => FaultRule; applied: boolean }[] = [
  { kind: '504 after acting', rule: (path) => ({ path, status: 504, after: true, times: 1 }), applied: true },
  { kind: 'dropped after acting', rule: (path) => ({ path, drop: 'after', times: 1 }), applied: true },
  { kind: '504 before acting', rule: (path) => ({ path, status: 504, times: 1 }), applied: false },
]

const store = () => new SessionStore(lostClient())
const get = (s: SessionStore, id: string) => s.client.accessCodes.get({ access_code_id: id })

describe('writes of managed codes whose answer is lost', () => {
  beforeEach(async () => {
    resetSessions()
    await resetBackend()
    await configureBackend({ delayMs: 50 })
  })
  afterEach(() => injectFaults([]))

  for (const { kind, rule, applied } of KINDS) {
    it(`create, ${kind}: sent once; ${applied ? 'resolves with the code created' : 'rejects with the 504 and creates nothing'}`, async () => {
      const s = store()
      const seen: string[] = []
      await injectFaults([rule('/access_codes/create')])
      const params = { device_id: DEMO.devices.paris, name: 'Guest: Lost', code: '358147' }
      const result = await createAccessCode(s, params, { onChecking: () => seen.push('checking') }).catch((e: unknown) => e)
      expect(await count('/access_codes/create')).to.equal(1)
      expect(seen).to.deep.equal(['checking'])
      const codes = await s.client.accessCodes.list({ device_id: DEMO.devices.paris })
      const made = codes.filter((c) => c.name === 'Guest: Lost')
      if (applied) {
        expect(made).to.have.length(1)
        expect((result as AccessCode).access_code_id).to.equal(made[0]!.access_code_id)
      } else {
        expect(made).to.have.length(0)
        expect(result).to.be.instanceOf(SeamApiError).and.include({ status: 504 })
      }
    })

    it(`update, ${kind}: sent once; ${applied ? 'resolves with the code carrying the change' : 'rejects with the 504, the code unchanged'}`, async () => {
      const s = store()
      const code = await get(s, CODES.chicagoMorning)
      const activities: (string | undefined)[] = []
      s.onActivity(() => activities.push(s.activity(code.access_code_id)))
      await injectFaults([rule('/access_codes/update')])
      const result = await updateAccessCode(s, code, { name: 'Renamed while lost' }).catch((e: unknown) => e)
      expect(await count('/access_codes/update')).to.equal(1)
      expect(activities).to.deep.equal(['checking', undefined])
      const now = await get(s, code.access_code_id)
      if (applied) {
        expect(result).to.include({ access_code_id: code.access_code_id, name: 'Renamed while lost' })
        expect(now.name).to.equal('Renamed while lost')
      } else {
        expect(result).to.be.instanceOf(SeamApiError).and.include({ status: 504 })
        expect(now.name).to.equal(code.name)
      }
    })

    it(`pull backup, ${kind}: sent once; ${applied ? 'resolves with the backup pulled' : 'rejects with the 504, no backup pulled'}`, async () => {
      const s = store()
      const code = await get(s, CODES.chicagoMorning)
      await injectFaults([rule('/access_codes/pull_backup_access_code')])
      const result = await pullBackupCode(s, code).catch((e: unknown) => e)
      expect(await count('/access_codes/pull_backup_access_code')).to.equal(1)
      expect(s.activity(code.access_code_id)).to.equal(undefined)
      const now = await get(s, code.access_code_id)
      if (applied) {
        expect(now.pulled_backup_access_code_id).to.be.a('string')
        expect(result).to.include({ access_code_id: now.pulled_backup_access_code_id, is_backup: true })
      } else {
        expect(result).to.be.instanceOf(SeamApiError).and.include({ status: 504 })
        expect(now.pulled_backup_access_code_id).to.equal(null)
      }
    })
  }

  // "Check again" after checking could not tell: the same check alone, never the write.
  const WRITES = [
    {
      what: 'create',
      route: '/access_codes/create',
      checkRoute: '/access_codes/list',
      write: async (s: SessionStore) => {
        const params = { device_id: DEMO.devices.paris, name: 'Guest: Checked again', code: '358147' }
        return { send: () => createAccessCode(s, params), check: (lost: unknown) => checkCreate(s, params, lost) }
      },
    },
    {
      what: 'update',
      route: '/access_codes/update',
      checkRoute: '/access_codes/get',
      write: async (s: SessionStore) => {
        const code = await get(s, CODES.chicagoMorning)
        return { send: () => updateAccessCode(s, code, { name: 'Guest: Checked again' }), check: (lost: unknown) => checkUpdate(s, code, { name: 'Guest: Checked again' }, lost) }
      },
    },
    {
      what: 'pull backup',
      route: '/access_codes/pull_backup_access_code',
      checkRoute: '/access_codes/get',
      write: async (s: SessionStore) => {
        const code = await get(s, CODES.chicagoMorning)
        return { send: () => pullBackupCode(s, code), check: (lost: unknown) => checkPullBackup(s, code, lost) }
      },
    },
  ]
  for (const { what, route, checkRoute, write } of WRITES) {
    for (const applied of [true, false]) {
      it(`${what}: "Check again" after an unknown outcome ${applied ? 'finds it applied' : 'finds it was not, rejecting with the lost answer'}, sending nothing`, async () => {
        const s = fastStore()
        const w = await write(s)
        await injectFaults([{ path: route, status: 504, after: applied, times: 1 }, { path: checkRoute, status: 500 }])
        const lost = await w.send().catch((e: unknown) => e)
        expect(lost).to.be.instanceOf(OutcomeUnknownError)
        await injectFaults([])
        const result = await w.check(lost).catch((e: unknown) => e)
        expect(await count(route)).to.equal(1)
        if (applied) expect(result).to.have.property('access_code_id').that.is.a('string')
        else expect(result).to.be.instanceOf(SeamApiError).and.include({ status: 504 })
      })
    }
  }

  it('create lost before acting: a matching code made a moment before is not taken for it (no name, no PIN: the loosest match)', async () => {
    const s = store()
    const list = s.accessCodes(DEMO.devices.paris)
    const sub = list.subscribe(() => {})
    const params = { device_id: DEMO.devices.paris }
    const first = await createAccessCode(s, params)
    await waitUntil(() => list.state.data?.some((c) => c.access_code_id === first.access_code_id), 'the first in the list')
    await injectFaults([{ path: '/access_codes/create', status: 504, times: 1 }])
    const result = await createAccessCode(s, params).catch((e: unknown) => e)
    sub.unsubscribe()
    expect(await count('/access_codes/create')).to.equal(2)
    expect(result, 'not the code made before').to.be.instanceOf(SeamApiError).and.include({ status: 504 })
  })

  it('create lost before acting: a code of the same name and PIN but another schedule is not its outcome', async () => {
    const s = store()
    // The list is not loaded here: only the schedule tells them apart.
    const ongoing = await createAccessCode(s, { device_id: DEMO.devices.paris, name: 'Guest: Twin', code: '274951' })
    await injectFaults([{ path: '/access_codes/create', status: 504, times: 1 }])
    const starts = new Date(Date.now() + 86_400_000).toISOString()
    const ends = new Date(Date.now() + 2 * 86_400_000).toISOString()
    const result = await createAccessCode(s, { device_id: DEMO.devices.paris, name: 'Guest: Twin', code: '274951', starts_at: starts, ends_at: ends }).catch((e: unknown) => e)
    expect(result, 'not the ongoing code').to.not.include({ access_code_id: ongoing.access_code_id })
    expect(result).to.be.instanceOf(SeamApiError).and.include({ status: 504 })
  })

  it('update lost before acting that only changes "allow changes outside Seam": not reported as applied', async () => {
    const s = store()
    const code = await get(s, CODES.ongoingSet)
    expect(code.is_external_modification_allowed).to.equal(true)
    await injectFaults([{ path: '/access_codes/update', status: 504, times: 1 }])
    const result = await updateAccessCode(s, code, { allow_external_modification: false }).catch((e: unknown) => e)
    expect(result).to.be.instanceOf(SeamApiError).and.include({ status: 504 })
    expect((await get(s, code.access_code_id)).is_external_modification_allowed).to.equal(true)
  })

  it('<access-code-form>: a create whose answer was lost fires access-code-created once and shows no failure', async () => {
    const provider = await fixture<HTMLElement>(html`<seam-provider client-session-token=${DEMO.clientSessionToken} endpoint="/api">
      <access-code-form device-id=${DEMO.devices.paris} locale="en-GB"></access-code-form>
    </seam-provider>`)
    const el = await ready(provider.querySelector<AccessCodeForm>('access-code-form')!)
    const created: AccessCode[] = []
    el.addEventListener('access-code-created', (e) => created.push((e as CustomEvent<{ accessCode: AccessCode }>).detail.accessCode))
    await type(el, 'name', 'Guest: Lambert')
    await type(el, 'pin', '358147')
    await injectFaults([{ path: '/access_codes/create', status: 504, after: true, times: 1 }])
    await submit(el)
    await waitUntil(() => created.length > 0, 'created', { timeout: 10000 })
    await new Promise((r) => setTimeout(r, 300))
    expect(created).to.have.length(1)
    expect(created[0]).to.include({ name: 'Guest: Lambert', code: '358147' })
    expect(await count('/access_codes/create')).to.equal(1)
    expect(root(el).querySelector('.refusal')).to.equal(null)
    expect(text(el)).to.include('Created “Guest: Lambert”').and.not.include('not saved')
  })
})

import { expect } from '@open-wc/testing'
import type { ActionAttempt } from '@seamapi/types/connect'
import { SeamApiError, SeamError, SeamNetworkError } from '../../src/api/errors.js'
import { FollowDeadlineError } from '../../src/state/errors.js'
import { followActionAttempt, poll } from '../../src/state/follow.js'
import { manualClock, nextTask } from '../helpers/manual-clock.js'
import { stubClient } from '../helpers/stub-client.js'

const apiError = (status: number) => new SeamApiError({ status, type: `http_${status}` })

describe('poll', () => {
  it('asks until the check has a value, backing off by 1.6 up to the cap', async () => {
    const clock = manualClock()
    const asked: number[] = []
    const t0 = clock.now()
    const value = await clock.run(
      poll(async () => (asked.push(clock.now() - t0), asked.length === 6 ? 'done' : undefined), { clock: clock.clock, firstDelayMs: 400, maxDelayMs: 1000 }),
    )
    expect(value).to.equal('done')
    expect(asked).to.deep.equal([0, 400, 1040, 2040, 3040, 4040])
  })

  it('treats a failing check as "not yet", and 404, 408 and 429 too', async () => {
    const clock = manualClock()
    const failures = [new SeamNetworkError(), apiError(404), apiError(408), apiError(429), apiError(503)]
    const value = await clock.run(
      poll(
        async () => {
          const failure = failures.shift()
          if (failure) throw failure
          return 42
        },
        { clock: clock.clock },
      ),
    )
    expect(value).to.equal(42)
  })

  it('gives up at once on another 4xx, which asking again will not fix', async () => {
    const clock = manualClock()
    let asked = 0
    const error = await clock.run(poll(async () => (asked++, Promise.reject(apiError(403))), { clock: clock.clock }).catch((e: unknown) => e))
    expect((error as SeamApiError).status).to.equal(403)
    expect(asked).to.equal(1)
  })

  it('rejects with FollowDeadlineError once the next try would pass the deadline', async () => {
    const clock = manualClock()
    const t0 = clock.now()
    let asked = 0
    const error = await clock.run(
      poll(async () => void asked++, { clock: clock.clock, deadlineMs: 10_000, firstDelayMs: 1000, maxDelayMs: 1000 }).catch((e: unknown) => e),
    )
    expect(error).to.be.instanceOf(FollowDeadlineError)
    expect((error as SeamError).kind).to.equal('timeout')
    expect(asked).to.equal(11)
    expect(clock.now() - t0).to.equal(10_000)
  })

  it('stops waiting as soon as the signal aborts', async () => {
    const clock = manualClock()
    const controller = new AbortController()
    const pending = poll(async () => undefined, { clock: clock.clock, signal: controller.signal }).catch((e: unknown) => e)
    await nextTask()
    expect(clock.pending()).to.deep.equal([400])
    controller.abort()
    expect(((await pending) as SeamError).kind).to.equal('aborted')
    expect(clock.pending()).to.deep.equal([])
  })
})

describe('followActionAttempt', () => {
  const attempt = (status: string) => ({ action_attempt_id: 'aa1', action_type: 'DELETE_ACCESS_CODE', status, result: null, error: null }) as unknown as ActionAttempt

  it('returns an attempt that has already ended without asking', async () => {
    const { client, calls } = stubClient()
    expect(await followActionAttempt(client, attempt('success'))).to.deep.equal(attempt('success'))
    expect(calls['actionAttempts.get']).to.equal(undefined)
  })

  it('asks for a pending attempt until it ends', async () => {
    const { client } = stubClient()
    const clock = manualClock()
    let asked = 0
    client.actionAttempts.get = async (p) => (asked++, { ...attempt(asked < 3 ? 'pending' : 'error'), action_attempt_id: p.action_attempt_id }) as never
    const done = await clock.run(followActionAttempt(client, attempt('pending'), { clock: clock.clock }))
    expect(done.status).to.equal('error')
    expect(asked).to.equal(3)
  })
})

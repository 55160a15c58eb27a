import { expect } from '@open-wc/testing'
import { sleep, untilAborted } from '../../src/api/abortable.js'
import { SeamError } from '../../src/api/errors.js'
import { fakeTimers } from '../helpers/fake-timers.js'
import { manualClock } from '../helpers/manual-clock.js'

/** Whether a promise has settled, after the microtasks queued so far. */
async function settled(promise: Promise<unknown>): Promise<'resolved' | 'rejected' | 'pending'> {
  const mark = {}
  return Promise.race([promise.then(() => 'resolved' as const, () => 'rejected' as const), Promise.resolve().then(() => Promise.resolve(mark))]).then(
    (v) => (v === mark ? 'pending' : (v as 'resolved' | 'rejected')),
  )
}

const aborted = (e: unknown) => e instanceof SeamError && e.kind === 'aborted'

describe('sleep', () => {
  it('resolves once its time has passed, not before', async () => {
    const clock = manualClock()
    const wait = sleep(100, undefined, clock.clock)
    clock.advance(99)
    expect(await settled(wait)).to.equal('pending')
    clock.advance(1)
    expect(await settled(wait)).to.equal('resolved')
    expect(clock.pending()).to.deep.equal([])
  })

  it('rejects as aborted at once when the signal aborts, and stops its timer', async () => {
    const clock = manualClock()
    const controller = new AbortController()
    const wait = sleep(100, controller.signal, clock.clock).catch((e: unknown) => e)
    expect(clock.pending()).to.deep.equal([100])
    controller.abort()
    expect(aborted(await wait)).to.equal(true)
    expect(clock.pending()).to.deep.equal([])
  })

  it('rejects without starting a timer when the signal has already aborted', async () => {
    const clock = manualClock()
    const error = await sleep(100, AbortSignal.abort(), clock.clock).catch((e: unknown) => e)
    expect(aborted(error)).to.equal(true)
    expect(clock.pending()).to.deep.equal([])
  })

  it('lets go of the signal once it has resolved', async () => {
    const clock = manualClock()
    const controller = new AbortController()
    const wait = sleep(10, controller.signal, clock.clock)
    clock.advance(10)
    await wait
    // A late abort has nothing left to reject.
    controller.abort()
    expect(await settled(wait)).to.equal('resolved')
  })

  it('runs on the page timers by default', async () => {
    const clock = fakeTimers()
    try {
      const wait = sleep(5)
      expect(clock.countTimers(), 'a page timer is set').to.equal(1)
      await clock.tickAsync(4)
      expect(await settled(wait)).to.equal('pending')
      await clock.tickAsync(1)
      expect(await settled(wait)).to.equal('resolved')
    } finally {
      clock.restore()
    }
  })
})

describe('untilAborted', () => {
  it('is the promise itself without a signal', () => {
    const p = Promise.resolve(1)
    expect(untilAborted(p)).to.equal(p)
  })

  it('passes the value or the rejection through', async () => {
    const controller = new AbortController()
    expect(await untilAborted(Promise.resolve('v'), controller.signal)).to.equal('v')
    const failure = new Error('boom')
    expect(await untilAborted(Promise.reject(failure), controller.signal).catch((e: unknown) => e)).to.equal(failure)
  })

  it('stops waiting when the signal aborts, while the work itself goes on for others', async () => {
    let finish!: (v: string) => void
    const work = new Promise<string>((r) => (finish = r))
    const controller = new AbortController()
    const mine = untilAborted(work, controller.signal).catch((e: unknown) => e)
    const other = untilAborted(work, new AbortController().signal)
    controller.abort()
    expect(aborted(await mine)).to.equal(true)
    finish('done')
    expect(await other).to.equal('done')
  })

  it('rejects at once for a signal that has already aborted', async () => {
    expect(aborted(await untilAborted(new Promise(() => {}), AbortSignal.abort()).catch((e: unknown) => e))).to.equal(true)
  })
})

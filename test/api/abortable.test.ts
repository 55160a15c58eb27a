import { expect } from '@open-wc/testing'
import { sleep, untilAborted, type Timers } from '../../src/api/abortable.js'
import { SeamError } from '../../src/api/errors.js'

/** Timers that only move when the test says so. */
function manualClock() {
  let now = 0
  let next = 0
  const due = new Map<number, { at: number; callback: () => void }>()
  const timers: Timers = {
    setTimeout: (callback, ms) => (due.set(++next, { at: now + ms, callback }), next),
    clearTimeout: (handle) => void due.delete(handle as number),
  }
  return {
    timers,
    pending: () => due.size,
    advance(ms: number) {
      now += ms
      for (const [handle, timer] of [...due].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at > now) continue
        due.delete(handle)
        timer.callback()
      }
    },
  }
}

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
    const wait = sleep(100, undefined, clock.timers)
    clock.advance(99)
    expect(await settled(wait)).to.equal('pending')
    clock.advance(1)
    expect(await settled(wait)).to.equal('resolved')
    expect(clock.pending()).to.equal(0)
  })

  it('rejects as aborted at once when the signal aborts, and stops its timer', async () => {
    const clock = manualClock()
    const controller = new AbortController()
    const wait = sleep(100, controller.signal, clock.timers).catch((e: unknown) => e)
    expect(clock.pending()).to.equal(1)
    controller.abort()
    expect(aborted(await wait)).to.equal(true)
    expect(clock.pending()).to.equal(0)
  })

  it('rejects without starting a timer when the signal has already aborted', async () => {
    const clock = manualClock()
    const error = await sleep(100, AbortSignal.abort(), clock.timers).catch((e: unknown) => e)
    expect(aborted(error)).to.equal(true)
    expect(clock.pending()).to.equal(0)
  })

  it('lets go of the signal once it has resolved', async () => {
    const clock = manualClock()
    const controller = new AbortController()
    const wait = sleep(10, controller.signal, clock.timers)
    clock.advance(10)
    await wait
    // A late abort has nothing left to reject.
    controller.abort()
    expect(await settled(wait)).to.equal('resolved')
  })

  it('runs on the page timers by default', async () => {
    const t0 = performance.now()
    await sleep(5)
    expect(performance.now() - t0).to.be.at.least(4)
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

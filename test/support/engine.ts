// Which engine a test page runs in, for the few tests that cannot run in
// one of them for a reason outside the kit (a driver that cannot emulate
// something). Kit code never asks: it feature-detects.

export type Engine = 'chromium' | 'firefox' | 'webkit'

const ua = navigator.userAgent
export const engine: Engine = /Firefox\//.test(ua) ? 'firefox' : /Chrom(e|ium)\//.test(ua) ? 'chromium' : 'webkit'

/**
 * Skips the running test (or, from a `before` hook, its suite) in `engines`,
 * with the reason in the code and in the run's output.
 */
export function skipIn(context: Mocha.Context, engines: Engine[], reason: string): void {
  if (!engines.includes(engine)) return
  // From a hook, the suite it skips; from a test, the test.
  const runnable = context.test as (Mocha.Runnable & { type?: string }) | undefined
  const title = runnable?.type === 'hook' ? runnable.parent?.fullTitle() : runnable?.fullTitle()
  console.log(`Skipped in ${engine}: ${title}: ${reason}`)
  context.skip()
}

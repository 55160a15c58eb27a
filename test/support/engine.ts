// Which engine a test page runs in, for the few tests that cannot run in
// one of them for a reason outside the kit (a driver that cannot emulate
// something). Kit code never asks: it feature-detects.

import { executeServerCommand } from '@web/test-runner-commands'

export type Engine = 'chromium' | 'firefox' | 'webkit'

const ua = navigator.userAgent
export const engine: Engine = /Firefox\//.test(ua) ? 'firefox' : /Chrom(e|ium)\//.test(ua) ? 'chromium' : 'webkit'

/**
 * Skips the running test (or, from a `before` hook, its suite) in `engines`,
 * with the reason in the code and in the run's output.
 */
export function skipIn(context: Mocha.Context, engines: Engine[], reason: string): void {
  if (engines.includes(engine)) skip(context, reason)
}

function skip(context: Mocha.Context, reason: string): void {
  // From a hook, the suite it skips; from a test, the test.
  const runnable = context.test as (Mocha.Runnable & { type?: string }) | undefined
  const title = runnable?.type === 'hook' ? runnable.parent?.fullTitle() : runnable?.fullTitle()
  console.log(`Skipped in ${engine}: ${title}: ${reason}`)
  context.skip()
}

/**
 * Skips the running test (or, from a `before` hook, its suite) where the
 * browser's driver cannot emulate media features: WebKitWebDriver has no
 * command for them and MiniBrowser takes --dark-mode only at launch; a
 * Firefox before ESR 153 gives WebDriver BiDi no privileged scope for its
 * preferences. Debian's packages differ by mirror, so the engine is asked.
 */
export async function skipWithoutMediaEmulation(context: Mocha.Context): Promise<void> {
  if (await executeServerCommand<boolean, undefined>('engine:can-emulate-media')) return
  skip(context, "this browser's driver cannot emulate media features")
}


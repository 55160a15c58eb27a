import { waitUntil } from '@open-wc/testing'

/**
 * Resolves once the lock manager has a request waiting for `name`: another
 * tab's TabLink then waits for the run that holds it, instead of a test
 * sleeping and hoping it does.
 */
export const untilLockAwaited = (name: string): Promise<void> =>
  waitUntil(async () => (await navigator.locks.query()).pending?.some((lock) => lock.name === name), `someone waits for the lock ${name}`, { interval: 5 })

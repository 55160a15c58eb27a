/**
 * `access-code-elements/testing`: hooks for a host app's tests, not for
 * production code. The kit shares one session per credentials across the
 * whole page (even across two copies of the kit), so a test suite that
 * mounts elements again and again needs to start each test clean:
 *
 * ```js
 * import { resetSessions } from 'access-code-elements/testing'
 * afterEach(() => resetSessions())
 * ```
 *
 * - `resetSessions()` closes every session and forgets it (caches, polling,
 *   cross-tab channels), so the next element opens a fresh one.
 * - `openSessionCount()` tells how many sessions made from credentials are
 *   open, to check that unmounted elements release theirs.
 * - `registryOptions.releaseDelayMs` is how long a session nobody holds is
 *   kept (10 s by default, so a quick re-render keeps its cache); set it low
 *   in a test that checks the release.
 */
export { openSessionCount, registryOptions, resetSessions } from './state/registry.js'

// Stories share their fixtures with the tests: test/helpers holds them.
export { DEMO, CODES, HISTORY } from '../dev/seed.mjs'
export { offlineClient, pendingClient } from '../test/helpers/held-clients.js'

// Chromium alone, for what needs no other engine (the benchmarks): see
// ensure-browsers.mjs, which the tests use for all three.
import { ensureEngines } from './ensure-browsers.mjs'

ensureEngines(['chromium'])

// The last lines of `npm test`: the browser suite's counts per engine, as the
// run left them (test/support/engine-summary.mjs), where a CI reader looks first.
import { readFileSync } from 'node:fs'
import { SUMMARY_FILE, skippedLines, slowestLine, summaryLines } from '../test/support/engine-summary.mjs'

let summary
try {
  summary = JSON.parse(readFileSync(SUMMARY_FILE, 'utf8'))
} catch {
  console.error(`No browser results at ${SUMMARY_FILE}: run \`npm run test:browser\` first.`)
  process.exit(1)
}
const [engines, total] = summaryLines(summary.counts)
console.log(['', ...skippedLines(summary.counts), slowestLine(summary.counts), `Browser tests (${summary.seconds} s): ${engines}`, total].filter((l, i) => i === 0 || l).join('\n'))
process.exit(Object.values(summary.counts).some((c) => c.failed > 0) ? 1 : 0)

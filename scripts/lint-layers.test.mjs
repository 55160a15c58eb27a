// node --test: the layer rules in eslint.config.js bite. Each case lints one
// import as if it were a file of that layer (the file need not exist).
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ESLint } from 'eslint'

const eslint = new ESLint()
const RULE = '@typescript-eslint/no-restricted-imports'

/** The import-restriction messages for `code` linted as `file`. */
async function restricted(file, code) {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: file })
  return result.messages.filter((m) => m.ruleId === RULE || m.fatal).map((m) => m.message)
}

async function assertForbidden(file, code, layer) {
  const messages = await restricted(file, code)
  assert.equal(messages.length, 1, `${file}: ${code} should break the ${layer} rule`)
  assert.match(messages[0], new RegExp(`Layer rule \\(${layer}\\)`))
}

async function assertAllowed(file, code) {
  assert.deepEqual(await restricted(file, code), [], `${file}: ${code} should pass`)
}

const value = (from) => `import { x } from '${from}'`
const type = (from) => `import type { X } from '${from}'`

test('api imports nothing of ours outside src/api, and no Lit', async () => {
  await assertAllowed('src/api/x.ts', value('./errors.js'))
  await assertAllowed('src/api/x.ts', type('@seamapi/types/connect'))
  await assertForbidden('src/api/x.ts', value('../state/store.js'), 'api')
  await assertForbidden('src/api/x.ts', type('../events.js'), 'api')
  await assertForbidden('src/api/x.ts', value('lit'), 'api')
  // A nested folder's '../' stays inside the layer.
  await assertAllowed('src/api/sub/x.ts', value('../errors.js'))
  await assertForbidden('src/api/sub/x.ts', value('../../state/store.js'), 'api')
})

test('state imports only state and api', async () => {
  await assertAllowed('src/state/x.ts', value('../api/errors.js'))
  await assertAllowed('src/state/x.ts', value('./query.js'))
  for (const from of ['../catalog/index.js', '../i18n/index.js', '../ui/format.js', '../context/session.js', '../events.js']) {
    await assertForbidden('src/state/x.ts', value(from), 'state')
  }
  await assertForbidden('src/state/x.ts', value('@lit/context'), 'state')
})

test('catalog imports nothing of ours but types from api', async () => {
  await assertAllowed('src/catalog/x.ts', value('./groups.js'))
  await assertAllowed('src/catalog/x.ts', type('../api/errors.js'))
  await assertForbidden('src/catalog/x.ts', value('../api/errors.js'), 'catalog')
  await assertForbidden('src/catalog/x.ts', value('../i18n/index.js'), 'catalog')
  await assertForbidden('src/catalog/x.ts', type('../state/store.js'), 'catalog')
})

test('i18n imports only i18n and catalog, and types from api', async () => {
  await assertAllowed('src/i18n/x.ts', value('../catalog/index.js'))
  await assertAllowed('src/i18n/x.ts', type('../api/errors.js'))
  await assertForbidden('src/i18n/x.ts', value('../api/errors.js'), 'i18n')
  await assertForbidden('src/i18n/x.ts', value('../state/store.js'), 'i18n')
})

test('context goes through state: never api, ui or elements', async () => {
  await assertAllowed('src/context/x.ts', value('../state/registry.js'))
  await assertAllowed('src/context/x.ts', value('../i18n/index.js'))
  await assertForbidden('src/context/x.ts', type('../api/client.js'), 'context')
  await assertForbidden('src/context/x.ts', value('../ui/define-once.js'), 'context')
  await assertForbidden('src/context/x.ts', type('../elements/a/a.js'), 'context')
})

test('ui never imports api or elements, not even types', async () => {
  await assertAllowed('src/ui/x.ts', value('../state/query.js'))
  await assertAllowed('src/ui/x.ts', value('../context/session.js'))
  await assertForbidden('src/ui/x.ts', type('../api/client.js'), 'ui')
  await assertForbidden('src/ui/x.ts', type('../elements/a/a.js'), 'ui')
  await assertAllowed('src/ui/controllers/x.ts', value('../format.js'))
  await assertForbidden('src/ui/controllers/x.ts', value('../../api/client.js'), 'ui')
})

test('elements never import api, not even types; they may use each other', async () => {
  await assertAllowed('src/elements/a/a.ts', value('../../state/index.js'))
  await assertAllowed('src/elements/a/a.ts', value('../b/b.js'))
  await assertForbidden('src/elements/a/a.ts', type('../../api/errors.js'), 'elements')
})

test('the unsafe directives stay forbidden in every layer and outside them', async () => {
  const code = value('lit/directives/unsafe-html.js')
  for (const file of ['src/index.ts', 'src/ui/x.ts', 'src/elements/a/a.ts', 'src/context/x.ts']) {
    const messages = await restricted(file, code)
    assert.equal(messages.length, 1, file)
    assert.match(messages[0], /unsafe-\* directive/)
  }
})

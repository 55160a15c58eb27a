import tseslint from 'typescript-eslint'
import lit from 'eslint-plugin-lit'
import wc from 'eslint-plugin-wc'

// Text from Seam (names, messages) is shown as text, always: no path that
// parses strings as HTML or code may exist in the kit.
const UNSAFE = {
  group: ['lit/directives/unsafe-*', 'lit-html/directives/unsafe-*'],
  message: 'Text from Seam is rendered as text: no unsafe-* directive.',
}

// The layers (STYLE.md, "The shape of the house"): api -> state ->
// context/ui/elements, with catalog and i18n beside them. A file at depth d
// under its layer folder (src/ui/x.ts: 1, src/elements/<tag>/x.ts: 2)
// leaves the folder with exactly d '../', so the folder an import lands in
// is the name after them: matching by depth keeps a nested folder's own
// '../x.js' inside its layer.
const up = (depth) => `^(?:\\.\\./){${depth}}`
/** Any import that leaves the folder, except into one of `allowed`. */
const leavingExcept = (depth, allowed) => `${up(depth)}(?!(?:${allowed.join('|')})/)`
/** An import into one of `folders`. */
const into = (depth, folders) => `${up(depth)}(?:${folders.join('|')})/`
const NO_LIT = { group: ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*'] }

/** Why each layer may import only what it may; the message names the rule broken. */
const LAYERS = {
  api: (d) => [
    {
      regex: leavingExcept(d, ['api']),
      message: 'Layer rule (api): src/api is HTTP only and imports nothing of ours outside src/api; every layer above depends on it, never the reverse.',
    },
    { ...NO_LIT, message: 'Layer rule (api): src/api is HTTP only, no Lit and no DOM.' },
  ],
  state: (d) => [
    {
      regex: leavingExcept(d, ['state', 'api']),
      message: 'Layer rule (state): src/state imports only src/state and src/api; the elements read the store, the store never reaches up to them or their words.',
    },
    { ...NO_LIT, message: 'Layer rule (state): src/state is plain classes, no Lit and no DOM.' },
  ],
  catalog: (d) => [
    {
      regex: leavingExcept(d, ['catalog', 'api']),
      message: 'Layer rule (catalog): src/catalog is data and imports nothing of ours (a type-only import from src/api is allowed).',
    },
    {
      regex: into(d, ['api']),
      allowTypeImports: true,
      message: 'Layer rule (catalog): src/catalog may take types from src/api (`import type`), never code.',
    },
  ],
  i18n: (d) => [
    {
      regex: leavingExcept(d, ['i18n', 'catalog', 'api']),
      message: 'Layer rule (i18n): src/i18n imports only src/i18n and src/catalog (and types from src/api); it puts reasons into words, it does not fetch or render.',
    },
    {
      regex: into(d, ['api']),
      allowTypeImports: true,
      message: 'Layer rule (i18n): src/i18n may take types from src/api (`import type`), never code: errors are told apart by their typed `kind`/`reason`/`type`.',
    },
  ],
  context: (d) => [
    {
      regex: into(d, ['api']),
      message: 'Layer rule (context): src/context goes through src/state (which re-exports the types it needs), never src/api.',
    },
    {
      regex: into(d, ['ui', 'elements']),
      message: 'Layer rule (context): src/context sits below src/ui and src/elements and never imports them.',
    },
  ],
  // No exception for types from src/elements either: a shared part that
  // knows one element's class is that element's code, not a shared part. A
  // part that talks to an element declares the small interface it needs; an
  // element that uses another declares it (`static dependencies`) itself.
  ui: (d) => [
    {
      regex: into(d, ['api']),
      message: 'Layer rule (ui): src/ui never imports src/api, not even types: src/state re-exports what the parts need.',
    },
    {
      regex: into(d, ['elements']),
      message: 'Layer rule (ui): src/ui holds parts shared by the elements and never imports src/elements; an element declares what it uses.',
    },
  ],
  elements: (d) => [
    {
      regex: into(d, ['api']),
      message: 'Layer rule (elements): elements never import src/api, not even types: they ask the store, and src/state re-exports the types.',
    },
  ],
}

// In flat config a later entry's options for a rule replace an earlier
// one's for the same file, so each scope gets one list: the unsafe
// directives plus that layer's patterns. Keep every import restriction in
// this one rule (the TypeScript one, which knows `import type`).
const restrictImports = (patterns = []) => ({
  'no-restricted-imports': 'off',
  '@typescript-eslint/no-restricted-imports': ['error', { patterns: [UNSAFE, ...patterns] }],
})

const DEPTHS = [1, 2, 3]
const layerConfigs = Object.entries(LAYERS).flatMap(([layer, patterns]) =>
  DEPTHS.map((d) => ({
    files: [`src/${layer}/${'*/'.repeat(d - 1)}*.{ts,tsx}`],
    rules: restrictImports(patterns(d)),
  })),
)

export default tseslint.config(
  { ignores: ['dist/', 'examples/*/dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'coverage/'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      ...restrictImports(),
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text with Lit templates.' },
        { property: 'outerHTML', message: 'Render text with Lit templates.' },
        { property: 'insertAdjacentHTML', message: 'Render text with Lit templates.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  ...layerConfigs,
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'wc/guard-super-call': 'off' },
  },
)

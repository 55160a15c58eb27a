import tseslint from 'typescript-eslint'
import lit from 'eslint-plugin-lit'
import wc from 'eslint-plugin-wc'

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'coverage/'] },
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
    // Text from Seam (names, messages) is shown as text, always: no path
    // that parses strings as HTML or code may exist in the kit.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['lit/directives/unsafe-*', 'lit-html/directives/unsafe-*'] }],
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
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'wc/guard-super-call': 'off' },
  },
)

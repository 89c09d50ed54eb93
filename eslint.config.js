import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-demo/',
      'dist-storybook/',
      'coverage/',
      'public/mockServiceWorker.js',
      'custom-elements.json',
      // Generated with the manifest (npm run analyze).
      'types/',
      'examples/*/dist/',
      'storybook-static/',
      '.scratch/',
      // Written by `npm run localize:build` from xliff/ (lit-localize).
      'src/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'mocks/**/*.ts', 'demo/**/*.ts', '.storybook/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'mocks/**/*.ts', 'demo/**/*.ts', '.storybook/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Elements never log: order, customer and card data must not reach the console.
      'no-console': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: ['msw', 'msw/*', '../mocks/*', '../../mocks/*'],
          // Its index re-exports the side-effectful runtime: every page would download it (see shared/localize.ts).
          paths: [{ name: '@lit/localize', message: "Import msg, str and localized from 'shared/localize.js'." }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportSpecifier[imported.name='unsafeHTML']",
          message: 'Adapter data is untrusted: render it with Lit bindings.',
        },
        { selector: "ImportSpecifier[imported.name='styleMap']", message: 'Inline styles break under a strict CSP.' },
      ],
    },
  },
  {
    files: ['src/model/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-globals': [
        'error',
        'document',
        'window',
        'HTMLElement',
        'customElements',
        'localStorage',
        'sessionStorage',
      ],
    },
  },
  {
    files: ['scripts/**', '*.config.js', '*.config.mjs', '*.config.ts', 'e2e/**', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['test/**/*.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);

import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      'web/src/__generated__/',
      'e2e/test-results/',
      'e2e/playwright-report/',
      '.nx/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['api/**/*.ts', 'e2e/**/*.ts', 'scripts/**/*.mjs', 'bench/**/*.mjs', '*.mjs', '**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['api/src/cli/**/*.ts', 'scripts/**/*.mjs', 'bench/**/*.mjs', 'api/test/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['api/**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/api/**', 'api/*'],
              message: 'web never imports api code: the GraphQL schema is the contract.',
            },
          ],
        },
      ],
    },
  },
);

import js from '@eslint/js';
import { createProjectGraphAsync } from '@nx/devkit';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// @nx/enforce-module-boundaries reads Nx's cached project graph and skips itself when there is
// none. Build the graph first, so a fresh checkout or a new project is checked, never skipped;
// like the project's scripts, without the Nx daemon unless NX_DAEMON says otherwise.
process.env.NX_DAEMON ??= 'false';
await createProjectGraphAsync({ exitOnError: true });

// Import patterns (gitignore syntax, matched against the import as written) that the layers of
// web/src must not use.
const API_CODE = {
  group: ['api', 'api/*', '**/api/**'],
  message: 'web never imports api code: the GraphQL schema is the contract.',
};
const FEATURES = {
  group: ['**/features/**'],
  message: 'ui/ and lib/ are shared by every feature and never import one.',
};
const APP_SHELL = {
  group: ['**/app/**'],
  message: 'app/ is the shell that puts the features together: features, ui/ and lib/ never import it.',
};
// What api/src/common/ must not import: any other folder of api/src.
const OUTSIDE_COMMON = {
  regex: '^\\.\\./',
  message: 'common/ is shared by every module of the api and imports none of them.',
};

const restrictedImports = (...patterns) => ['error', { patterns }];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/dist-server/',
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
    // Rules that need the types: every .ts/.tsx file belongs to its project's tsconfig.json.
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Writes go through a promise queue (Transactions): a promise nobody awaits loses its
      // error and its ordering. Fire-and-forget is written `void` and handles its own errors.
      '@typescript-eslint/no-floating-promises': 'error',
      // No promise where a boolean or a void callback (an event handler, a hook) is expected.
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // A promise returned unawaited from a try block escapes its catch and finally.
      '@typescript-eslint/return-await': ['error', 'error-handling-correctness-only'],
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      // A switch over a union (a route name, a status) names every member, so a new one is not
      // forgotten.
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  {
    // Projects are tagged in their package.json ("nx": { "tags": [...] }).
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          // The test clock is a file of the workspace root that every project's tests start from;
          // the throwaway PostgreSQL cluster is the api's tests' and the benchmarks'.
          allow: ['^(\\.\\./)+scripts/test-clock\\.json$', '^(\\.\\./)+scripts/postgres-cluster\\.cjs$'],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:rules'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:rules'] },
            {
              // The rules are plain functions: no framework, no other project.
              sourceTag: 'scope:rules',
              onlyDependOnLibsWithTags: ['scope:rules'],
              allowedExternalImports: ['vitest', '@jest/globals'],
            },
            // The end-to-end specs drive the built app; they import none of its code.
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:e2e'] },
          ],
        },
      ],
    },
  },
  {
    files: ['api/**/*.ts', 'e2e/**/*.ts', 'scripts/**/*.{mjs,cjs}', 'bench/**/*.mjs', '*.mjs', '**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['api/src/cli/**/*.ts', 'scripts/**/*.mjs', 'bench/**/*.mjs', 'api/test/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['api/**/*.js', 'scripts/**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // common/ sits below every module of the api and imports none of them.
    files: ['api/src/common/**/*.ts'],
    rules: { 'no-restricted-imports': restrictedImports(OUTSIDE_COMMON) },
  },
  {
    files: ['web/**/*.{ts,tsx}', 'web/public/**/*.js'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrictedImports(API_CODE),
    },
  },
  {
    files: ['web/src/features/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrictedImports(API_CODE, APP_SHELL) },
  },
  {
    files: ['web/src/ui/**/*.{ts,tsx}', 'web/src/lib/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrictedImports(API_CODE, FEATURES, APP_SHELL) },
  },
);

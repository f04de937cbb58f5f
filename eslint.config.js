// The walls between the parts of the app, held by the linter rather than by convention:
// the page never reaches main-process code, shared/ stays free of Node and Electron, and the
// Electron-free core never imports the Electron shell.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'release-e2e/**', 'node_modules/**', 'out/**', 'scratch/**', 'test/scratch/**', '.ci/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-undef': 'off', // TypeScript checks names, with the right globals per side.
      // Input checks match control characters on purpose, to refuse them.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['renderer/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The page talks to the app only through window.pathwise (the preload).' },
            { name: 'better-sqlite3', message: 'The page never opens the database; call the service.' },
          ],
          patterns: [
            { group: ['**/electron/**'], message: 'The renderer may not import main-process code (electron/**); use shared/ or the API.' },
            { group: ['node:*'], message: 'The renderer runs in a browser page: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...NODE_BUILTINS.map((name) => ({ name, message: 'shared/ is used by the page too: no Node built-ins.' })),
            { name: 'electron', message: 'shared/ may not import Electron.' },
            { name: 'better-sqlite3', message: 'shared/ may not touch the database.' },
          ],
          patterns: [{ group: ['**/electron/**', '**/renderer/**'], message: 'shared/ sits below both sides and imports neither.' }],
        },
      ],
    },
  },
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: ['electron/preview/**'],
    rules: {
      // The preview shares the shell's Electron-free security constants, but never Electron itself.
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The preview runs without Electron.' }] }],
    },
  },
  {
    files: ['electron/core/**', 'electron/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The core, the CLI and the preview run without Electron; only electron/shell may import it.' }],
          patterns: [{ group: ['**/shell/**'], message: 'The Electron-free core may not import the Electron shell.' }],
        },
      ],
    },
  },
);

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import { noCycleWithTypes } from './scripts/lint/no-cycle-with-types.mjs';

const ipcOnlyInShell = {
  name: 'electron',
  importNames: ['ipcRenderer', 'ipcMain'],
  message: 'IPC belongs to main/electron only; everything else goes through common/api/contract.ts.',
};
const noElectron = {
  name: 'electron',
  message: 'Only the Electron shell (main/electron/) imports electron: services stay plain Node, tested under Node.',
};

/** no-restricted-imports for a folder: the IPC rule everywhere, plus that folder's own bans. */
const restrict = (paths = [], patterns = []) => ({
  'no-restricted-imports': ['error', { paths: [ipcOnlyInShell, ...paths], patterns }],
});

// main/ from the bottom up: a layer may import the layers below it, never those above (resolved paths). Every
// folder and loose file of main/ has its place; tests/unit/architecture/boundaries.test.ts fails on one left out.
export const mainLayers = [
  'security',
  'data-dir.ts',
  'paths.ts',
  'args.ts',
  'db',
  'hours',
  'content',
  'texts',
  'services',
  'translations',
  'importer',
  'config',
  'api',
  'host',
  'cli',
  'electron',
];
const layerZones = mainLayers.slice(0, -1).map((layer, i) => ({
  target: `./main/${layer}`,
  from: mainLayers.slice(i + 1).map((above) => `./main/${above}`),
  message: `main/${layer} sits below ${mainLayers.slice(i + 1).join(', ')}: it may not import them.`,
}));
const processZones = [
  {
    target: './common',
    from: ['./main', './renderer', './tests', './scripts'],
    message: 'common/ imports only common/.',
  },
  {
    target: './renderer',
    from: ['./main', './tests', './scripts'],
    message: 'The renderer reaches main only through common/api.',
  },
  {
    // The UI locale files are data both processes read (the CLI speaks them, staff review them): the one exception.
    target: './main',
    from: './renderer',
    except: ['./locales'],
    message: 'main/ never imports the renderer (its locale files excepted).',
  },
  {
    target: './main',
    from: ['./tests', './scripts'],
    message: 'main/ never imports the tests or the scripts.',
  },
];

export default tseslint.config(
  // tests/fixtures/architecture breaks the rules on purpose: the lint-rule tests lint it with ignore off.
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      '.tsbuild/**',
      '.test-cli/**',
      'docs/**',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX, repere: { rules: { 'no-cycle-with-types': noCycleWithTypes } } },
    settings: {
      // no-restricted-paths resolves each import: it must know TypeScript files and how to parse them.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...restrict(),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // No import cycle of any kind: import-x/no-cycle skips type-only imports, this rule counts them.
      'repere/no-cycle-with-types': 'error',
      'import-x/no-restricted-paths': ['error', { zones: [...processZones, ...layerZones] }],
      // Small focused files: split a file before it grows past this.
      'max-lines': ['error', { max: 300 }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...restrict([noElectron]),
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: restrict([noElectron]),
  },
  {
    // Shared by the page, its worker and Node: no platform at all.
    files: ['common/**/*.ts'],
    rules: restrict(
      [noElectron, { name: 'react', message: 'common/ is shared with main: no React.' }],
      [{ regex: '^node:', message: 'common/ runs in the page and its worker too: no Node built-in.' }],
    ),
  },
  {
    files: ['main/electron/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);

// Lint: type-aware rules for the TypeScript sources, and the layering the design depends on.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeIo = ['fs', 'fs/*', 'path', 'child_process', 'net', 'http', 'https', 'os', 'worker_threads', 'readline'];
const nodeIoPatterns = nodeIo.flatMap((m) => [m, `node:${m}`]);

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'out/',
      '.vscode-test/',
      '.e2e/',
      'test-results/',
      'scratch/',
      'test/fixtures/',
      'test/vscode/workspace*/',
      'demo/',
      'scripts/',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        // node:test's test() and describe() return promises the runner itself awaits.
        {
          allowForKnownSafeCalls: [
            { from: 'package', name: ['test', 'describe', 'it', 'suite'], package: 'node:test' },
          ],
        },
      ],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The pure language service: no LSP layer, no Node I/O, no manifest, so the server, the CLI and a web worker share it.
    files: ['server/src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeIoPatterns.map((name) => ({
            name,
            message: 'The service does no I/O: take the data as an argument.',
          })),
          patterns: [
            { group: ['**/lsp/**', '**/lsp'], message: 'The service never imports the LSP layer.' },
            {
              group: ['vscode-languageserver', 'vscode-languageserver/node'],
              message: 'Use vscode-languageserver-types.',
            },
            { group: ['**/package.json'], message: 'The service does not read the manifest.' },
            { group: ['vscode'], message: 'The service does not run in the extension host.' },
          ],
        },
      ],
    },
  },
  {
    // The client talks to the server only through the shared protocol.
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/src/service/**', '**/server/src/lsp/**'],
              message: 'The client imports only server/src/protocol.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      'max-lines': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);

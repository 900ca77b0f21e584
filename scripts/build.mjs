// Bundles the VS Code client and the standalone language server with esbuild.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Shipped bundles carry linked source maps (without the sources, to stay small): the server runs with
  // --enable-source-maps, so a stack trace in the output names our files and lines, not minified columns.
  sourcemap: production ? 'linked' : true,
  sourcesContent: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's UMD build requires files by computed paths that esbuild cannot follow; its ESM build bundles.
  mainFields: ['module', 'main'],
};

await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: ['client/src/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
  }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  // The command line (package.json `bin`); it also runs as its own worker threads.
  esbuild.build({
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
]);
console.log(`built dist/extension.js, dist/server.js and dist/cli.js${production ? ' (production)' : ''}`);

// Bundles the VS Code client and the standalone language server with esbuild.
import * as fs from 'node:fs';
import * as path from 'node:path';
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

/** The web worker has no file system: data/*.json become a module (`status-codes:built-in-catalogues`). */
const builtInCatalogues = {
  name: 'built-in-catalogues',
  setup(build) {
    build.onResolve({ filter: /^status-codes:built-in-catalogues$/ }, (args) => ({
      path: args.path,
      namespace: 'data',
    }));
    build.onLoad({ filter: /.*/, namespace: 'data' }, () => {
      const names = fs.readdirSync('data').filter((n) => n.endsWith('.json') && n !== 'catalogue.schema.json');
      const read = (n) => fs.readFileSync(path.join('data', n), 'utf8');
      const catalogues = names.sort().map((name) => ({ name, text: read(name) }));
      return {
        contents: `export const schema = ${read('catalogue.schema.json')};\nexport const catalogues = ${JSON.stringify(catalogues)};`,
        loader: 'js',
        watchFiles: names.map((n) => path.resolve('data', n)),
      };
    });
  },
};

/** The web extension (package.json `browser`): the client in the extension host's web worker, the server in its own. */
const web = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  format: 'cjs',
  mainFields: ['browser', 'module', 'main'],
  // The LSP layer imports the Node flavour of the library; in the browser the same API comes from its browser build.
  alias: {
    'vscode-languageserver/node': 'vscode-languageserver/browser',
    // No file system in a web worker; see server/src/web/nodeShims/ for what the server sees instead.
    'node:fs': './server/src/web/nodeShims/fs.ts',
    'node:url': './server/src/web/nodeShims/url.ts',
    'node:path': 'path-browserify',
  },
  define: { 'process.env.NODE_ENV': '"production"' },
};

await Promise.all([
  esbuild.build({
    ...web,
    entryPoints: ['client/src/browser/browserExtension.ts'],
    outfile: 'dist/web/extension.js',
    external: ['vscode'],
  }),
  esbuild.build({
    ...web,
    format: 'iife',
    entryPoints: ['server/src/web/browserServer.ts'],
    outfile: 'dist/web/server.js',
    plugins: [builtInCatalogues],
  }),
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
console.log(
  `built dist/extension.js, dist/server.js, dist/cli.js and dist/web/{extension,server}.js${production ? ' (production)' : ''}`,
);

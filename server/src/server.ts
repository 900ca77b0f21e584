import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { CatalogueStore } from './service/catalogue/catalogueStore';
import { describeFailure, loadBuiltInCatalogues, loadSchema } from './lsp/builtInCatalogues';
import { serverFeatures } from './lsp/features/allFeatures';
import { userCataloguesFeature } from './lsp/features/userCataloguesFeature';
import { FrameGuard } from './lsp/frameGuard';
import { startServer } from './lsp/startServer';

// The Node server (dist/server.js): stdio or IPC, catalogues from data/ and the file system.
// stdout carries the protocol: anything printed there would corrupt it.
const connection = createConnection(ProposedFeatures.all);
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.info = console.log;
console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));

const schema = loadSchema();
const store = new CatalogueStore(schema.schema);
const builtIns = loadBuiltInCatalogues(store);
const builtInFailures = [...(schema.failure ? [schema.failure] : []), ...builtIns.failures];
store.builtInFailures.push(...builtInFailures);
startServer(connection, {
  store,
  builtInCatalogues: builtIns.loaded,
  builtInFailures: builtInFailures.map(describeFailure),
  features: serverFeatures(userCataloguesFeature),
});

// Over stdio a malformed frame header leaves the reader out of step for good: say so and exit
// non-zero, so that the editor restarts the server instead of waiting on it forever.
if (process.argv.includes('--stdio')) {
  const guard = new FrameGuard((reason) => {
    const message = `Status Codes server: malformed message header on stdin (${reason}); exiting.`;
    process.stderr.write(`${message}\n`);
    connection.console.error(message);
    setImmediate(() => process.exit(1));
  });
  process.stdin.on('data', (chunk: Buffer) => guard.push(chunk));
}

import { CatalogueStore } from './service/catalogue/catalogueStore';
import { describeFailure, loadBuiltInCatalogues, loadSchema } from './lsp/builtInCatalogues';
import { serverFeatures } from './lsp/features/allFeatures';
import { userCataloguesFeature } from './lsp/features/userCataloguesFeature';
import { startServer } from './lsp/startServer';
import { openConnection, transportFromArgs } from './lsp/transport';

// The Node server (dist/server.js): stdio, Node IPC, a socket or a pipe; catalogues from data/ and
// the file system. stdout may carry the protocol: anything printed there would corrupt it.
const transport = transportFromArgs(process.argv.slice(2));
if (transport.kind === 'invalid') {
  process.stderr.write(`Status Codes server: ${transport.message}\n`);
  process.exit(2);
}
const connection = openConnection(
  transport,
  // A malformed frame header leaves the reader out of step for good: say so and exit non-zero,
  // so that the editor restarts the server instead of waiting on it forever.
  (reason, where) => {
    const message = `Status Codes server: malformed message header on ${where} (${reason}); exiting.`;
    process.stderr.write(`${message}\n`);
    connection.console.error(message);
    setImmediate(() => process.exit(1));
  },
  (message) => {
    process.stderr.write(`${message}\n`);
    process.exit(1);
  },
);
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

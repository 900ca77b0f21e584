import {
  createConnection,
  MessageType,
  ShowMessageNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import { CatalogueStore } from './service/catalogue/catalogueStore';
import { createLanguageService } from './service/languageService';
import { describeFailure, loadBuiltInCatalogues, loadSchema } from './lsp/builtInCatalogues';
import { DocumentStore } from './lsp/documentStore';
import { FrameGuard } from './lsp/frameGuard';
import { createServerContext, type Feature } from './lsp/serverContext';
import { unwrapSettings } from './lsp/settingsProvider';
import { hoverFeature } from './lsp/features/hoverFeature';
import { SERVER_VERSION, serverInfoFeature } from './lsp/features/serverInfoFeature';
import { diagnosticsFeature } from './lsp/features/diagnosticsFeature';
import { codeActionsFeature } from './lsp/features/codeActionsFeature';
import { commandsFeature } from './lsp/features/commandsFeature';
import { userCataloguesFeature } from './lsp/features/userCataloguesFeature';
import { completionFeature } from './lsp/features/completionFeature';
import { inlayHintsFeature } from './lsp/features/inlayHintsFeature';
import { definitionFeature } from './lsp/features/definitionFeature';
import { listCodesFeature } from './lsp/features/listCodesFeature';
import { generateConstantsFeature } from './lsp/features/generateConstantsFeature';

/** Every LSP feature; each lives in its own file under lsp/features. */
const FEATURES: readonly Feature[] = [
  hoverFeature,
  diagnosticsFeature,
  codeActionsFeature,
  commandsFeature,
  userCataloguesFeature,
  completionFeature,
  inlayHintsFeature,
  definitionFeature,
  listCodesFeature,
  generateConstantsFeature,
  serverInfoFeature,
];

// stdout carries the protocol: anything printed there would corrupt it.
const connection = createConnection(ProposedFeatures.all);
const log = (message: string) => connection.console.log(message);
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.info = console.log;
console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));

const schema = loadSchema();
const store = new CatalogueStore(schema.schema);
const builtIns = loadBuiltInCatalogues(store);
const builtInFailures = [...(schema.failure ? [schema.failure] : []), ...builtIns.failures];
store.builtInFailures.push(...builtInFailures);
const service = createLanguageService({ store });
const documents = new DocumentStore(service);

connection.onInitialize((params): InitializeResult => {
  const context = createServerContext(connection, service, documents, params, log);
  for (const feature of FEATURES) feature.register(context);

  connection.onInitialized(() => {
    for (const feature of FEATURES) feature.initialized?.(context);
    const codes = store.builtInCatalogues.reduce((n, c) => n + c.entries.length, 0);
    log(`Status Codes server started: ${plural(builtIns.loaded, 'built-in catalogue')}, ${plural(codes, 'code')}.`);
    // Said once per start, clearly; the server keeps serving what did load (no crash, so no crash loop).
    for (const failure of builtInFailures) {
      connection.console.error(describeFailure(failure));
      // A notification, not a request: a client that cannot show it must not make the server fail.
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Error,
        message: `Status Codes: ${describeFailure(failure)}`,
      });
    }
  });
  connection.onDidChangeConfiguration(({ settings: pushed }) => {
    context.settings.changed(unwrapSettings(pushed));
    context.skipNotices.clear();
    context.refreshAll();
  });
  documents.listen(
    connection,
    (document) => {
      for (const listener of context.listeners.onDocumentChanged) listener(document);
    },
    (uri) => {
      for (const listener of context.listeners.onDocumentClosed) listener(uri);
    },
  );

  const capabilities: ServerCapabilities = {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
  };
  for (const feature of FEATURES) Object.assign(capabilities, feature.capabilities);
  // Every feature has registered its commands by now.
  if (context.commands.ids.length) capabilities.executeCommandProvider = { commands: context.commands.ids };
  return { capabilities, serverInfo: { name: 'status-codes', version: SERVER_VERSION } };
});

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

connection.listen();

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

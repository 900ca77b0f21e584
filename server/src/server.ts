import {
  createConnection,
  MessageType,
  ShowMessageNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CatalogueStore } from './service/catalogue/catalogueStore';
import { createLanguageService } from './service/languageService';
import { describeFailure, loadBuiltInCatalogues, loadSchema } from './lsp/builtInCatalogues';
import { DocumentStore } from './lsp/documentStore';
import type { Feature, ServerContext, ServerListeners } from './lsp/serverContext';
import { SettingsProvider, unwrapSettings } from './lsp/settingsProvider';
import { hoverFeature } from './lsp/features/hoverFeature';
import { SERVER_VERSION, serverInfoFeature } from './lsp/features/serverInfoFeature';
import { diagnosticsFeature } from './lsp/features/diagnosticsFeature';
import { codeActionsFeature } from './lsp/features/codeActionsFeature';
import { userCataloguesFeature } from './lsp/features/userCataloguesFeature';
import { completionFeature } from './lsp/features/completionFeature';
import { inlayHintsFeature } from './lsp/features/inlayHintsFeature';
import { definitionFeature } from './lsp/features/definitionFeature';
import { listCodesFeature } from './lsp/features/listCodesFeature';
import { generateConstantsFeature } from './lsp/features/generateConstantsFeature';
import { SkippedNotification } from './protocol';

/** Every LSP feature; each lives in its own file under lsp/features. */
const FEATURES: readonly Feature[] = [
  hoverFeature,
  diagnosticsFeature,
  codeActionsFeature,
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
let settings!: SettingsProvider;
const listeners: ServerListeners = { onRefresh: [], onDocumentChanged: [], onDocumentClosed: [] };
const noticed = new Set<string>();

const context: ServerContext = {
  connection,
  service,
  documents,
  listeners,
  log,
  settingsFor: (uri) => settings.forResource(uri),
  indexFor: async (uri) =>
    service.getCatalogueIndex(await settings.forResource(uri), await context.userCatalogues(uri)),
  userCatalogues: async () => [],
  async analysable(uri) {
    const document = documents.get(uri);
    if (!document) return undefined;
    const reason = service.getSkipReason(document, await settings.forResource(uri));
    if (!reason) return document;
    const key = `${uri}\u0000${reason.kind}`;
    if (reason.kind !== 'language' && !noticed.has(key)) {
      noticed.add(key);
      log(reason.message);
      void connection.sendNotification(SkippedNotification, { uri, reason: reason.kind, message: reason.message });
    }
    return undefined;
  },
  refreshAll() {
    service.reset();
    for (const listener of listeners.onRefresh) listener();
  },
};

connection.onInitialize((params): InitializeResult => {
  context.initializeParams = params;
  const pull = params.capabilities.workspace?.configuration === true;
  settings = new SettingsProvider(connection, pull, unwrapSettings(params.initializationOptions), log);
  const capabilities: ServerCapabilities = {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
  };
  for (const feature of FEATURES) Object.assign(capabilities, feature.capabilities);
  return { capabilities, serverInfo: { name: 'status-codes', version: SERVER_VERSION } };
});

connection.onInitialized(() => {
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

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

connection.onDidChangeConfiguration(({ settings: pushed }) => {
  settings.changed(unwrapSettings(pushed));
  noticed.clear();
  context.refreshAll();
});

documents.listen(
  connection,
  (document: TextDocument) => {
    for (const listener of listeners.onDocumentChanged) listener(document);
  },
  (uri: string) => {
    for (const listener of listeners.onDocumentClosed) listener(uri);
  },
);

for (const feature of FEATURES) feature.register(context);
connection.listen();

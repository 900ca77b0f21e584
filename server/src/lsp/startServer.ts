import {
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import type { CatalogueStore } from '../service/catalogue/catalogueStore';
import { createLanguageService } from '../service/languageService';
import { DocumentStore } from './documentStore';
import { createServerContext, type CatalogueUris, type Feature } from './serverContext';
import { unwrapSettings } from './settingsProvider';
import { SERVER_VERSION } from './features/serverInfoFeature';
import { t } from '../service/l10n/messages';

/** How one kind of server differs: the Node server (dist/server.js) or the web worker one (dist/web/server.js). */
export interface ServerPlatform {
  readonly store: CatalogueStore;
  readonly builtInCatalogues: number;
  /** Built-in data files that could not be loaded, described for the user (said once per start). */
  readonly builtInFailures: readonly string[];
  readonly features: readonly Feature[];
  /** Where the user catalogues of a document come from, when not the file system (the web worker). */
  readonly catalogueUris?: CatalogueUris;
}

/** The language server on a connection: the wiring both servers share. */
export function startServer(connection: Connection, platform: ServerPlatform): void {
  const log = (message: string) => connection.console.log(message);
  const { store, features } = platform;
  const service = createLanguageService({ store });
  const documents = new DocumentStore(service);

  connection.onInitialize((params): InitializeResult => {
    const context = createServerContext(connection, service, documents, params, log, platform.catalogueUris);
    for (const feature of features) feature.register(context);

    connection.onInitialized(() => {
      for (const feature of features) feature.initialized?.(context);
      const codes = store.builtInCatalogues.reduce((n, c) => n + c.entries.length, 0);
      log(
        `Status Codes server started: ${plural(platform.builtInCatalogues, 'built-in catalogue')}, ${plural(codes, 'code')}.`,
      );
      // Said once per start, clearly; the server keeps serving what did load (no crash, so no crash loop).
      for (const failure of platform.builtInFailures) {
        connection.console.error(failure);
        // A notification, not a request: a client that cannot show it must not make the server fail.
        void context.messageLocale().then((locale) =>
          connection.sendNotification(ShowMessageNotification.type, {
            type: MessageType.Error,
            message: t(locale, 'Status Codes: {0}', failure),
          }),
        );
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
    for (const feature of features) Object.assign(capabilities, feature.capabilities);
    // Every feature has registered its commands by now.
    if (context.commands.ids.length) capabilities.executeCommandProvider = { commands: context.commands.ids };
    return { capabilities, serverInfo: { name: 'status-codes', version: SERVER_VERSION } };
  });

  connection.listen();
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

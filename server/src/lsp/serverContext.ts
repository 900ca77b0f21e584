import {
  MessageType,
  ShowMessageNotification,
  type Connection,
  type InitializeParams,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CatalogueIndex } from '../service/catalogue/catalogueIndex';
import type { LanguageService } from '../service/languageServiceTypes';
import type { StatusCodesSettings } from '../service/settings/settings';
import { resolveLocale, type Locale } from '../service/l10n/locale';
import { SkippedNotification } from '../protocol';
import { CatalogueWatcher } from './catalogueWatcher';
import { CommandRegistry } from './commandRegistry';
import { DiagnosticsPublisher } from './diagnosticsPublisher';
import type { DocumentStore } from './documentStore';
import { readInitializationOptions, type StartOptions } from './initializationOptions';
import { SettingsProvider } from './settingsProvider';
import { SkipNotices } from './skipNotices';
import { UserCatalogues } from './userCatalogues';

/**
 * What every LSP feature gets. Built once in `initialize`, complete from the start: every
 * collaborator is here, none is set or replaced later.
 */
export interface ServerContext {
  readonly connection: Connection;
  readonly service: LanguageService;
  readonly documents: DocumentStore;
  /** What the client sent in `initialize` (folders, capabilities). */
  readonly initializeParams: InitializeParams;
  readonly options: StartOptions;
  readonly settings: SettingsProvider;
  /** The user catalogue files (`statusCodes.catalogues`) per workspace folder. */
  readonly userCatalogues: UserCatalogues;
  /** The only way diagnostics reach the client: sources are merged per file. */
  readonly diagnostics: DiagnosticsPublisher;
  /** `workspace/executeCommand` commands, by identifier. */
  readonly commands: CommandRegistry;
  readonly skipNotices: SkipNotices;
  /** Features add themselves here to hear about refreshes and document changes. */
  readonly listeners: ServerListeners;
  /** Settings for a document (resource-scoped: multi-root folders may differ). */
  settingsFor(uri: string): Promise<StatusCodesSettings>;
  /**
   * The language a user reads answers for a document in: `statusCodes.language`, or with `auto` the
   * client's display language (`InitializeParams.locale`, which VS Code fills from `vscode.env.language`).
   */
  localeFor(uri: string): Promise<Locale>;
  /** The language of messages that belong to no document (showMessage): the window's `statusCodes.language`. */
  messageLocale(): Promise<Locale>;
  /** The catalogue index that serves a document. */
  indexFor(uri: string): Promise<CatalogueIndex>;
  /** The document if it is open and analysable, else undefined (a notice is logged once). */
  analysable(uri: string): Promise<TextDocument | undefined>;
  log(message: string): void;
  /** Ask every feature to refresh open documents (settings or catalogues changed). */
  refreshAll(): void;
}

export interface ServerListeners {
  readonly onRefresh: (() => void)[];
  readonly onDocumentChanged: ((document: TextDocument) => void)[];
  readonly onDocumentClosed: ((uri: string) => void)[];
}

/** An LSP feature: the capabilities it adds and the handlers it registers. */
export interface Feature {
  readonly capabilities: ServerCapabilities;
  /** Registers handlers; runs in `initialize`, before any document or request arrives. */
  register(context: ServerContext): void;
  /** Runs on `initialized`, when the server may send requests (dynamic registrations) to the client. */
  initialized?(context: ServerContext): void;
}

/** The user catalogue files (URIs, in order) that apply to a document. */
export type CatalogueUris = (documentUri: string) => Promise<readonly string[]>;

/**
 * The context of one server run, from the `initialize` request. `catalogueUris` replaces the
 * file-system catalogues where there is none (the web worker server: its client sends the texts).
 */
export function createServerContext(
  connection: Connection,
  service: LanguageService,
  documents: DocumentStore,
  initializeParams: InitializeParams,
  log: (message: string) => void,
  catalogueUris?: CatalogueUris,
): ServerContext {
  const options = readInitializationOptions(initializeParams.initializationOptions);
  const pull = initializeParams.capabilities.workspace?.configuration === true;
  const settings = new SettingsProvider(connection, pull, options.settings, log);
  const diagnostics = new DiagnosticsPublisher((params) => connection.sendDiagnostics(params));
  const skipNotices = new SkipNotices();
  const listeners: ServerListeners = { onRefresh: [], onDocumentChanged: [], onDocumentClosed: [] };
  const refreshAll = () => {
    service.reset();
    for (const listener of listeners.onRefresh) listener();
  };
  const userCatalogues = new UserCatalogues(
    {
      store: service.store,
      settingsFor: (uri) => settings.forResource(uri),
      openText: (uri) => documents.get(uri)?.getText(),
      publishDiagnostics: (uri, problems) => void diagnostics.publish('catalogue', uri, problems),
      log: (message, level) =>
        level === 'error'
          ? connection.console.error(message)
          : level === 'warning'
            ? connection.console.warn(message)
            : log(message),
      // A notification, not a request: nothing waits for the user to dismiss it.
      notify: (message) =>
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }),
      refresh: refreshAll,
    },
    { trusted: options.trusted, allowOutsidePaths: options.allowAbsoluteCataloguePaths },
  );
  const { workspaceFolders, rootUri } = initializeParams;
  userCatalogues.folders.set(workspaceFolders ?? (rootUri ? [{ uri: rootUri, name: 'root' }] : []));
  const watcher = new CatalogueWatcher(
    connection,
    initializeParams.capabilities,
    (file) => void userCatalogues.reload(file),
    log,
  );
  userCatalogues.onWatchedFilesChanged = (files) => watcher.watch(files);

  return {
    connection,
    service,
    documents,
    initializeParams,
    options,
    settings,
    userCatalogues,
    diagnostics,
    commands: new CommandRegistry(),
    skipNotices,
    listeners,
    log,
    refreshAll,
    settingsFor: (uri) => settings.forResource(uri),
    localeFor: async (uri) => resolveLocale((await settings.forResource(uri)).language, initializeParams.locale),
    // `statusCodes.language` is window-scoped: any resource reads the same value; '' asks for no resource.
    messageLocale: async () => resolveLocale((await settings.forResource('')).language, initializeParams.locale),
    indexFor: async (uri) =>
      service.getCatalogueIndex(
        await settings.forResource(uri),
        await (catalogueUris ? catalogueUris(uri) : userCatalogues.forDocument(uri)),
      ),
    async analysable(uri) {
      const document = documents.get(uri);
      if (!document) return undefined;
      const documentSettings = await settings.forResource(uri);
      const locale = resolveLocale(documentSettings.language, initializeParams.locale);
      const reason = service.getSkipReason(document, documentSettings, locale);
      if (!reason) return document;
      // A language that is off is the user's choice, not news.
      if (reason.kind !== 'language' && skipNotices.first(uri, reason.kind)) {
        log(reason.message);
        void connection.sendNotification(SkippedNotification, { uri, reason: reason.kind, message: reason.message });
      }
      return undefined;
    },
  };
}

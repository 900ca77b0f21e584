import type { Connection, InitializeParams, ServerCapabilities } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CatalogueIndex } from '../service/catalogue/catalogueIndex';
import type { LanguageService } from '../service/languageServiceTypes';
import type { StatusCodesSettings } from '../service/settings/settings';
import type { DocumentStore } from './documentStore';

/** What every LSP feature gets: the connection, the pure service and per-document settings. */
export interface ServerContext {
  readonly connection: Connection;
  readonly service: LanguageService;
  readonly documents: DocumentStore;
  /** What the client sent in `initialize` (folders, capabilities, initializationOptions); set before any document
   * arrives. */
  initializeParams?: InitializeParams;
  /** Settings for a document (resource-scoped: multi-root folders may differ). */
  settingsFor(uri: string): Promise<StatusCodesSettings>;
  /** The catalogue index that serves a document. */
  indexFor(uri: string): Promise<CatalogueIndex>;
  /** User catalogue files (URIs, in order) that apply to a document; replaced by the user-catalogue feature. */
  userCatalogues: (documentUri: string) => Promise<readonly string[]>;
  /** The document if it is open and analysable, else undefined (a notice is logged once). */
  analysable(uri: string): Promise<TextDocument | undefined>;
  log(message: string): void;
  /** Ask every feature to refresh open documents (settings or catalogues changed). */
  refreshAll(): void;
  /** Features add themselves here to hear about refreshes and document changes. */
  readonly listeners: ServerListeners;
}

export interface ServerListeners {
  readonly onRefresh: (() => void)[];
  readonly onDocumentChanged: ((document: TextDocument) => void)[];
  readonly onDocumentClosed: ((uri: string) => void)[];
}

/** An LSP feature: the capabilities it adds and the handlers it registers. */
export interface Feature {
  readonly capabilities: ServerCapabilities;
  register(context: ServerContext): void;
}

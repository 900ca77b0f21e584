/**
 * Custom messages between the client and the server (beyond LSP), as typed jsonrpc objects
 * (the model: vscode-eslint's customMessages.ts, rust-analyzer's lsp_ext.ts). Client and server
 * both import them, so method names, parameters and results cannot drift. Imports only the
 * platform-free jsonrpc API, so the CLI and a web worker can use it too.
 */
import { NotificationType, RequestType, RequestType0 } from 'vscode-jsonrpc';

// Initialization

/** `initialize`'s `initializationOptions`: every field optional, since any editor may start the server. */
export interface InitializationOptions {
  /** Workspace trust (VS Code sends it): only `true` is trusted; editors without a notion of trust leave it out. */
  readonly trusted?: boolean;
  /** The user-only settings (as `UserSettingsNotification` sends them later). */
  readonly userSettings?: Partial<UserSettingsParams>;
  /**
   * Settings for clients without `workspace/configuration` (Neovim, Helix...): `{ statusCodes: {...} }`.
   * `{ statusCodes: {...} }` or the bare section at the top level are read too.
   */
  readonly settings?: { readonly statusCodes?: unknown };
}

// Client → server

export interface TrustChangedParams {
  readonly trusted: boolean;
}
/** Sent by the client when the user grants workspace trust. */
export const TrustChangedNotification = new NotificationType<TrustChangedParams>('statusCodes/trustChanged');

/** Settings read from USER settings only (a workspace cannot set them). */
export interface UserSettingsParams {
  readonly allowAbsoluteCataloguePaths: boolean;
}
/** Sent by the client whenever the user-only settings change. */
export const UserSettingsNotification = new NotificationType<UserSettingsParams>('statusCodes/userSettings');

export interface CatalogueStatusParams {
  /** The document whose catalogues are listed; every folder's when absent. */
  readonly uri?: string;
}
/** Request: the catalogues serving a document (or every folder). */
export const CatalogueStatusRequest = new RequestType<CatalogueStatusParams, CatalogueStatusResult, void>(
  'statusCodes/catalogueStatus',
);

/** The request behind "Search codes...": every code of the catalogues enabled for a document or folder. */
export const ListCodesRequest = new RequestType<ListCodesParams, CodeListItem[], void>('statusCodes/listCodes');

/** The request behind "Generate constants...": a constants file for a document or folder. */
export const GenerateConstantsRequest = new RequestType<GenerateConstantsParams, GeneratedConstants, void>(
  'statusCodes/generateConstants',
);

/** Request: facts about the running server (its process id, for diagnosing and for the restart test). */
export const ServerInfoRequest = new RequestType0<ServerInfo, void>('statusCodes/serverInfo');

// Server → client

/** Sent whenever a catalogue was loaded, broke, recovered or was removed (no parameters: ask for the status). */
export const CataloguesChangedNotification = new NotificationType<Record<string, never>>(
  'statusCodes/cataloguesChanged',
);

export interface SkippedParams {
  readonly uri: string;
  /** Why the document is left alone (a language that is off is not announced). */
  readonly reason: 'too-large' | 'minified' | 'binary';
  readonly message: string;
}
/** Sent once per document and reason when a document is not analysed. */
export const SkippedNotification = new NotificationType<SkippedParams>('statusCodes/skipped');

export interface IgnoreCodeParams {
  readonly code: string;
  /** The document the code was found in: its folder's settings get the code. */
  readonly uri?: string;
}
/** Request: add a code to the client's `statusCodes.ignore` setting (clients that can write settings answer). */
export const IgnoreCodeRequest = new RequestType<IgnoreCodeParams, unknown, void>('statusCodes/ignoreCode');

// Commands

/**
 * The server command behind the "Ignore ... in this workspace" quick fix, arguments
 * `[code, documentUri]`. The server sends `IgnoreCodeRequest`; a client that cannot persist
 * settings gets the code ignored for the session.
 */
export const IGNORE_CODE_COMMAND = 'statusCodes.ignoreCode.server';

/** Arguments of `IGNORE_CODE_COMMAND`: the code as written, and the document it was found in. */
export type IgnoreCodeArguments = [code: string, documentUri: string];

// Shapes

export interface CatalogueStatus {
  readonly uri: string;
  readonly provider: string;
  readonly name: string;
  readonly builtIn: boolean;
  readonly entries: number;
  readonly ok: boolean;
  readonly problems: number;
  readonly servingLastGood: boolean;
  /** False when `statusCodes.providers` turns the provider off for the document. */
  readonly enabled: boolean;
}

export interface CatalogueStatusResult {
  readonly trusted: boolean;
  readonly catalogues: readonly CatalogueStatus[];
}

export interface ListCodesParams {
  /** The document or folder whose settings decide which catalogues are enabled. */
  readonly uri: string;
}

/** One code of an enabled catalogue, as the client lists it. */
export interface CodeListItem {
  readonly code: number | string;
  readonly provider: string;
  readonly providerName: string;
  readonly name: string;
  readonly message: string;
  /** The full description, as hover shows it. */
  readonly markdown: string;
}

/** How generated members are named: as the catalogue names them, or as the language's style guide does. */
export const CONSTANTS_NAMINGS = ['catalogue', 'language'] as const;
export type ConstantsNaming = (typeof CONSTANTS_NAMINGS)[number];

/** Choices the user makes for a constants file; every one has a default. */
export interface GenerateConstantsOptions {
  /** Provider ids to include (default: every enabled provider). */
  readonly providers?: readonly string[];
  /**
   * `catalogue` (default): `PARAMETER_ERROR`; `language`: the language's convention where it
   * differs (Swift and Dart members in lowerCamelCase: `parameterError`).
   */
  readonly naming?: ConstantsNaming;
  /** Java and Kotlin: the `package` line (`com.example.im`); Go: the package name (default `statuscodes`). */
  readonly packageName?: string;
}

export interface GenerateConstantsParams extends GenerateConstantsOptions {
  /** The document or folder whose settings decide which catalogues are enabled. */
  readonly uri: string;
  readonly language: ConstantsLanguage;
}

export const CONSTANTS_LANGUAGES = [
  'typescript',
  'javascript',
  'java',
  'kotlin',
  'swift',
  'dart',
  'python',
  'go',
] as const;
export type ConstantsLanguage = (typeof CONSTANTS_LANGUAGES)[number];

export interface GeneratedConstants {
  /** The VS Code language id of the text. */
  readonly languageId: ConstantsLanguage;
  /** A file name that suits the language (`StatusCodes.java` must be named so). */
  readonly fileName: string;
  readonly text: string;
  /** Every enabled provider, whether included or not, so that a client can offer the choice. */
  readonly providers: readonly { readonly id: string; readonly name: string; readonly codes: number }[];
}

/** The constants language for an editor's language id, if there is one. */
export function constantsLanguageFor(languageId: string): ConstantsLanguage | undefined {
  const id =
    languageId === 'typescriptreact' ? 'typescript' : languageId === 'javascriptreact' ? 'javascript' : languageId;
  return (CONSTANTS_LANGUAGES as readonly string[]).includes(id) ? (id as ConstantsLanguage) : undefined;
}

export const isConstantsLanguage = (value: unknown): value is ConstantsLanguage =>
  typeof value === 'string' && (CONSTANTS_LANGUAGES as readonly string[]).includes(value);

export interface ServerInfo {
  readonly pid: number;
  readonly version: string;
  readonly builtInCodes: number;
  /** Whether stack traces are mapped to the sources (the VS Code client starts the server with source maps). */
  readonly sourceMaps: boolean;
}

// Web extension (client in the browser, server in a web worker: no file system on the server side)

export interface WebCatalogueFile {
  readonly uri: string;
  readonly text: string;
}
export interface WebCataloguesParams {
  /** Per workspace folder, its `statusCodes.catalogues` files in order (read through `vscode.workspace.fs`). */
  readonly folders: readonly { readonly uri: string; readonly catalogues: readonly WebCatalogueFile[] }[];
}
/** Sent by the web client at start and whenever a catalogue file or the setting changes: the whole set each time. */
export const WebCataloguesNotification = new NotificationType<WebCataloguesParams>('statusCodes/webCatalogues');

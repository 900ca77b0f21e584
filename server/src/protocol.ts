/**
 * Custom messages between the VS Code client and the server (beyond LSP). Client and
 * server both import these names and shapes, so they cannot drift; this file imports nothing.
 */

/** Sent by the client when the user grants workspace trust. */
export const TRUST_CHANGED = 'statusCodes/trustChanged';
/** Sent by the client with settings read from USER settings only (a workspace cannot set them). */
export const USER_SETTINGS = 'statusCodes/userSettings';
/** Request: the catalogues serving a document (or every folder). */
export const CATALOGUE_STATUS = 'statusCodes/catalogueStatus';
/** Sent to the client whenever a catalogue was loaded, broke, recovered or was removed. */
export const CATALOGUES_CHANGED = 'statusCodes/cataloguesChanged';

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
/** Request from the server: add a code to the client's `statusCodes.ignore` setting. */
export const IGNORE_CODE_REQUEST = 'statusCodes/ignoreCode';

/** The custom request behind "Search codes...": `{ uri }` → CodeListItem[]. */
export const LIST_CODES_METHOD = 'statusCodes/listCodes';

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

/** The custom request the client sends to get a constants file: `{ uri, language }` → GeneratedConstants. */
export const GENERATE_CONSTANTS_METHOD = 'statusCodes/generateConstants';

export interface GenerateConstantsParams {
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
}

/** The constants language for an editor's language id, if there is one. */
export function constantsLanguageFor(languageId: string): ConstantsLanguage | undefined {
  const id =
    languageId === 'typescriptreact' ? 'typescript' : languageId === 'javascriptreact' ? 'javascript' : languageId;
  return (CONSTANTS_LANGUAGES as readonly string[]).includes(id) ? (id as ConstantsLanguage) : undefined;
}

export const isConstantsLanguage = (value: unknown): value is ConstantsLanguage =>
  typeof value === 'string' && (CONSTANTS_LANGUAGES as readonly string[]).includes(value);

/** Request: facts about the running server (its process id, for diagnosing and for the restart test). */
export const SERVER_INFO = 'statusCodes/serverInfo';

export interface ServerInfo {
  readonly pid: number;
  readonly version: string;
  readonly builtInCodes: number;
}

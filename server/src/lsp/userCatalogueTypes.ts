import type { Diagnostic } from 'vscode-languageserver-types';
import type { CatalogueStore } from '../service/catalogue/catalogueStore';
import type { CatalogueProblem } from '../service/catalogue/parseCatalogue';
import type { StatusCodesSettings } from '../service/settings/settings';

/** What the user catalogues need from the server around them. */
export interface UserCataloguesHost {
  readonly store: CatalogueStore;
  settingsFor(uri: string): Promise<StatusCodesSettings>;
  /** The live text of a document open in the editor, if it is open. */
  openText(uri: string): string | undefined;
  publishDiagnostics(uri: string, diagnostics: Diagnostic[]): void;
  /** A line in the output; problems with catalogues are warnings (something still serves) or errors. */
  log(message: string, level?: LogLevel): void;
  /** A notice the user should see once (a message box in VS Code). */
  notify(message: string): void;
  /** Catalogues changed: hovers and diagnostics of open documents must be recomputed. */
  refresh(): void;
}

export type LogLevel = 'info' | 'warning' | 'error';

/** Typing in an open catalogue reloads it once typing pauses this long: a large one takes most of a second to parse. */
export const CATALOGUE_EDIT_DELAY_MS = 300;

/** How one configured catalogue file is doing. */
export interface UserCatalogueState {
  readonly uri: string;
  readonly path: string;
  /** The workspace folder whose setting named it first (a file read from disk must stay inside it). */
  readonly folder: string;
  /** The text last loaded (undefined: never read). */
  text: string | undefined;
  ok: boolean;
  problems: readonly CatalogueProblem[];
  servingLastGood: boolean;
  missing: boolean;
}

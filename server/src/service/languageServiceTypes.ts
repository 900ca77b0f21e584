import type { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CodeActionContext,
  CompletionItem,
  CompletionList,
  Hover,
  InlayHint,
  Location,
  Position,
  Range,
} from 'vscode-languageserver-types';
import type { CatalogueIndex } from './catalogue/catalogueIndex';
import type { CatalogueStore } from './catalogue/catalogueStore';
import type { DocumentAnalysis } from './analysis/documentAnalysis';
import type { SkipReason } from './analysis/limits';
import type { DiagnosisResult } from './features/diagnostics';
import type { StatusCodesSettings } from './settings/settings';
import type { Locale } from './l10n/locale';
import type { CodeListItem, ConstantsLanguage, GenerateConstantsOptions, GeneratedConstants } from '../protocol';

export type { CatalogueIndex, CatalogueStore, DocumentAnalysis, DiagnosisResult, SkipReason, StatusCodesSettings };
export type { CodeListItem, ConstantsLanguage, GenerateConstantsOptions, GeneratedConstants, Locale };

/** A text change as LSP sends it, with the range in the text before the change. */
export interface TextChange {
  readonly range?: Range;
  readonly text: string;
}

/** What `createLanguageService` needs: the catalogues to answer from. */
export interface LanguageServiceOptions {
  /** Built-in and user catalogues; the caller loads them (the service does no I/O). */
  readonly store: CatalogueStore;
}

/** How the client takes completion lists (from its capabilities); both off by default. */
export interface CompletionSettings {
  /** The client resolves `documentation` lazily (`completionItem/resolve`): lists leave it out. */
  readonly resolveDocumentation?: boolean;
  /** The client takes `itemDefaults.editRange`: the shared range is sent once, not per item. */
  readonly itemDefaultsEditRange?: boolean;
  /** The language of details and documentation (default English). */
  readonly locale?: Locale;
}

/**
 * The Status Codes language service, modelled on vscode-css-languageservice's `LanguageService`:
 * one object per process, made by `createLanguageService`, that the LSP server, the CLI and a web
 * worker share. It knows nothing of connections, files or Node.
 *
 * Document methods take `(document, position or range, [request context], analysis, settings?)`;
 * the analysis comes from `doAnalysis` and is kept up to date incrementally by `documentChanged`.
 * Catalogue methods (`listCodes`, `generateConstants`) take the index first, as they need no document.
 * What users read comes in a `locale` (`resolveLocale(settings.language, displayLanguage)`), English
 * when none is given; methods that take settings default to `settings.language` (`auto` reads English).
 */
export interface LanguageService {
  /** The catalogues the service answers from. */
  readonly store: CatalogueStore;

  /** The catalogue index for a document's settings and the user catalogues (URIs, in order) that apply to it. */
  getCatalogueIndex(settings: StatusCodesSettings, userCatalogueUris?: readonly string[]): CatalogueIndex;
  /** Why a document is not analysed (too large, minified, binary, language off), or undefined. */
  getSkipReason(document: TextDocument, settings: StatusCodesSettings, locale?: Locale): SkipReason | undefined;

  /** The analysis of a document against an index: reused while index and language stay the same. */
  doAnalysis(document: TextDocument, index: CatalogueIndex): DocumentAnalysis;
  /** Changes already applied to `document`: its analysis re-scans only the changed lines. */
  documentChanged(document: TextDocument, changes: readonly TextChange[]): void;
  /** The document closed (or reopened with new text): its analysis is dropped. */
  documentClosed(uri: string): void;
  /** Forgets every analysis (catalogues or settings changed). */
  reset(): void;

  /** The recognised code under the cursor, explained; null elsewhere. */
  doHover(document: TextDocument, position: Position, analysis: DocumentAnalysis, locale?: Locale): Hover | null;
  /** Codes (or SDK enum members) where a code belongs; null elsewhere. */
  doComplete(
    document: TextDocument,
    position: Position,
    analysis: DocumentAnalysis,
    settings?: CompletionSettings,
  ): CompletionList | null;
  /** Fills in the documentation `doComplete` left out (with `resolveDocumentation`) for the latest list. */
  doResolve(item: CompletionItem): CompletionItem;
  /** Quick fixes for our diagnostics in `context` and "Add comment with meaning" (`context.only` filters kinds). */
  doCodeActions(
    document: TextDocument,
    range: Range,
    context: CodeActionContext,
    analysis: DocumentAnalysis,
    locale?: Locale,
  ): CodeAction[];
  /** The short message after each recognised code in `range` (empty unless `statusCodes.inlayHints.enable`). */
  getInlayHints(
    document: TextDocument,
    range: Range,
    analysis: DocumentAnalysis,
    settings: StatusCodesSettings,
    locale?: Locale,
  ): InlayHint[];
  /** The catalogue entries the code under the cursor stands for (one location per provider). */
  findDefinition(document: TextDocument, position: Position, analysis: DocumentAnalysis): Location[];
  /**
   * The document's diagnostics, the first `statusCodes.diagnostics.maxProblems` of them;
   * `sessionIgnores` adds to `statusCodes.ignore`.
   */
  doValidation(
    document: TextDocument,
    analysis: DocumentAnalysis,
    settings: StatusCodesSettings,
    sessionIgnores?: ReadonlySet<string>,
    locale?: Locale,
  ): DiagnosisResult;
  /**
   * `doValidation` for an analysis that may still be stale: brings it up to date in slices, letting
   * other work run in between, and resolves as soon as the diagnostics are final (the first
   * maxProblems problems are final once the scan has passed them; the rest of the scan is then left
   * to a later `settle` or read). The caller checks that no edit came in meanwhile.
   */
  doSettledValidation(
    document: TextDocument,
    analysis: DocumentAnalysis,
    settings: StatusCodesSettings,
    sessionIgnores?: ReadonlySet<string>,
    locale?: Locale,
  ): Promise<DiagnosisResult>;

  /** Every code of the index; the providers `document` seems to use come first. */
  listCodes(index: CatalogueIndex, document?: TextDocument, locale?: Locale): CodeListItem[];
  /** A constants module for the codes of the index. */
  generateConstants(
    index: CatalogueIndex,
    language: ConstantsLanguage,
    options?: GenerateConstantsOptions,
  ): GeneratedConstants;
}

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
import { RELEVANCE_SAMPLE_LENGTH, type CatalogueIndex } from './catalogue/catalogueIndex';
import type { CatalogueStore } from './catalogue/catalogueStore';
import { DocumentAnalysis } from './analysis/documentAnalysis';
import { skipReason, type SkipReason } from './analysis/limits';
import { codeActions } from './features/codeActions';
import { listCodes } from './features/codeList';
import { completions } from './features/completion';
import { CompletionShaper } from './features/completionResolve';
import { generateConstants } from './features/constantsGenerator';
import { definition } from './features/definition';
import { diagnoseDocument, settleDiagnostics, type DiagnosisResult } from './features/diagnostics';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { restatesCatalogue } from './features/restatingDocuments';
import type { StatusCodesSettings } from './settings/settings';
import { resolveLocale, type Locale } from './l10n/locale';
import { lineEdits } from './text/lineEdits';
import { linesOf } from './text/lineSource';
import type {
  CodeListItem,
  CompletionSettings,
  ConstantsLanguage,
  GenerateConstantsOptions,
  GeneratedConstants,
  LanguageService,
  LanguageServiceOptions,
  TextChange,
} from './languageServiceTypes';

export type * from './languageServiceTypes';

/** The language service over a catalogue store (see `LanguageService`). */
export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  return new StatusCodesLanguageService(options.store);
}

/**
 * The pure language service: documents in, answers out. It knows nothing of
 * connections or files; the LSP layer (or the CLI) feeds it text, settings and catalogues.
 */
class StatusCodesLanguageService implements LanguageService {
  private readonly analyses = new Map<string, DocumentAnalysis>();
  /** Lines of each analysed document as its analysis last saw it: edits are counted against it. */
  private readonly lineCounts = new Map<string, number>();
  private readonly completionShaper = new CompletionShaper();

  constructor(readonly store: CatalogueStore) {}

  getCatalogueIndex(settings: StatusCodesSettings, userCatalogueUris: readonly string[] = []): CatalogueIndex {
    return this.store.indexFor(settings.providers, userCatalogueUris);
  }

  getSkipReason(document: TextDocument, settings: StatusCodesSettings, locale?: Locale): SkipReason | undefined {
    return skipReason(document, settings, locale);
  }

  doAnalysis(document: TextDocument, index: CatalogueIndex): DocumentAnalysis {
    let analysis = this.analyses.get(document.uri);
    if (!analysis || analysis.catalogue !== index || analysis.languageId !== document.languageId) {
      analysis = new DocumentAnalysis(document, index);
      this.analyses.set(document.uri, analysis);
      this.lineCounts.set(document.uri, document.lineCount);
    }
    return analysis;
  }

  /** Line counts come from the change ranges and texts, so this is cheap whatever the size of the file. */
  documentChanged(document: TextDocument, changes: readonly TextChange[]): void {
    const analysis = this.analyses.get(document.uri);
    if (!analysis) return;
    const ranged = changes.flatMap((c) => (c.range ? [{ range: c.range, text: c.text }] : []));
    const edits =
      ranged.length === changes.length
        ? lineEdits(ranged, this.lineCounts.get(document.uri) ?? document.lineCount, document.lineCount)
        : undefined;
    if (!edits) {
      // A whole-text change, or line breaks that merged where it cannot be told: analyse afresh.
      this.documentClosed(document.uri);
      return;
    }
    for (const edit of edits) analysis.edited(document, edit.line, edit.removedLines, edit.addedLines);
    this.lineCounts.set(document.uri, document.lineCount);
  }

  documentClosed(uri: string): void {
    this.analyses.delete(uri);
    this.lineCounts.delete(uri);
  }

  reset(): void {
    this.analyses.clear();
    this.lineCounts.clear();
  }

  doHover(_document: TextDocument, position: Position, analysis: DocumentAnalysis, locale?: Locale): Hover | null {
    return hover(analysis, position, locale);
  }

  doComplete(
    document: TextDocument,
    position: Position,
    analysis: DocumentAnalysis,
    settings: CompletionSettings = {},
  ): CompletionList | null {
    const list = completions(document, position, analysis.catalogue, analysis, settings.locale);
    return this.completionShaper.shape(list, settings);
  }

  doResolve(item: CompletionItem): CompletionItem {
    return this.completionShaper.resolve(item);
  }

  doCodeActions(
    document: TextDocument,
    range: Range,
    context: CodeActionContext,
    analysis: DocumentAnalysis,
    locale?: Locale,
  ): CodeAction[] {
    return codeActions(document, analysis, range, context.diagnostics, context.only, locale);
  }

  getInlayHints(
    document: TextDocument,
    range: Range,
    analysis: DocumentAnalysis,
    settings: StatusCodesSettings,
    locale: Locale = resolveLocale(settings.language),
  ): InlayHint[] {
    if (restatesCatalogue(document, this.store)) return [];
    return inlayHints(analysis, document, range, settings, locale);
  }

  findDefinition(_document: TextDocument, position: Position, analysis: DocumentAnalysis): Location[] {
    return definition(analysis, position);
  }

  doValidation(
    document: TextDocument,
    analysis: DocumentAnalysis,
    settings: StatusCodesSettings,
    sessionIgnores?: ReadonlySet<string>,
    locale?: Locale,
  ): DiagnosisResult {
    return diagnoseDocument(document, analysis, settings, sessionIgnores, locale);
  }

  doSettledValidation(
    document: TextDocument,
    analysis: DocumentAnalysis,
    settings: StatusCodesSettings,
    sessionIgnores?: ReadonlySet<string>,
    locale?: Locale,
  ): Promise<DiagnosisResult> {
    return settleDiagnostics(document, analysis, settings, sessionIgnores, undefined, locale);
  }

  listCodes(index: CatalogueIndex, document?: TextDocument, locale?: Locale): CodeListItem[] {
    // Only the head of a document says which providers it uses.
    return listCodes(index, document ? linesOf(document).head(RELEVANCE_SAMPLE_LENGTH) : '', locale);
  }

  generateConstants(
    index: CatalogueIndex,
    language: ConstantsLanguage,
    options?: GenerateConstantsOptions,
  ): GeneratedConstants {
    return generateConstants(index, language, options);
  }
}

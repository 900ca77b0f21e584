import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, Position, Range } from 'vscode-languageserver-types';
import type { CatalogueIndex } from './catalogue/catalogueIndex';
import type { CatalogueStore } from './catalogue/catalogueStore';
import { DocumentAnalysis } from './analysis/documentAnalysis';
import { hover } from './features/hover';
import type { StatusCodesSettings } from './settings/settings';
import { skipReason, type SkipReason } from './analysis/limits';

/** A text change as LSP sends it, with the range in the text before the change. */
export interface TextChange {
  readonly range?: Range;
  readonly text: string;
}

/**
 * The pure language service: documents in, answers out. It knows nothing of
 * connections or files; the LSP layer feeds it text, settings and catalogues.
 */
export class StatusCodesService {
  private readonly analyses = new Map<string, DocumentAnalysis>();

  constructor(readonly store: CatalogueStore) {}

  /** The catalogue index that serves a document with these settings. */
  indexFor(settings: StatusCodesSettings, userCatalogueUris: readonly string[] = []): CatalogueIndex {
    return this.store.indexFor(settings.providers, userCatalogueUris);
  }

  /** Why a document is not analysed (too large, minified, binary, language off), or undefined. */
  skipReason(document: TextDocument, settings: StatusCodesSettings): SkipReason | undefined {
    return skipReason(document, settings);
  }

  /**
   * The analysis of a document against an index: reused while the index stays the
   * same, so edits are re-scanned incrementally.
   */
  analysis(document: TextDocument, index: CatalogueIndex): DocumentAnalysis {
    let analysis = this.analyses.get(document.uri);
    if (!analysis || analysis.catalogue !== index || analysis.languageId !== document.languageId) {
      analysis = new DocumentAnalysis(document, index);
      this.analyses.set(document.uri, analysis);
    }
    return analysis;
  }

  /**
   * Tells the service about changes already applied to `document`. Line counts come
   * from the change texts, so this is cheap whatever the size of the file.
   */
  changed(document: TextDocument, changes: readonly TextChange[]): void {
    const analysis = this.analyses.get(document.uri);
    if (!analysis) return;
    for (const change of changes) {
      if (!change.range) {
        this.analyses.delete(document.uri);
        return;
      }
      const removed = change.range.end.line - change.range.start.line;
      analysis.edited(document, change.range.start.line, removed, countLineBreaks(change.text));
    }
  }

  closed(uri: string): void {
    this.analyses.delete(uri);
  }

  /** Forgets every analysis (catalogues or settings changed). */
  reset(): void {
    this.analyses.clear();
  }

  hover(document: TextDocument, position: Position, index: CatalogueIndex): Hover | null {
    return hover(this.analysis(document, index), position);
  }
}

function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

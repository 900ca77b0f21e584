// TEMPORARY until issue 16's facade (createLanguageService) lands on main: the same method names over today's service.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, Position } from 'vscode-languageserver-types';
import type { CatalogueIndex } from '../service/catalogue/catalogueIndex';
import type { CatalogueStore } from '../service/catalogue/catalogueStore';
import type { DocumentAnalysis } from '../service/analysis/documentAnalysis';
import type { SkipReason } from '../service/analysis/limits';
import { diagnoseDocument, type DiagnosisResult } from '../service/features/diagnostics';
import { hover } from '../service/features/hover';
import { StatusCodesService } from '../service/languageService';
import type { StatusCodesSettings } from '../service/settings/settings';

export interface LanguageService {
  readonly store: CatalogueStore;
  getCatalogueIndex(settings: StatusCodesSettings, userCatalogueUris?: readonly string[]): CatalogueIndex;
  getSkipReason(document: TextDocument, settings: StatusCodesSettings): SkipReason | undefined;
  doAnalysis(document: TextDocument, index: CatalogueIndex): DocumentAnalysis;
  documentClosed(uri: string): void;
  doHover(document: TextDocument, position: Position, analysis: DocumentAnalysis): Hover | null;
  doValidation(document: TextDocument, analysis: DocumentAnalysis, settings: StatusCodesSettings): DiagnosisResult;
}

export function createLanguageService(options: { store: CatalogueStore }): LanguageService {
  const s = new StatusCodesService(options.store);
  return {
    store: options.store,
    getCatalogueIndex: (settings, uris) => s.indexFor(settings, uris),
    getSkipReason: (document, settings) => s.skipReason(document, settings),
    doAnalysis: (document, index) => s.analysis(document, index),
    documentClosed: (uri) => s.closed(uri),
    doHover: (_d, position, analysis) => hover(analysis, position),
    doValidation: (_d, analysis, settings) => diagnoseDocument(analysis, settings),
  };
}

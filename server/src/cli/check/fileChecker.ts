import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { CatalogueStore } from '../../service/catalogue/catalogueStore';
import type { CatalogueIndex } from '../../service/catalogue/catalogueIndex';
import { readSettings, type StatusCodesSettings } from '../../service/settings/settings';
import { loadBuiltInCatalogues, readSchema } from '../../lsp/builtInCatalogues';
import { createLanguageService, type LanguageService } from '../../service/languageService';
import type { FolderSpec } from '../config/workspace';
import type { FileResult, Severity } from './problem';
import type { LanguageSetting, Locale } from '../../service/l10n/locale';
import { cliLocale } from '../cliLocale';

/** A file to check and the folder (index into the folder list) whose settings apply. */
export interface FileJob {
  readonly path: string;
  readonly languageId: string;
  readonly folder: number;
}

const SEVERITY: Readonly<Record<DiagnosticSeverity, Severity>> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

/** The built-in catalogues and the service over them: the part of a checker that no folder's settings change. */
export interface CheckerBase {
  readonly store: CatalogueStore;
  readonly service: LanguageService;
}

export function loadCheckerBase(): CheckerBase {
  const store = new CatalogueStore(readSchema());
  loadBuiltInCatalogues(store);
  return { store, service: createLanguageService({ store }) };
}

/**
 * Checks files exactly as the server checks open documents: the same service, catalogues,
 * settings, limits and diagnostics. One per thread (the main thread or each worker).
 */
export class FileChecker {
  readonly service: LanguageService;
  private readonly folders: { settings: StatusCodesSettings; index: CatalogueIndex; locale: Locale }[];

  /**
   * `base`: the built-in catalogues loaded beforehand (a worker loads them while the files are still being found).
   * `lang`: the `--lang` of the command line, which overrides each folder's statusCodes.language.
   */
  constructor(folders: readonly FolderSpec[], base: CheckerBase = loadCheckerBase(), lang?: LanguageSetting) {
    const { store } = base;
    this.service = base.service;
    this.folders = folders.map((folder) => {
      for (const catalogue of folder.catalogues) store.setUser(catalogue.uri, catalogue.text);
      const settings = readSettings(folder.raw);
      const uris = folder.catalogues.map((c) => c.uri);
      const locale = cliLocale(lang, settings.language);
      return { settings, index: this.service.getCatalogueIndex(settings, uris), locale };
    });
  }

  /** The catalogue index of one folder (by its place in the folder list). */
  indexOf(folder: number): CatalogueIndex {
    return this.folders[folder]!.index;
  }

  /** The language of one folder's messages. */
  localeOf(folder: number): Locale {
    return this.folders[folder]!.locale;
  }

  check(job: FileJob): FileResult {
    const { settings, index, locale } = this.folders[job.folder]!;
    let text: string;
    try {
      text = fs.readFileSync(job.path, 'utf8');
    } catch (e) {
      return {
        path: job.path,
        problems: [],
        bytes: 0,
        skipped: { reason: 'unreadable', message: `${job.path} cannot be read: ${(e as Error).message}` },
      };
    }
    const document = TextDocument.create(pathToFileURL(job.path).toString(), job.languageId, 1, text);
    const skip = this.service.getSkipReason(document, settings, locale);
    if (skip) {
      const skipped = skip.kind === 'language' ? undefined : { reason: skip.kind, message: skip.message };
      return { path: job.path, problems: [], bytes: text.length, skipped };
    }
    const analysis = this.service.doAnalysis(document, index);
    try {
      const { diagnostics, truncated } = this.service.doValidation(document, analysis, settings, undefined, locale);
      const problems = diagnostics.map((d) => ({
        line: d.range.start.line,
        character: d.range.start.character,
        endLine: d.range.end.line,
        endCharacter: d.range.end.character,
        severity: SEVERITY[d.severity ?? DiagnosticSeverity.Warning],
        rule: String(d.code),
        message: typeof d.message === 'string' ? d.message : d.message.value,
        ...diagnosticData(d.data, index),
      }));
      return { path: job.path, problems, bytes: text.length, ...(truncated ? { truncated } : {}) };
    } finally {
      this.service.documentClosed(document.uri);
    }
  }
}

function diagnosticData(
  data: unknown,
  index: CatalogueIndex,
): { text?: string; suggestions?: readonly string[]; docs?: string } {
  const d = data as { text?: unknown; suggestions?: unknown } | undefined;
  const suggestions = Array.isArray(d?.suggestions) && d.suggestions.length ? (d.suggestions as string[]) : undefined;
  const docs = suggestions && docsOf(suggestions[0]!, index);
  return {
    ...(typeof d?.text === 'string' ? { text: d.text } : {}),
    ...(suggestions ? { suggestions } : {}),
    ...(docs ? { docs } : {}),
  };
}

/** The documentation page of the entry a suggestion names (its own page, else its provider's); web pages only. */
function docsOf(code: string, index: CatalogueIndex): string | undefined {
  const entry = (/^\d+$/.test(code) ? index.numeric(code) : index.string(code))[0];
  const url = entry && (entry.doc ?? entry.provider.docs);
  return url && /^https?:\/\/[^\s]+$/.test(url) ? url : undefined;
}

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import { CatalogueStore } from '../../server/src/service/catalogue/catalogueStore';
import type { CatalogueIndex } from '../../server/src/service/catalogue/catalogueIndex';
import { createLanguageService, type LanguageService } from '../../server/src/service/languageService';
import { DEFAULT_SETTINGS, readSettings, type StatusCodesSettings } from '../../server/src/service/settings/settings';
import type { DocumentAnalysis } from '../../server/src/service/analysis/documentAnalysis';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const DATA_DIR = path.join(REPO_ROOT, 'data');

export const readSchema = (): object =>
  JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'catalogue.schema.json'), 'utf8')) as object;

/** A catalogue store with the real built-in catalogues from data/. */
export function builtInStore(): CatalogueStore {
  const store = new CatalogueStore(readSchema());
  for (const name of fs
    .readdirSync(DATA_DIR)
    .filter((n) => n.endsWith('.json') && n !== 'catalogue.schema.json')
    .sort()) {
    const file = path.join(DATA_DIR, name);
    store.addBuiltIn(pathToFileURL(file).toString(), fs.readFileSync(file, 'utf8'));
  }
  return store;
}

export interface TestService {
  readonly service: LanguageService;
  readonly index: CatalogueIndex;
  readonly settings: StatusCodesSettings;
  /** A document and its analysis. */
  analyse(text: string, languageId: string, uri?: string): { document: TextDocument; analysis: DocumentAnalysis };
  /** The hover's markdown at the `|` cursor of `snippet`, or null when there is none. */
  hoverText(languageId: string, snippet: string): string | null;
  /** The messages of the diagnostics of `text`. */
  diagnosticMessages(languageId: string, text: string): string[];
}

/** The pure service over the built-in catalogues, with settings (partial, as a client sends them). */
export function createTestService(rawSettings?: unknown, store: CatalogueStore = builtInStore()): TestService {
  const settings = rawSettings === undefined ? DEFAULT_SETTINGS : readSettings(rawSettings);
  const service = createLanguageService({ store });
  const index = service.getCatalogueIndex(settings);
  let n = 0;
  const analyse: TestService['analyse'] = (text, languageId, uri = `file:///test/${++n}.${languageId}`) => {
    const document = TextDocument.create(uri, languageId, 1, text);
    return { document, analysis: service.doAnalysis(document, index) };
  };
  return {
    service,
    index,
    settings,
    analyse,
    hoverText(languageId, snippet) {
      const { text, position } = withCursor(snippet);
      const { document, analysis } = analyse(text, languageId);
      const hover = service.doHover(document, position, analysis);
      return hover ? (hover.contents as { value: string }).value : null;
    },
    diagnosticMessages(languageId, text) {
      const { document, analysis } = analyse(text, languageId);
      return service
        .doValidation(document, analysis, settings)
        .diagnostics.map((d) => (typeof d.message === 'string' ? d.message : d.message.value));
    },
  };
}

/** Splits a snippet with one `|` cursor marker into text and position. */
export function withCursor(snippet: string, marker = '|'): { text: string; position: Position } {
  const offset = snippet.indexOf(marker);
  if (offset < 0) throw new Error(`no cursor marker in ${snippet}`);
  const text = snippet.slice(0, offset) + snippet.slice(offset + marker.length);
  const before = text.slice(0, offset).split('\n');
  return { text, position: { line: before.length - 1, character: before[before.length - 1]!.length } };
}

import type { Connection } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ChunkedDocument } from '../service/text/chunkedDocument';
import type { LanguageService } from '../service/languageServiceTypes';

/**
 * Open documents, kept in sync incrementally. Unlike the stock TextDocuments manager
 * it hands the change ranges to the service, which re-scans only what changed.
 */
export class DocumentStore {
  /** Held in chunks: an edit of a large file costs what it changed, not a copy of the file. */
  private readonly documents = new Map<string, ChunkedDocument>();

  constructor(private readonly service: LanguageService) {}

  listen(connection: Connection, onChanged: (d: TextDocument) => void, onClosed: (uri: string) => void): void {
    connection.onDidOpenTextDocument((params) => {
      const t = params?.textDocument;
      // Notifications get no error reply: a malformed one is logged and dropped.
      if (!t || typeof t.uri !== 'string' || typeof t.text !== 'string' || typeof t.languageId !== 'string') {
        connection.console.warn('Ignored a textDocument/didOpen without uri, languageId and text.');
        return;
      }
      const document = ChunkedDocument.create(t.uri, t.languageId, t.version, t.text);
      this.documents.set(t.uri, document);
      this.service.documentClosed(t.uri);
      onChanged(document);
    });
    connection.onDidChangeTextDocument((params) => {
      const t = params?.textDocument;
      const contentChanges = params?.contentChanges;
      const document = typeof t?.uri === 'string' ? this.documents.get(t.uri) : undefined;
      if (!document) return;
      if (!Array.isArray(contentChanges) || !contentChanges.every((c) => typeof c?.text === 'string')) {
        connection.console.warn(`Ignored a textDocument/didChange for ${t.uri} with malformed contentChanges.`);
        return;
      }
      const version = Number.isInteger(t.version) ? t.version : document.version + 1;
      for (const change of contentChanges) {
        // Apply one change at a time: each range refers to the text after the previous change.
        if ('range' in change && !isRangeShaped(change.range)) {
          connection.console.warn(`Ignored a change for ${t.uri} whose range is not a range.`);
          continue;
        }
        const valid = !('range' in change) || isValidRange(change.range, document);
        if (!valid)
          connection.console.warn(`A change for ${t.uri} had an invalid range; re-analysing the whole document.`);
        // Out-of-range positions are clamped, as editors expect.
        document.update([change], version);
        this.service.documentChanged(document, ['range' in change && valid ? change : { text: change.text }]);
      }
      onChanged(document);
    });
    connection.onDidCloseTextDocument((params) => {
      const t = params?.textDocument;
      if (typeof t?.uri !== 'string' || !this.documents.has(t.uri)) return;
      this.documents.delete(t.uri);
      this.service.documentClosed(t.uri);
      onClosed(t.uri);
    });
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }
  all(): TextDocument[] {
    return [...this.documents.values()];
  }
}

function isRangeShaped(
  range: unknown,
): range is { start: { line: number; character: number }; end: { line: number; character: number } } {
  const isPosition = (p: unknown) =>
    typeof p === 'object' &&
    p !== null &&
    Number.isFinite((p as { line: unknown }).line) &&
    Number.isFinite((p as { character: unknown }).character);
  return (
    typeof range === 'object' &&
    range !== null &&
    isPosition((range as { start: unknown }).start) &&
    isPosition((range as { end: unknown }).end)
  );
}

function isValidRange(
  range: { start: { line: number; character: number }; end: { line: number; character: number } },
  document: TextDocument,
): boolean {
  const { start, end } = range;
  const ok = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
  if (!ok(start.line) || !ok(start.character) || !ok(end.line) || !ok(end.character)) return false;
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) return false;
  return end.line <= document.lineCount;
}

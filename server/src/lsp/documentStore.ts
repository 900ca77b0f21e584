import type { Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { StatusCodesService } from '../service/languageService';

/**
 * Open documents, kept in sync incrementally. Unlike the stock TextDocuments manager
 * it hands the change ranges to the service, which re-scans only what changed.
 */
export class DocumentStore {
  private readonly documents = new Map<string, TextDocument>();

  constructor(private readonly service: StatusCodesService) {}

  listen(connection: Connection, onChanged: (d: TextDocument) => void, onClosed: (uri: string) => void): void {
    connection.onDidOpenTextDocument(({ textDocument: t }) => {
      const document = TextDocument.create(t.uri, t.languageId, t.version, t.text);
      this.documents.set(t.uri, document);
      this.service.closed(t.uri);
      onChanged(document);
    });
    connection.onDidChangeTextDocument(({ textDocument: t, contentChanges }) => {
      const document = this.documents.get(t.uri);
      if (!document) return;
      for (const change of contentChanges) {
        // Apply one change at a time: each range refers to the text after the previous change.
        const valid = !('range' in change) || isValidRange(change.range, document);
        if (!valid) connection.console.warn(`A change for ${t.uri} had an invalid range; re-analysing the whole document.`);
        TextDocument.update(document, [change], t.version);
        this.service.changed(document, ['range' in change && valid ? change : { text: change.text }]);
      }
      onChanged(document);
    });
    connection.onDidCloseTextDocument(({ textDocument: t }) => {
      this.documents.delete(t.uri);
      this.service.closed(t.uri);
      onClosed(t.uri);
    });
  }

  get(uri: string): TextDocument | undefined { return this.documents.get(uri); }
  all(): TextDocument[] { return [...this.documents.values()]; }
}

function isValidRange(range: { start: { line: number; character: number }; end: { line: number; character: number } }, document: TextDocument): boolean {
  const { start, end } = range;
  const ok = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
  if (!ok(start.line) || !ok(start.character) || !ok(end.line) || !ok(end.character)) return false;
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) return false;
  return end.line <= document.lineCount;
}

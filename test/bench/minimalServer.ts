// The benchmark's baseline: the least an LSP server built on vscode-languageserver can do
// for the same traffic. It keeps documents with the stock TextDocuments manager (incremental
// sync, like ours), makes one regex pass over a document on open and publishes diagnostics for
// its first integer literals (as many as Status Codes publishes by default), hovers the literal
// under the cursor and answers completion with a fixed list. What Status Codes costs beyond
// this is what the protocol does not force. Run as `node out/test/bench/minimalServer.js --stdio`.
import {
  CompletionItemKind,
  createConnection,
  DiagnosticSeverity,
  TextDocuments,
  TextDocumentSyncKind,
  type CompletionItem,
  type Diagnostic,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** Status Codes publishes at most statusCodes.diagnostics.maxProblems (100) problems: so does the baseline. */
const PUBLISHED = 100;
/** The benchmark's regex floor: every number and string literal. */
const LITERALS = /[0-9]+|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g;
const DIGIT = /[0-9]/;

const connection = createConnection();
const documents = new TextDocuments(TextDocument);

function validate(document: TextDocument): void {
  const text = document.getText();
  const diagnostics: Diagnostic[] = [];
  LITERALS.lastIndex = 0;
  for (let m = LITERALS.exec(text); m; m = LITERALS.exec(text)) {
    if (diagnostics.length >= PUBLISHED || !DIGIT.test(m[0][0]!)) continue;
    diagnostics.push({
      range: { start: document.positionAt(m.index), end: document.positionAt(m.index + m[0].length) },
      severity: DiagnosticSeverity.Information,
      source: 'minimal',
      message: `Literal ${m[0]}`,
    });
  }
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
}

const COMPLETIONS: CompletionItem[] = Array.from({ length: 20 }, (_, i) => ({
  label: String(400 + i),
  kind: CompletionItemKind.Constant,
}));

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    hoverProvider: true,
    completionProvider: {},
  },
}));
documents.onDidChangeContent(({ document }) => validate(document));
connection.onHover(({ textDocument, position }) => {
  const document = documents.get(textDocument.uri);
  if (!document) return null;
  const line = document.getText({
    start: { line: position.line, character: 0 },
    end: { line: position.line + 1, character: 0 },
  });
  const digits = /[0-9]+/g;
  for (let m = digits.exec(line); m; m = digits.exec(line)) {
    if (m.index <= position.character && position.character <= m.index + m[0].length)
      return { contents: { kind: 'markdown', value: `**${m[0]}**` } };
  }
  return null;
});
connection.onCompletion(() => COMPLETIONS);
documents.listen(connection);
connection.listen();

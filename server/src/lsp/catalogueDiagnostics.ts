import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { CatalogueProblem } from '../service/catalogue/parseCatalogue';

export const CATALOGUE_DIAGNOSTIC_CODE = 'catalogue-invalid';

/** Problems of a catalogue file as diagnostics, placed by their offsets in the text that was checked. */
export function catalogueDiagnostics(text: string, problems: readonly CatalogueProblem[]): Diagnostic[] {
  const document = TextDocument.create('catalogue:', 'jsonc', 0, text);
  return problems.map((problem) => ({
    range: { start: document.positionAt(problem.offset), end: document.positionAt(problem.offset + problem.length) },
    message: problem.message,
    severity: DiagnosticSeverity.Error,
    source: 'status-codes',
    code: CATALOGUE_DIAGNOSTIC_CODE,
  }));
}

type Publish = (params: { uri: string; version?: number; diagnostics: Diagnostic[] }) => Promise<void>;

/**
 * A catalogue file can be open as a JSON document, and the diagnostics feature publishes
 * (or clears) the code diagnostics of open documents for the same URI: publishing
 * replaces everything a client shows for a URI. So catalogue problems ride along with
 * every publication for that file, whoever sends it.
 */
export class SharedDiagnostics {
  private readonly catalogue = new Map<string, Diagnostic[]>();
  private readonly others = new Map<string, Diagnostic[]>();
  private readonly send: Publish;

  constructor(
    connection: { sendDiagnostics: Publish },
    private readonly key: (uri: string) => string,
  ) {
    this.send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = (params) => {
      const k = this.key(params.uri);
      if (params.diagnostics.length) this.others.set(k, params.diagnostics);
      else this.others.delete(k);
      return this.send({ ...params, diagnostics: [...params.diagnostics, ...(this.catalogue.get(k) ?? [])] });
    };
  }

  /** Publishes the problems of a catalogue file next to whatever else is shown for it. */
  publishCatalogue(uri: string, diagnostics: Diagnostic[]): void {
    const k = this.key(uri);
    if (diagnostics.length) this.catalogue.set(k, diagnostics);
    else this.catalogue.delete(k);
    void this.send({ uri, diagnostics: [...(this.others.get(k) ?? []), ...diagnostics] });
  }
}

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

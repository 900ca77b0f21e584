import type { Location, Position } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis/documentAnalysis';
import { isRecognised } from '../analysis/findings';
import { entriesFor } from './hover';

/**
 * Go to definition on a recognised code: its entry in the catalogue file that defines
 * it (built-in data or the user's file), one location per provider that knows it.
 */
export function definition(analysis: DocumentAnalysis, position: Position): Location[] {
  const finding = analysis.at(position.line, position.character);
  if (!finding || !isRecognised(finding)) return [];
  return entriesFor(analysis, finding).map((entry) => ({
    uri: entry.origin.uri,
    range: { start: { line: entry.line, character: 0 }, end: { line: entry.line, character: 0 } },
  }));
}

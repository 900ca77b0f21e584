import type { Hover, Position } from 'vscode-languageserver-types';
import { codeKey } from '../catalogue/catalogueIndex';
import type { CatalogueEntry } from '../catalogue/catalogueTypes';
import { describeEntry } from '../render/describeEntry';
import type { DocumentAnalysis } from '../analysis/documentAnalysis';
import { isRecognised, type Finding } from '../analysis/findings';
import type { Locale } from '../l10n/locale';

/** Hover for the recognised code under the cursor: every provider that knows it, the likeliest first. */
export function hover(analysis: DocumentAnalysis, position: Position, locale: Locale = 'en'): Hover | null {
  const finding = analysis.at(position.line, position.character);
  if (!finding || !isRecognised(finding)) return null;
  const entries = entriesFor(analysis, finding);
  if (entries.length === 0) return null;
  const options =
    finding.kind === 'server-message'
      ? { serverMessage: finding.text, locale }
      : finding.kind === 'constant'
        ? { constant: finding.text, locale }
        : { locale };
  return {
    contents: { kind: 'markdown', value: entries.map((e) => describeEntry(e, options)).join('\n\n---\n\n') },
    range: {
      start: { line: finding.line, character: finding.start },
      end: { line: finding.line, character: finding.end },
    },
  };
}

/** The catalogue entries a recognised finding stands for, ordered by the document's likely provider. */
export function entriesFor(analysis: DocumentAnalysis, finding: Finding): CatalogueEntry[] {
  const index = analysis.catalogue;
  let entries: readonly CatalogueEntry[];
  if (finding.kind === 'code') {
    entries =
      /^[0-9]+$/.test(finding.text) && !index.string(finding.text).length
        ? index.numeric(finding.text)
        : index.string(finding.text);
  } else if (finding.kind === 'server-message') {
    entries = index.serverMessage(finding.text).map((m) => m.entry);
  } else if (finding.kind === 'constant') {
    const go = index.goConstant(finding.text);
    entries = [...index.constant(finding.text).map((m) => m.entry), ...(go ? [go] : [])].filter(
      (e) => !finding.codeKey || codeKey(e.code) === finding.codeKey,
    );
  } else {
    entries = [];
  }
  return index.rank(entries, analysis.relevance);
}

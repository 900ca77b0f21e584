import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver-types';
import { RELEVANCE_SAMPLE_LENGTH } from '../catalogue/catalogueIndex';
import type { CatalogueEntry } from '../catalogue/catalogueTypes';
import { constantGroupName, identifier, lowerCamelCase } from '../catalogue/generatedNames';
import type { DocumentAnalysis } from '../analysis/documentAnalysis';
import type { Finding } from '../analysis/findings';
import { syntaxFor } from '../scan/languages';
import { lexLine } from '../scan/lexer';
import { TokenBuffer, TokenKind } from '../scan/tokens';
import { linesOf } from '../text/lineSource';
import type { Locale } from '../l10n/locale';
import { t } from '../l10n/messages';

/**
 * "Replace 6000106 with `ZIMErrorCode.NetworkModuleTokenExpired`": a known number becomes the
 * constant that names it, where the file already imports or uses that constant's enum (its name
 * is in the head of the file, where imports are) and the constant is spelled for the file's
 * language; and "Replace 414 with `CommseaseIm.PARAMETER_ERROR`" where the file uses the group of
 * the generated constants module (Generate constants file). Nothing where the file shows neither:
 * an import of an SDK the file does not use would be a guess.
 */
export function constantReplacements(
  document: TextDocument,
  analysis: DocumentAnalysis,
  finding: Finding,
  locale: Locale = 'en',
): CodeAction[] {
  if (finding.kind !== 'code' || !/^[0-9]+$/.test(finding.text)) return [];
  const index = analysis.catalogue;
  const entries = index.rank(index.numeric(finding.text), analysis.relevance);
  if (entries.length === 0) return [];
  const head = linesOf(document).head(RELEVANCE_SAMPLE_LENGTH);
  const names = new Set<string>();
  for (const entry of entries) {
    const sdk = sdkSpelling(entry, document.languageId, head);
    if (sdk) names.add(sdk);
  }
  // The generated module names every provider's codes; the likeliest provider's entry is meant.
  const generated = generatedSpelling(entries[0]!, document.languageId, head);
  if (generated) names.add(generated);
  const range = integerLiteralAt(analysis, finding);
  if (!range) return [];
  return [...names].map((name) => ({
    title: t(locale, 'Replace {0} with {1}', finding.text, name),
    kind: CodeActionKind.RefactorRewrite,
    edit: { changes: { [document.uri]: [{ range, newText: name }] } },
  }));
}

/**
 * Where the number stands as an integer literal of its own (`66030001`, also `660300001L`: the
 * suffix goes with it), never digits inside a string or a longer token: a constant there would
 * change the text, not name the code.
 */
function integerLiteralAt(analysis: DocumentAnalysis, finding: Finding): Range | undefined {
  const line = analysis.lineAtStart(finding.line);
  if (!line) return undefined;
  tokens.clear();
  lexLine(line.text, line.start, line.end, line.lex, syntaxFor(analysis.languageId), tokens);
  const start = line.start + finding.start;
  let range: Range | undefined;
  for (let t = 0; t < tokens.length; t++) {
    if (tokens.kind[t] !== TokenKind.Integer || tokens.start[t] !== start) continue;
    if (line.text.slice(start, start + finding.text.length) !== finding.text) break;
    range = {
      start: { line: finding.line, character: finding.start },
      end: { line: finding.line, character: finding.start + tokens.end[t]! - tokens.start[t]! },
    };
  }
  tokens.clear();
  return range;
}

const tokens = new TokenBuffer();

/**
 * The entry's SDK constant as this language writes it, qualified by its enum, when the file's head
 * names that enum; a spelling shipped by an SDK before one inferred.
 */
function sdkSpelling(entry: CatalogueEntry, languageId: string, head: string): string | undefined {
  const spelt = (entry.constants ?? [])
    .filter((c) => c.container !== undefined && c.languages?.includes(languageId) && mentions(head, c.container))
    .sort((a, b) => Number(a.inferred !== undefined) - Number(b.inferred !== undefined));
  const best = spelt[0];
  return best && `${best.container}.${best.name}`;
}

/** Languages whose generated module has a group (`CommseaseIm.PARAMETER_ERROR`); Go's names stand alone. */
const GROUPED_LANGUAGES = new Set([
  'typescript',
  'typescriptreact',
  'javascript',
  'javascriptreact',
  'java',
  'kotlin',
  'swift',
  'dart',
  'python',
]);

function generatedSpelling(entry: CatalogueEntry, languageId: string, head: string): string | undefined {
  if (!GROUPED_LANGUAGES.has(languageId)) return undefined;
  const group = constantGroupName(entry.provider.id);
  if (!mentions(head, group)) return undefined;
  // Swift and Dart modules may be generated in those languages' own style (`CommseaseIm.parameterError`):
  // the file's own uses of the group say which.
  const ownStyle = (languageId === 'swift' || languageId === 'dart') && new RegExp(`\\b${group}\\.[a-z]`).test(head);
  return `${group}.${ownStyle ? lowerCamelCase(entry.name) : identifier(entry.name)}`;
}

/** Whether `name` occurs in `text` as a whole word (an import or a use, not part of a longer name). */
function mentions(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(at + name.length))) return true;
  }
  return false;
}

const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;

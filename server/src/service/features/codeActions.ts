import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { statusCodeDiagnostic, withMeaning } from './diagnostics';
import type { DocumentAnalysis } from '../analysis/documentAnalysis';
import { isRecognised, type Finding } from '../analysis/findings';
import { entriesFor } from './hover';
import { syntaxFor, type LexicalSyntax } from '../scan/languages';
import { lexLine, LexMode } from '../scan/lexer';
import { TokenBuffer, TokenKind } from '../scan/tokens';
import { constantReplacements } from './constantReplacement';
import { suppressionFixes } from './suppressionFixes';
import { IGNORE_CODE_COMMAND, type IgnoreCodeArguments } from '../../protocol';
import { entryMessage } from '../l10n/localizedEntry';
import type { Locale } from '../l10n/locale';
import { t } from '../l10n/messages';

/** Quick fixes never offer more replacements than this (near misses of short codes can have many). */
const MAX_REPLACEMENTS = 5;

/**
 * Code actions for a range: quick fixes for our diagnostics (keyed on `code` and `data`,
 * never on message text) and "Add comment with meaning" for a recognised code.
 * `only` is the client's kind filter.
 */
export function codeActions(
  document: TextDocument,
  analysis: DocumentAnalysis,
  range: Range,
  diagnostics: readonly Diagnostic[],
  only?: readonly string[],
  locale: Locale = 'en',
): CodeAction[] {
  const out: CodeAction[] = [];
  if (wanted(CodeActionKind.QuickFix, only)) {
    for (const diagnostic of diagnostics) out.push(...quickFixes(document, analysis, diagnostic, locale));
  }
  if (wanted(CodeActionKind.RefactorRewrite, only)) {
    const finding = recognisedAt(analysis, range);
    if (finding) out.push(...constantReplacements(document, analysis, finding, locale));
    const comment = addCommentAction(document, analysis, range, locale);
    if (comment) out.push(comment);
  }
  return out;
}

/**
 * "Replace with ..." per suggestion (the first preferred), then "Ignore ... on this line",
 * "... in this file" (suppression comments) and "... in this workspace" (the setting).
 */
export function quickFixes(
  document: TextDocument,
  analysis: DocumentAnalysis,
  diagnostic: Diagnostic,
  locale: Locale = 'en',
): CodeAction[] {
  const ours = statusCodeDiagnostic(diagnostic);
  if (!ours) return [];
  const { text, suggestions } = ours.data;
  const actions: CodeAction[] = [];
  const target = literalRange(document, diagnostic.range, text);
  if (target) {
    const numeric = /^[0-9]+$/.test(text);
    suggestions.slice(0, MAX_REPLACEMENTS).forEach((suggestion, i) => {
      actions.push({
        title: t(
          locale,
          'Replace with {0}',
          numeric ? withMeaning(suggestion, analysis.catalogue, undefined, locale) : `'${suggestion}'`,
        ),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: i === 0,
        edit: { changes: { [document.uri]: [{ range: target, newText: suggestion }] } },
      });
    });
    actions.push(...suppressionFixes(document, analysis, diagnostic, text, locale));
  }
  const args: IgnoreCodeArguments = [text, document.uri];
  actions.push({
    title: t(locale, 'Ignore {0} in this workspace', /^[0-9]+$/.test(text) ? text : `'${text}'`),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: t(locale, 'Ignore code'), command: IGNORE_CODE_COMMAND, arguments: args },
  });
  return actions;
}

/**
 * Where `text` stands inside the diagnostic's range in the current document: only the
 * code itself is replaced, so quotes, prefixes (`r'...'`) and suffixes (`L`) stay. Undefined
 * when the document no longer has the code there (a stale diagnostic).
 */
function literalRange(document: TextDocument, range: Range, text: string): Range | undefined {
  if (range.start.line !== range.end.line || range.start.line >= document.lineCount) return undefined;
  const written = document.getText(range);
  const at = written.indexOf(text);
  if (at < 0 || written.indexOf(text, at + 1) >= 0) return undefined;
  const start = range.start.character + at;
  return {
    start: { line: range.start.line, character: start },
    end: { line: range.start.line, character: start + text.length },
  };
}

/**
 * "Add comment with meaning": appends `// 414: Parameter error` (or the language's block
 * comment) to the line of a recognised code. Not offered where the language has no comments,
 * where the line ends inside a string or comment, or where the comment is already there.
 */
export function addCommentAction(
  document: TextDocument,
  analysis: DocumentAnalysis,
  range: Range,
  locale: Locale = 'en',
): CodeAction | undefined {
  const line = range.start.line;
  if (line < 0 || line >= document.lineCount) return undefined;
  const finding = recognisedAt(analysis, range);
  if (!finding) return undefined;
  const syntax = syntaxFor(document.languageId);
  const style = syntax.commentStyle;
  if (!style.line && !style.block) return undefined;
  const entry = entriesFor(analysis, finding)[0];
  if (!entry) return undefined;
  const meaning = `${entry.code}: ${entryMessage(entry, locale).replace(/\s+/g, ' ').trim()}`;
  const comment = style.line
    ? `${style.line} ${meaning}`
    : `${style.block![0]} ${meaning.replaceAll(style.block![1], '')} ${style.block![1]}`;
  const lineText = document
    .getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } })
    .replace(/\r?\n$/, '');
  if (lineText.includes(meaning)) return undefined;
  if (!endsInCode(analysis, line, syntax)) return undefined;
  const contentEnd = lineText.trimEnd().length;
  return {
    title: t(locale, 'Add comment with meaning'),
    // VS Code's lightbulb menu groups actions by kind (Quick Fix, Extract, Inline, Rewrite, Move, Surround,
    // Source); a bare `refactor` fits none of them and lands in "More Actions..." below everything else.
    kind: CodeActionKind.RefactorRewrite,
    edit: {
      changes: {
        [document.uri]: [
          {
            range: { start: { line, character: contentEnd }, end: { line, character: lineText.length } },
            newText: ` ${comment}`,
          },
        ],
      },
    },
  };
}

/** The recognised code under the range (a cursor or a selection on one line). */
function recognisedAt(analysis: DocumentAnalysis, range: Range): Finding | undefined {
  if (range.start.line !== range.end.line) return undefined;
  const found = analysis
    .onLine(range.start.line)
    .filter((f) => isRecognised(f) && f.start <= range.end.character && range.start.character <= f.end);
  return found.length === 1
    ? found[0]
    : found.find((f) => f.start <= range.start.character && range.start.character <= f.end);
}

/**
 * Whether `line` ends in code, not inside a string or comment that goes on (a comment
 * appended there would change a string). The analysis knows the scanner state at the
 * line's start: only the line itself is lexed again.
 */
function endsInCode(analysis: DocumentAnalysis, line: number, syntax: LexicalSyntax): boolean {
  const start = analysis.lineAtStart(line);
  if (!start) return false;
  const tokens = new TokenBuffer();
  const state = start.lex;
  lexLine(start.text, start.start, start.end, state, syntax, tokens);
  return (
    state.mode === LexMode.Code && (tokens.length === 0 || tokens.kind[tokens.length - 1] !== TokenKind.StringPart)
  );
}

function wanted(kind: string, only: readonly string[] | undefined): boolean {
  // `only: ['refactor']` asks for refactor and its sub-kinds (`refactor.rewrite`).
  return !only || only.length === 0 || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

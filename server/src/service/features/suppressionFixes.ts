import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic, type Position } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis/documentAnalysis';
import { syntaxFor, type LexicalSyntax } from '../scan/languages';
import { LexMode } from '../scan/lexer';
import { linesOf } from '../text/lineSource';
import { fileMarkers, IGNORE_FILE, IGNORE_NEXT_LINE, markersOnLine } from './suppressions';
import type { Locale } from '../l10n/locale';
import { t } from '../l10n/messages';

/** A code a marker can list: what the marker's code list reads back as one code. */
const LISTABLE = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/**
 * "Ignore 66030001 on this line" and "Ignore 66030001 in this file": a suppression comment in
 * the language's comment syntax, or the code added to the list of a marker already there.
 * None where the language has no comments or the comment cannot be placed without changing
 * the code (inside a multi-line string or comment, after a line continuation).
 */
export function suppressionFixes(
  document: TextDocument,
  analysis: DocumentAnalysis,
  diagnostic: Diagnostic,
  code: string,
  locale: Locale = 'en',
): CodeAction[] {
  const syntax = syntaxFor(document.languageId);
  if ((!syntax.commentStyle.line && !syntax.commentStyle.block) || !LISTABLE.test(code)) return [];
  const shown = /^[0-9]+$/.test(code) ? code : `'${code}'`;
  const actions: CodeAction[] = [];
  const fix = (title: string, at: Position, newText: string): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [document.uri]: [{ range: { start: at, end: at }, newText }] } },
  });
  const nextLine = nextLineEdit(document, analysis, syntax, diagnostic.range.start.line, code);
  if (nextLine) actions.push(fix(t(locale, 'Ignore {0} on this line', shown), nextLine.at, nextLine.newText));
  const file = fileEdit(document, analysis, syntax, code);
  if (file) actions.push(fix(t(locale, 'Ignore {0} in this file', shown), file.at, file.newText));
  return actions;
}

interface Insertion {
  readonly at: Position;
  readonly newText: string;
}

/** `// status-codes-ignore-next-line 66030001` above the line, as indented as it; or `, 66030001` added to one. */
function nextLineEdit(
  document: TextDocument,
  analysis: DocumentAnalysis,
  syntax: LexicalSyntax,
  line: number,
  code: string,
): Insertion | undefined {
  const here = analysis.lineAtStart(line);
  // A line that starts inside a string or comment: a comment line above it would be part of that.
  if (!here || here.lex.mode !== LexMode.Code) return undefined;
  if (line > 0) {
    const above = analysis.lineAtStart(line - 1);
    if (!above) return undefined;
    const marker = markersOnLine(above.text, above.start, above.end, line - 1, above.lex, syntax).find(
      (m) => m.kind === IGNORE_NEXT_LINE && m.codes.length > 0,
    );
    if (marker) return { at: { line: line - 1, character: marker.listEnd }, newText: `, ${code}` };
    // `\` at the end joins the next line to this one (C macros, Python, shell): a line between would break it.
    if (above.text.slice(above.start, above.end).trimEnd().endsWith('\\')) return undefined;
  }
  const text = here.text.slice(here.start, here.end);
  const indent = /^[ \t]*/.exec(text)![0];
  return {
    at: { line, character: 0 },
    newText: `${indent}${comment(syntax, `${IGNORE_NEXT_LINE} ${code}`)}${lineBreakOf(document, line)}`,
  };
}

/** `// status-codes-ignore-file 66030001` at the top (below `#!`, an encoding line or `<?php`), or added to one. */
function fileEdit(
  document: TextDocument,
  analysis: DocumentAnalysis,
  syntax: LexicalSyntax,
  code: string,
): Insertion | undefined {
  const lines = linesOf(document);
  const marker = fileMarkers(lines, syntax).find((m) => m.codes.length > 0);
  if (marker) return { at: { line: marker.line, character: marker.listEnd }, newText: `, ${code}` };
  let line = 0;
  const textOf = (l: number) => (l < document.lineCount ? lineText(document, l) : '');
  if (textOf(0).startsWith('#!') || /^<\?php\b/i.test(textOf(0))) line = 1;
  // Python reads its encoding declaration on the first two lines only.
  if (syntax.family === 'python' && /^[ \t\f]*#.*?coding[:=]/.test(textOf(line))) line++;
  const newText = comment(syntax, `${IGNORE_FILE} ${code}`);
  if (line >= document.lineCount) {
    const last = document.lineCount - 1;
    return {
      at: { line: last, character: lineText(document, last).length },
      newText: `${lineBreakOf(document, last)}${newText}`,
    };
  }
  const start = analysis.lineAtStart(line);
  if (!start || start.lex.mode !== LexMode.Code) return undefined;
  return { at: { line, character: 0 }, newText: `${newText}${lineBreakOf(document, line)}` };
}

const comment = (syntax: LexicalSyntax, body: string): string => {
  const { line, block } = syntax.commentStyle;
  return line ? `${line} ${body}` : `${block![0]} ${body} ${block![1]}`;
};

const lineText = (document: TextDocument, line: number): string =>
  document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');

/** The line break the file uses after `line` (or after the line above, for the last line). */
function lineBreakOf(document: TextDocument, line: number): string {
  const probe = line + 1 < document.lineCount ? line : line - 1;
  if (probe < 0) return '\n';
  const end = document.getText({ start: { line: probe, character: 0 }, end: { line: probe + 1, character: 0 } });
  return end.endsWith('\r\n') ? '\r\n' : end.endsWith('\r') ? '\r' : '\n';
}

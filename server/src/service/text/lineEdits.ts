import type { Range } from 'vscode-languageserver-types';

/** Lines [line, line + removedLines] of the text before a change became [line, line + addedLines]. */
export interface LineEdit {
  readonly line: number;
  readonly removedLines: number;
  readonly addedLines: number;
}

/**
 * Which lines a sequence of range changes replaced, from the ranges and the inserted texts alone
 * (cheap whatever the size of the file), or undefined when that cannot be told and the caller
 * must analyse the whole text again.
 *
 * A line break can merge with one beside the edit: a lone `\r` before it and an inserted text that
 * starts with `\n` (or a deletion that brings a `\n` next to it), or an inserted text that ends with
 * `\r` before a `\n`. Such a pair is one line break, not two. Merges are counted from the line counts
 * before and after (positions cannot point between `\r` and `\n`, so an edit never splits a pair):
 * for one change the edit then starts a line earlier where the merge may be on its left. With
 * several changes the merging one is unknown, and the answer is undefined.
 */
export function lineEdits(
  changes: readonly { readonly range: Range; readonly text: string }[],
  linesBefore: number,
  linesAfter: number,
): LineEdit[] | undefined {
  const edits = changes.map(({ range, text }) => ({
    line: range.start.line,
    removedLines: range.end.line - range.start.line,
    addedLines: countLineBreaks(text),
  }));
  const merges = edits.reduce((n, e) => n + e.addedLines - e.removedLines, linesBefore) - linesAfter;
  if (merges === 0) return edits;
  if (merges < 0 || merges > 2 || changes.length !== 1) return undefined;
  const { range, text } = changes[0]!;
  const edit = edits[0]!;
  const mayMergeLeft = range.start.character === 0 && range.start.line > 0 && (text === '' || text[0] === '\n');
  const mayMergeRight = text.endsWith('\r');
  if (merges > Number(mayMergeLeft) + Number(mayMergeRight)) return undefined;
  // From the end of the line before, the edit covers the break that merged on its left.
  return mayMergeLeft
    ? [{ line: edit.line - 1, removedLines: edit.removedLines + 1, addedLines: edit.addedLines + 1 - merges }]
    : [{ line: edit.line, removedLines: edit.removedLines, addedLines: edit.addedLines - merges }];
}

/** Line breaks as LSP counts them: `\r\n`, `\r` and `\n` each end a line. */
export function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

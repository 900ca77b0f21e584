import type { Finding, StoredFinding } from './findings';
import { CharCode } from '../scan/charCodes';
import { initialLexState, LexMode, sameLexState, type LexState } from '../scan/lexer';
import { INITIAL_CONTEXT, type StoredContext } from './context/contextState';

// How DocumentAnalysis keeps per-line state compactly (see `npm run bench`, "Full analysis" and
// "incremental": per-line objects and copies are what a scan of a large file pays for).

export const CODE_LEX: LexState = Object.freeze(initialLexState());
/** Line states inside a comment or a multi-line string are nearly always one of a few: shared, not copied per line. */
const COMMON_LEX_STATES: readonly LexState[] = [
  { mode: LexMode.BlockComment, depth: 1, delimiter: '' },
  ...['`', '"""', "'''", '"'].map((delimiter) => ({ mode: LexMode.String, depth: 0, delimiter })),
].map((state) => Object.freeze(state));

/** The lex state to remember for a line start: a shared one where possible. */
export function storedLexState(lex: LexState): LexState {
  if (lex.mode === LexMode.Code) return CODE_LEX;
  for (const common of COMMON_LEX_STATES) if (sameLexState(common, lex)) return common;
  return { mode: lex.mode, depth: lex.depth, delimiter: lex.delimiter };
}

export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

export type LineFindings = StoredFinding | readonly StoredFinding[] | undefined;
export const isList = (found: StoredFinding | readonly StoredFinding[]): found is readonly StoredFinding[] =>
  Array.isArray(found);

/** Renumbered in place (see StoredFinding): a finding is owned by its analysis. */
export function renumber(list: readonly StoredFinding[], line: number): void {
  for (const f of list) f.line = line;
}

/** The line's findings in order of position (SDK constants are found after literals). */
export function sortedCopy(found: readonly StoredFinding[]): StoredFinding[] {
  const copy = found.slice();
  for (let i = 1; i < copy.length; i++)
    if (copy[i - 1]!.start > copy[i]!.start) return copy.sort((a, b) => a.start - b.start);
  return copy;
}

/**
 * `array.splice(start, deleteCount, ...holes)` without spreading: a paste of many
 * lines would overflow the call stack as spread arguments.
 */
export function replaceWithHoles<T>(
  array: (T | undefined)[],
  start: number,
  deleteCount: number,
  insertCount: number,
): void {
  if (insertCount <= 1024) {
    array.splice(start, deleteCount, ...new Array<undefined>(insertCount));
    return;
  }
  const tail = array.slice(start + deleteCount);
  array.length = start + insertCount;
  array.fill(undefined, start);
  for (const item of tail) array.push(item);
}

/**
 * What DocumentAnalysis keeps per line. The scan writes the arrays directly (its hot loop reads
 * and writes them by index); edits open holes in them so that later lines keep their state.
 */
export class LineStates {
  /** Scanner and context state at the start of each line: what incremental re-analysis resumes from. */
  readonly lexStates: (LexState | undefined)[] = [CODE_LEX];
  readonly contexts: (StoredContext | undefined)[] = [INITIAL_CONTEXT];
  /** Per line: no finding, one (most lines that have any), or several in order of position. */
  readonly findings: LineFindings[] = [];

  /** Lines [line, line + removedLines] of the previous text became [line, line + addedLines]. */
  edited(line: number, removedLines: number, addedLines: number): void {
    replaceWithHoles(this.findings, line, removedLines + 1, addedLines + 1);
    // States are kept for line starts; the state at `line` stays valid (the edit begins on it).
    replaceWithHoles(this.lexStates, line + 1, removedLines, addedLines);
    replaceWithHoles(this.contexts, line + 1, removedLines, addedLines);
  }

  /**
   * Visits the findings of lines [from, to) in document order until `visitor` returns false
   * (then returns false).
   */
  visit(from: number, to: number, visitor: (finding: Finding) => boolean): boolean {
    const findings = this.findings;
    const end = Math.min(to, findings.length);
    for (let line = from; line < end; line++) {
      const found = findings[line];
      if (found === undefined) continue;
      if (isList(found)) {
        if (found[0]!.line !== line) renumber(found, line);
        for (const f of found) if (!visitor(f)) return false;
      } else {
        if (found.line !== line) found.line = line;
        if (!visitor(found)) return false;
      }
    }
    return true;
  }

  /** The findings on one line. */
  onLine(line: number): readonly Finding[] {
    const found = this.findings[line];
    if (found === undefined) return NO_FINDINGS;
    const list = isList(found) ? found : [found];
    // Findings of lines that moved (lines were added or removed above them and the re-scan
    // stopped before them) carry their old line number: renumbered on first read.
    if (list[0]!.line !== line) renumber(list, line);
    return list;
  }
}

/** Lines changed since the last scan: [from, to) in current line numbers. */
export interface DirtyLines {
  readonly from: number;
  readonly to: number;
}

/** The dirty range after lines [line, line + removed] became [line, line + added]. */
export function widenDirty(dirty: DirtyLines | undefined, line: number, removed: number, added: number): DirtyLines {
  if (!dirty) return { from: line, to: line + added + 1 };
  const to = dirty.to > line ? Math.max(line + added + 1, dirty.to + added - removed) : dirty.to;
  return { from: Math.min(dirty.from, line), to: Math.max(to, line + added + 1) };
}

/** The width of a line's indentation (spaces and tabs). */
export function indentOf(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && (text.charCodeAt(i) === CharCode.Space || text.charCodeAt(i) === CharCode.Tab)) i++;
  return i - start;
}

/** A problem in a settings or catalogue file: the run stops with exit code 2 and names its place. */
export interface ConfigProblem {
  readonly file: string;
  /** 1-based, like the text output of findings. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** 1-based line and column (UTF-16) of an offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

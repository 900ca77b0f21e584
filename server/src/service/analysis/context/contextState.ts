/**
 * The last plain frame of each bracket opened directly inside a frame (or at the top level), kept
 * for reuse: the next `(` of the same indentation gets the same object instead of a new one. One
 * slot per bracket, since `if (x) {` alternates `(` and `{` inside one block: with a single slot
 * about one frame in two was new (2.6 MB of frames per 1 MB Dart analysis by the sampling heap
 * profiler; `npm run bench`, "analysis" rows).
 */
export interface ReusableFrames {
  braceChild: Frame | undefined;
  parenChild: Frame | undefined;
  bracketChild: Frame | undefined;
}

/**
 * An open bracket and what it opened. Frames form a list shared between line states, so
 * remembering the state of every line costs little: every field but the ReusableFrames cache is
 * fixed when the frame is made, and only those fields are the state (sameContextState compares
 * nothing else).
 */
export interface Frame extends ReusableFrames {
  readonly open: number;
  /** The block of a `switch`/`when`/`match` whose subject is named like a code. */
  readonly codeSwitch: boolean;
  /** The body of an enum named like codes (`enum ErrorCode {`): its values are codes. */
  readonly codeEnum: boolean;
  /** What the name the bracket was assigned to says about the keys inside it (see TableEvidence). */
  readonly table: TableEvidence;
  /** Python `match` blocks close by indentation. */
  readonly indent: number;
  readonly depth: number;
  readonly next: Frame | null;
}

/**
 * A map, dict or object literal keyed by codes is a code table when its name says so
 * (`ERROR_CODES = {`), never when its name says HTTP (`HTTP_TEXT = {`); otherwise its keys
 * are codes only where the catalogue knows them (see the code-table rule).
 */
export const enum TableEvidence {
  None = 0,
  /** Named like codes: `ERROR_CODE = {`, `errorCodes: {`, `val codeMessages = mapOf(`. */
  CodeNamed = 1,
  /** Opened after a name that is not about HTTP or sizes: `reasons = {`, `imFailures = mapOf(`. */
  Neutral = 2,
  /** Named after HTTP statuses or other non-status codes: `HTTP_TEXT = {`, `statusText = {`. */
  NotCodes = 3,
}

/** Context carried from one line to the next. Treated as immutable once stored. */
export interface ContextState {
  readonly frames: Frame | null;
  /** Inside the subject of `switch`/`when`/`match`, before its `{`. */
  readonly pendingSwitch: boolean;
  readonly subjectIsCode: boolean;
  /** After `enum`, before its `{`: undefined when no enum is pending. */
  readonly pendingEnum: boolean | undefined;
  /** Ruby `case code` ... `when 414`. */
  readonly rubyCase: boolean;
}

/** The state as CodeContext changes it while a line is read. */
export type WorkingState = { -readonly [K in keyof ContextState]: ContextState[K] };

export const initialContextState = (): ContextState => ({
  frames: null,
  pendingSwitch: false,
  subjectIsCode: false,
  pendingEnum: undefined,
  rubyCase: false,
});

/** The context at the start of a file. */
export const INITIAL_CONTEXT: ContextState = Object.freeze(initialContextState());

/**
 * A line's context as remembered per line: the innermost frame alone when nothing is
 * pending (most lines: no object is made), a whole ContextState otherwise.
 */
export type StoredContext = Frame | ContextState;

const isContextState = (c: StoredContext): c is ContextState =>
  (c as Partial<ContextState>).pendingSwitch !== undefined;

export function expandContext(c: StoredContext): ContextState {
  return isContextState(c)
    ? c
    : { frames: c, pendingSwitch: false, subjectIsCode: false, pendingEnum: undefined, rubyCase: false };
}

export function sameStoredContext(a: StoredContext, b: StoredContext): boolean {
  return a === b || sameContextState(expandContext(a), expandContext(b));
}

export function sameContextState(a: ContextState, b: ContextState): boolean {
  if (
    a.pendingSwitch !== b.pendingSwitch ||
    a.subjectIsCode !== b.subjectIsCode ||
    a.pendingEnum !== b.pendingEnum ||
    a.rubyCase !== b.rubyCase
  )
    return false;
  let x = a.frames,
    y = b.frames;
  while (x !== y) {
    if (
      !x ||
      !y ||
      x.open !== y.open ||
      x.codeSwitch !== y.codeSwitch ||
      x.codeEnum !== y.codeEnum ||
      x.table !== y.table ||
      x.indent !== y.indent
    )
      return false;
    x = x.next;
    y = y.next;
  }
  return true;
}

import type { CatalogueIndex, ConstantMatch, ProviderRelevance } from '../catalogue/catalogueIndex';
import { codeKey } from '../catalogue/catalogueIndex';
import { finding } from './findings';
import type { LiteralContext } from './codeContext';
import type { CatalogueEvidence } from './context/catalogueEvidence';
import type { LineScanState } from './lineScanState';
import { nameWords } from './nameWords';
import { BoundedMemo } from '../util/boundedMemo';
import { nearMissNumbers, nearMissStrings } from './nearMiss';

const NONE: readonly string[] = Object.freeze([]);

/** Numbers of five or more digits are codes anywhere, except round ones (`100000000`, `30000`). */
export const isDistinctiveNumber = (digits: string): boolean =>
  digits.length >= 5 && !(digits.charCodeAt(digits.length - 1) === 48 && digits.charCodeAt(digits.length - 2) === 48);

const CODE_LIKE_STRING = /^[A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)+$/;
const DIGITS = /^[0-9]+$/;

/**
 * Turns literals into findings using the catalogue index. Each call judges token `t` of the line
 * that `s` describes and appends what it finds to `s.found`; findings carry line-relative
 * characters (offset minus `s.lineStart`) so they survive edits above them.
 */
export class Classifier implements CatalogueEvidence {
  /**
   * `relevance` says which providers the document uses. Short numbers (under six digits)
   * are near-misses or undocumented codes only for a provider the file mentions: the
   * 10000-13999 range is dense, and MySQL 1062 or WinSock 10061 must stay quiet.
   */
  private readonly hasShapes: boolean;
  /** digits → id of the provider whose shape they have, or '' for none. */
  private readonly shapeOwners = new BoundedMemo<string, string>(4096);

  constructor(
    private readonly index: CatalogueIndex,
    private readonly relevance: ProviderRelevance = { score: () => 1 },
  ) {
    this.hasShapes = index.providers.some((p) => p.shapes.length > 0);
  }

  private mentioned(providerId: string): boolean {
    return this.relevance.score(providerId) > 0;
  }

  /** CatalogueEvidence: a code of three or more digits known for a provider the file mentions. */
  isKnownCodeHere(digits: string): boolean {
    return digits.length >= 3 && this.index.numeric(digits).some((e) => this.mentioned(e.provider.id));
  }

  /**
   * CatalogueEvidence: `PARAMETER_ERROR(414)`, `case parameterError = 414` agree with the catalogue's
   * name of 414; an app's own `BAD_METHOD(405)` or `OK(0)` does not. Names agree when they share a
   * word that says what went wrong (`timeout`, `parameter`), not one that every code has (`error`).
   */
  memberNameAgrees(member: string, digits: string): boolean {
    const words = nameWords(member);
    if (words.length === 0) return false;
    for (const entry of this.index.numeric(digits)) {
      const names = [entry.name, ...(entry.constants ?? []).map((c) => c.name)];
      if (names.some((name) => nameWords(name).some((w) => words.includes(w)))) return true;
    }
    return false;
  }

  /**
   * A plain integer literal (token `t`; its digits are its content bounds). The context judges the
   * token only when the number could be a finding.
   */
  integer(s: LineScanState, t: number): void {
    const b = s.buf;
    const digitsStart = b.contentStart[t]!,
      digitsEnd = b.contentEnd[t]!;
    // 0414: octal or padding, never a code
    if (digitsEnd - digitsStart > 1 && s.text.charCodeAt(digitsStart) === 48) return;
    const start = b.start[t]! - s.lineStart,
      end = b.end[t]! - s.lineStart;
    this.number(s, t, start, end, s.text.slice(digitsStart, digitsEnd), false);
  }

  /** Known codes one edit away; under six digits, only those of a provider the file mentions. */
  private nearMisses(digits: string): readonly string[] {
    const candidates = nearMissNumbers(digits, this.index);
    if (candidates.length === 0 || digits.length >= 6) return candidates;
    const kept = candidates.filter((s) => this.index.numeric(s).some((e) => this.mentioned(e.provider.id)));
    return kept.length === 0 ? NONE : kept;
  }

  /**
   * `digits` of token `token`, found at [start, end) of the line. `inString`: digits as a string's
   * whole content, which are not judged by arithmetic around them.
   */
  private number(s: LineScanState, token: number, start: number, end: number, digits: string, inString: boolean): void {
    if (digits.length > 18) return;
    const out = s.found,
      line = s.line,
      context = s.literalContext;
    if (this.index.hasNumeric(digits)) {
      if (isKnownCodeHere(digits, inString, context, token)) out.push(finding(line, start, end, 'code', digits));
      return;
    }
    // An unknown number is a finding only in a code context: checked first, as most are not in one.
    if (!context.inCodeContext(token)) return;
    const suggestions = digits.length >= 4 ? this.nearMisses(digits) : NONE;
    if (suggestions.length > 0) {
      out.push(finding(line, start, end, 'near-miss-code', digits, suggestions));
      return;
    }
    const provider = this.shapeOwner(digits);
    if (provider !== undefined) out.push(finding(line, start, end, 'undocumented-code', digits, undefined, provider));
  }

  /** The provider whose code shape `digits` has (short numbers: only a mentioned provider), memoised. */
  private shapeOwner(digits: string): string | undefined {
    if (!this.hasShapes) return undefined;
    const owner = this.shapeOwners.get(digits) ?? this.shapeOwners.remember(digits, this.findShapeOwner(digits));
    return owner || undefined;
  }

  private findShapeOwner(digits: string): string {
    const short = digits.length < 6;
    return (
      this.index.providers.find((p) => (!short || this.mentioned(p.id)) && p.shapes.some((s) => s.pattern.test(digits)))
        ?.id ?? ''
    );
  }

  /** String literal `t`: an exact string code, a server message, a number as text, or almost a string code. */
  string(s: LineScanState, t: number): void {
    const b = s.buf,
      out = s.found,
      line = s.line;
    const start = b.start[t]! - s.lineStart,
      end = b.end[t]! - s.lineStart;
    const contentStart = b.contentStart[t]!;
    const content = s.text.slice(contentStart, b.contentEnd[t]);
    if (content.length > 0 && content.length <= 200) {
      if (this.index.hasString(content)) {
        out.push(finding(line, start, end, 'code', content));
        return;
      }
      if (this.index.hasServerMessage(content)) {
        const messages = this.index.serverMessage(content);
        out.push(
          finding(line, start, end, 'server-message', content, undefined, undefined, codeKey(messages[0]!.entry.code)),
        );
        return;
      }
      const opening = this.index.serverMessageOpening(content);
      if (opening !== undefined) {
        const code = codeKey(this.index.serverMessage(opening)[0]!.entry.code);
        out.push(finding(line, start, end, 'server-message', opening, undefined, undefined, code));
        return;
      }
      if (DIGITS.test(content)) {
        // Dart ZIM errors and JSON payloads carry numeric codes as strings: '6000121'.
        const lineStart = s.lineStart;
        this.number(s, t, contentStart - lineStart, b.contentEnd[t]! - lineStart, content, true);
        return;
      }
      if (content.length >= 6 && CODE_LIKE_STRING.test(content)) {
        // Outside a code context only a same-shaped near miss counts: `Error_Timout` does,
        // an i18n key such as 'error_timeout' does not.
        const candidates = nearMissStrings(content, this.index);
        if (candidates.length > 0) {
          const inCodeContext = s.literalContext.inCodeContext(t);
          const shape = shapeOf(content);
          const suggestions = candidates.filter((code) => inCodeContext || shapeOf(code) === shape);
          if (suggestions.length > 0) {
            out.push(finding(line, start, end, 'unknown-string-code', content, suggestions));
            return;
          }
        }
      }
    }
    this.digitRunsIn(s, contentStart, content);
  }

  /** Part of a multi-line string (token `t`): only long known numbers in its text count. */
  stringPart(s: LineScanState, t: number): void {
    const b = s.buf;
    this.digitRunsIn(s, b.contentStart[t]!, s.text.slice(b.contentStart[t], b.contentEnd[t]));
  }

  /**
   * An SDK constant: `ZIMErrorCode.NetworkModuleTokenExpired` (the container must be written, or
   * for a Swift implicit member `.networkModuleTokenExpired` be implied: `implicit`), a distinctive
   * prefixed name such as `ZIMErrorCodeSuccess`, or a name that carries its container
   * (`kNIMResSuccess`, also as `nim::kNIMResSuccess` or `ResponseCode.kNIMResSuccess`). Name token `t`.
   */
  identifier(s: LineScanState, t: number, container: string | undefined, implicit: boolean): void {
    const b = s.buf;
    const name = s.text.slice(b.start[t], b.end[t]);
    for (const match of this.index.constant(name)) {
      if (!constantFits(match, container, implicit)) continue;
      const start = b.start[t]! - s.lineStart,
        end = b.end[t]! - s.lineStart;
      s.found.push(finding(s.line, start, end, 'constant', name, undefined, undefined, codeKey(match.entry.code)));
      return;
    }
  }

  /** A constant of the generated Go constants file (`CommseaseImParameterError`), name token `t`. */
  goConstant(s: LineScanState, t: number): void {
    const b = s.buf;
    const name = s.text.slice(b.start[t], b.end[t]);
    const entry = this.index.goConstant(name);
    if (!entry) return;
    const start = b.start[t]! - s.lineStart,
      end = b.end[t]! - s.lineStart;
    s.found.push(finding(s.line, start, end, 'constant', name, undefined, undefined, codeKey(entry.code)));
  }

  /**
   * Long numbers inside text ("failed with 660300001") are codes where the catalogue knows them.
   * `content` starts at `contentStart` in `s.text`.
   */
  private digitRunsIn(s: LineScanState, contentStart: number, content: string): void {
    if (content.length < 5) return;
    const out = s.found,
      line = s.line,
      lineStart = s.lineStart;
    for (let i = 0; i < content.length; i++) {
      const c = content.charCodeAt(i);
      if (c < 48 || c > 57) continue;
      let j = i + 1;
      while (j < content.length && content.charCodeAt(j) >= 48 && content.charCodeAt(j) <= 57) j++;
      const bounded =
        (i === 0 || !isWordChar(content.charCodeAt(i - 1))) &&
        (j === content.length || !isWordChar(content.charCodeAt(j)));
      if (bounded && j - i >= 5) {
        const digits = content.slice(i, j);
        if (isDistinctiveNumber(digits) && this.index.hasNumeric(digits)) {
          out.push(finding(line, contentStart + i - lineStart, contentStart + j - lineStart, 'code', digits));
        }
      }
      i = j;
    }
  }
}

/**
 * Whether a known number is a code where it stands. A distinctive one (five or more
 * digits, not round) is, unless it is clearly something else and not in a code context:
 * the cheap question first. A short one must stand in a code context; one digit (`0`, `1`)
 * only where it is compared or matched, never merely assigned. Digits in a string are not
 * operands of arithmetic around them: only the code context counts.
 * (A function, not a closure over `digits`: a closure allocated its context on every number,
 * 2.8 MB per 1 MB Dart analysis by the sampling heap profiler; `npm run bench`, "analysis" rows.)
 */
function isKnownCodeHere(digits: string, inString: boolean, context: LiteralContext, token: number): boolean {
  const distinctive = isDistinctiveNumber(digits);
  if (inString && distinctive) return true;
  if (inString || !distinctive)
    return digits.length === 1 ? context.inStrongCodeContext(token) : context.inCodeContext(token);
  return !context.clearlyNotCode(token) || context.inCodeContext(token);
}

/** The case pattern of a name: `Error_Timeout` → `Aa_Aa`. */
const shapeOf = (text: string): string =>
  text
    .replace(/[A-Z]+/g, 'A')
    .replace(/[a-z]+/g, 'a')
    .replace(/[0-9]+/g, '0');

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * A constant after `container` (undefined: bare, after `::`, or implicit) is the catalogue's when the containers
 * agree or the name needs none; an implicit member (`.success`) is never a generated module's name.
 */
function constantFits(match: ConstantMatch, container: string | undefined, implicit: boolean): boolean {
  if (match.container === undefined || match.anyQualifier) return true;
  return implicit ? !match.generated : match.container === container;
}

import type { CatalogueIndex } from '../catalogue/catalogueIndex';
import { BoundedMemo } from '../util/boundedMemo';

/**
 * Known codes of five or more digits one plausible typing slip away from `digits` (itself of
 * five or more digits): one of a run of equal digits dropped or doubled (`66030001` for
 * `660300001`), the last digit dropped or one added at the end, a digit after the first changed,
 * or two neighbours after the first swapped. Dropping or adding any other digit, or changing the
 * first one, reaches a code of another range (`102302` is not `10202`, `1000002` is not `6000002`),
 * which is not a typo. Checks the variants against the index, only of lengths some code has (an
 * 18-digit number builds none), so the cost does not grow with the catalogue.
 */
export function nearMissNumbers(digits: string, index: CatalogueIndex): readonly string[] {
  // The same mistyped number tends to repeat in a file: answers are remembered per index.
  const known = memoFor(numberMemos, index);
  return known.get(digits) ?? known.remember(digits, computeNearMissNumbers(digits, index));
}

type Memos = WeakMap<CatalogueIndex, BoundedMemo<string, readonly string[]>>;
const numberMemos: Memos = new WeakMap();
const stringMemos: Memos = new WeakMap();

function memoFor(memos: Memos, index: CatalogueIndex): BoundedMemo<string, readonly string[]> {
  let memo = memos.get(index);
  if (!memo) memos.set(index, (memo = new BoundedMemo(10000)));
  return memo;
}

/** The lengths of the index's numeric codes: variants of a length no code has are never built. */
const codeLengths = new WeakMap<CatalogueIndex, ReadonlySet<number>>();

function numericCodeLengths(index: CatalogueIndex): ReadonlySet<number> {
  let lengths = codeLengths.get(index);
  if (!lengths) {
    const found = new Set<number>();
    for (const code of index.numericCodes()) found.add(code.length);
    codeLengths.set(index, (lengths = found));
  }
  return lengths;
}

function computeNearMissNumbers(digits: string, index: CatalogueIndex): string[] {
  const found = new Set<string>();
  if (digits.length < 5) return [];
  const lengths = numericCodeLengths(index);
  const consider = (candidate: string) => {
    if (candidate.length >= 5 && candidate.charCodeAt(0) !== 48 && candidate !== digits && index.hasNumeric(candidate))
      found.add(candidate);
  };
  const n = digits.length;
  if (lengths.has(n - 1)) {
    // one of a run dropped (the digit equals a neighbour), or the last digit dropped
    for (let i = 0; i < n; i++)
      if (digits[i] === digits[i - 1] || digits[i] === digits[i + 1] || i === n - 1)
        consider(digits.slice(0, i) + digits.slice(i + 1));
  }
  if (lengths.has(n + 1)) {
    // a digit doubled (inserted next to an equal one), or one more digit at the end
    for (let i = 1; i <= n; i++) consider(digits.slice(0, i) + digits[i - 1] + digits.slice(i));
    for (let d = 0; d <= 9; d++) consider(digits + d);
  }
  if (lengths.has(n)) {
    for (let i = 1; i < n; i++)
      for (let d = 0; d <= 9; d++) if (String(d) !== digits[i]) consider(digits.slice(0, i) + d + digits.slice(i + 1));
    for (let i = 1; i + 1 < n; i++) consider(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2));
  }
  return [...found].sort(
    (a, b) => Math.abs(a.length - digits.length) - Math.abs(b.length - digits.length) || Number(a) - Number(b),
  );
}

/**
 * String codes that `text` probably meant: the same code in another case, or one
 * within edit distance 2 (1 for short codes). Best first.
 */
export function nearMissStrings(text: string, index: CatalogueIndex): readonly string[] {
  // Like numbers, the same misspelling repeats.
  const known = memoFor(stringMemos, index);
  return known.get(text) ?? known.remember(text, computeNearMissStrings(text, index));
}

function computeNearMissStrings(text: string, index: CatalogueIndex): string[] {
  const lower = text.toLowerCase();
  const scored: { code: string; distance: number }[] = [];
  for (const code of index.stringCodesNear(text.length, 2)) {
    if (code === text) return [];
    const limit = code.length >= 8 ? 2 : 1;
    const distance = code.toLowerCase() === lower ? 0.5 : editDistance(text, code, limit);
    if (distance <= limit) scored.push({ code, distance });
  }
  return scored.sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code)).map((s) => s.code);
}

/** Optimal-string-alignment distance (a swap of neighbours costs 1), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = [new Array<number>(b.length + 1), new Array<number>(b.length + 1), new Array<number>(b.length + 1)];
  for (let j = 0; j <= b.length; j++) rows[1]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    const prev2 = rows[0]!,
      prev = rows[1]!,
      cur = rows[2]!;
    cur[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    rows[0] = prev;
    rows[1] = cur;
    rows[2] = prev2;
  }
  return rows[1]![b.length]!;
}

/**
 * Code shapes are regular expressions from catalogue files, matched by a backtracking engine on
 * the event loop: a pattern such as `(\d+)+` or thirteen `\d*` in a row takes exponential or
 * high-polynomial time and would stop the server. Shapes describe the digits of a code, which
 * need neither, so a pattern is refused when
 * - a quantified group holds a variable quantifier or an alternation (`(\d+)+`, `(1|12)*`: exponential), or
 * - it has more than MAX_VARIABLE_QUANTIFIERS quantifiers of variable count (`*`, `+`, `?`,
 *   `{n,}`, `{n,m}`): stacked ones try every split of the input between them.
 * The classifier tests shapes only on numbers of at most 18 digits, so every accepted pattern
 * runs in bounded time.
 */
export const MAX_VARIABLE_QUANTIFIERS = 3;

interface Group {
  /** Quantifiers of variable count inside it. */
  quantifiers: number;
  alternation: boolean;
}

/** Why a shape pattern is refused, or undefined when it is safe to run. */
export function unsafePatternReason(pattern: string): string | undefined {
  const groups: Group[] = [{ quantifiers: 0, alternation: false }];
  let variable = 0;
  /** What the last atom was: a closed group (with what it held), another atom, or nothing to quantify. */
  let last: Group | 'atom' | undefined;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    const quantifier = quantifierAt(pattern, i);
    if (quantifier) {
      if (last && last !== 'atom' && (last.quantifiers > 0 || last.alternation))
        return 'a quantified group holds a quantifier of variable count or an alternation (exponential matching time)';
      if (quantifier.variable && ++variable > MAX_VARIABLE_QUANTIFIERS)
        return `more than ${MAX_VARIABLE_QUANTIFIERS} quantifiers of variable count (stacked quantifiers take polynomial time)`;
      if (quantifier.variable) for (const g of groups) g.quantifiers++;
      i += quantifier.length - 1;
      if (pattern[i + 1] === '?') i++; // lazy
      last = undefined;
      continue;
    }
    if (c === '\\') {
      i++;
      last = 'atom';
    } else if (c === '[') {
      i = classEnd(pattern, i);
      last = 'atom';
    } else if (c === '(') {
      groups.push({ quantifiers: 0, alternation: false });
      // `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!`, `(?<name>`: the prefix is not an atom.
      if (pattern[i + 1] === '?') {
        const named = pattern[i + 2] === '<' && pattern[i + 3] !== '=' && pattern[i + 3] !== '!';
        i = named ? Math.max(i + 2, pattern.indexOf('>', i)) : i + (pattern[i + 2] === '<' ? 3 : 2);
      }
      last = undefined;
    } else if (c === ')') {
      const group = groups.length > 1 ? groups.pop()! : undefined;
      if (group?.alternation) for (const g of groups) g.alternation = true;
      last = group ?? 'atom';
    } else if (c === '|') {
      groups[groups.length - 1]!.alternation = true;
      last = undefined;
    } else {
      last = c === '^' || c === '$' ? undefined : 'atom';
    }
  }
  return undefined;
}

function quantifierAt(pattern: string, i: number): { length: number; variable: boolean } | undefined {
  const c = pattern[i];
  if (c === '*' || c === '+' || c === '?') return { length: 1, variable: true };
  if (c !== '{') return undefined;
  const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i, i + 24));
  if (!m) return undefined;
  return { length: m[0].length, variable: m[2] !== undefined && m[3] !== m[1] };
}

/** The index of the `]` that closes the character class opened at `start`. */
function classEnd(pattern: string, start: number): number {
  let i = start + 1;
  if (pattern[i] === '^') i++;
  if (pattern[i] === ']') i++;
  for (; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === ']') return i;
  }
  return pattern.length;
}

import type { Provider } from './catalogueTypes';

/** One provider hint (`zim`, `SignatureNonce`) and where it counts: the whole word, in any case. */
interface Hint {
  readonly text: string;
  /** Anchored at a candidate position (sticky): the hint there, not inside a longer word. */
  readonly at: RegExp;
}

const wordBefore = '(?<![A-Za-z0-9])';
const wordAfter = '(?![a-z0-9])';

/**
 * Scores the providers by the file hints found in a text: each hint found adds its weight (2 for a
 * hint of one provider only, 1 for one several share). One pass of a pattern of all hints finds
 * the places where any may start, and only there is each hint tried: a pattern per hint would read
 * the text once per hint, most of the cost of checking a file that names no provider at all.
 */
export class FileHintScores {
  private readonly hints: readonly Hint[];
  private readonly anyHint: RegExp | undefined;
  private readonly weights: readonly { readonly provider: Provider; readonly weights: Map<string, number> }[];

  constructor(providers: readonly Provider[]) {
    const owners = new Map<string, number>();
    for (const p of providers)
      for (const h of new Set(p.fileHints.map((x) => x.toLowerCase()))) owners.set(h, (owners.get(h) ?? 0) + 1);
    this.weights = providers.map((provider) => ({
      provider,
      weights: new Map(
        [...new Set(provider.fileHints)].map((hint) => [hint, owners.get(hint.toLowerCase()) === 1 ? 2 : 1]),
      ),
    }));
    const texts = [...new Set(providers.flatMap((p) => p.fileHints))].filter((h) => h.length > 0);
    this.hints = texts.map((text) => ({
      text,
      at: new RegExp(`${wordBefore}${escapeRegExp(text)}${wordAfter}`, 'iy'),
    }));
    this.anyHint = texts.length
      ? new RegExp(`${wordBefore}(?:${texts.map(escapeRegExp).join('|')})${wordAfter}`, 'gi')
      : undefined;
  }

  /** The score of each provider with at least one hint in `text`. */
  scores(text: string): Map<string, number> {
    const found = this.found(text);
    const scores = new Map<string, number>();
    for (const { provider, weights } of this.weights) {
      let score = 0;
      for (const [hint, weight] of weights) if (found.has(hint)) score += weight;
      if (score > 0) scores.set(provider.id, score);
    }
    return scores;
  }

  private found(text: string): Set<string> {
    const found = new Set<string>();
    const any = this.anyHint;
    if (!any) return found;
    any.lastIndex = 0;
    for (let m = any.exec(text); m && found.size < this.hints.length; m = any.exec(text)) {
      // Several hints may start at one place (`nim`, `nim-web-sdk`): try each there.
      for (const hint of this.hints) {
        if (found.has(hint.text)) continue;
        hint.at.lastIndex = m.index;
        if (hint.at.test(text)) found.add(hint.text);
      }
      any.lastIndex = m.index + 1;
    }
    return found;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

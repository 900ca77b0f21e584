import { nameSlot, TokenKind, type TokenBuffer } from './tokens';

/**
 * Marks the names among tokens [from, out.length) that `out.nameFilter` asks for (catalogue
 * constant names, by length and first letter), so the reader looks up only those. A pass of its
 * own after `lexLine`: the lexer knows nothing of catalogues. `text` is the line's source string.
 */
export function markNames(out: TokenBuffer, from: number, text: string): void {
  const filter = out.nameFilter;
  if (filter === undefined) return;
  const kind = out.kind,
    start = out.start,
    end = out.end;
  for (let t = from; t < out.length; t++) {
    if (kind[t] !== TokenKind.Identifier) continue;
    const s = start[t]!;
    if (filter[nameSlot(end[t]! - s, text.charCodeAt(s))] === 1) out.mark(t);
  }
}

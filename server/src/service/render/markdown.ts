/**
 * Catalogue text is data, never markup: user catalogues come from repositories the
 * user may not trust. Everything is escaped so that `[x](command:...)`, raw HTML and
 * emphasis render as the literal characters.
 */
export function escapeMarkdown(text: string): string {
  const escaped = text.replace(/[\\`*_[\]<>&|~]/g, (c) =>
    c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`,
  );
  // Block syntax only matters at the start of a line: headings, lists, quotes.
  return escaped.replace(/^(\s*)([#>+-]|\d+[.)])/gm, (_m, space: string, mark: string) => `${space}\\${mark}`);
}

/** A link only for http(s) addresses; anything else (command:, file:, javascript:) becomes plain text. */
export function safeLink(label: string, url: string | undefined): string {
  if (!url || !/^https?:\/\/[^\s()<>]+$/.test(url)) return url ? escapeMarkdown(`${label}: ${url}`) : '';
  return `[${escapeMarkdown(label)}](${url})`;
}

/** Inline code that cannot be broken out of. */
export function inlineCode(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${text.replace(/\r?\n/g, ' ')}${fence}`;
}

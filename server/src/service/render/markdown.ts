/**
 * Catalogue text is data, never markup: user catalogues come from repositories the
 * user may not trust. Everything is escaped so that `[x](command:...)`, raw HTML and
 * emphasis render as the literal characters.
 *
 * Escaped text is always one line: every line break becomes a space, since a blank line
 * (`\n\n`, `\r\r`, `\r\n\r\n`) would end the paragraph or list item around it and start
 * block syntax of its own. White space around it is dropped (four leading spaces make a code block).
 */
export function escapeMarkdown(text: string): string {
  const escaped = oneLine(text)
    .trim()
    .replace(/[\\`*_[\]<>&|~:@]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
  // Block syntax only matters at the start of the text: headings, lists, quotes, thematic breaks.
  // `www.` would be linked by GFM's autolinks (`:` and `@` are escaped above for `http://` and mail).
  return escaped.replace(/^([#>+=-]|\d+[.)])/, '\\$1').replace(/\b(www)\./gi, '$1\\.');
}

/** A link only for http(s) addresses; anything else (command:, file:, javascript:) becomes plain text. */
export function safeLink(label: string, url: string | undefined): string {
  if (!url || !/^https?:\/\/[^\s()<>]+$/.test(url)) return url ? escapeMarkdown(`${label}: ${url}`) : '';
  return `[${escapeMarkdown(label)}](${url})`;
}

/**
 * Inline code that cannot be broken out of: the fence is longer than any run of backticks
 * in the text (a run as long as the fence would close the span early), and line breaks
 * become spaces (a blank line would end the paragraph before the span closes).
 */
export function inlineCode(text: string): string {
  const content = oneLine(text);
  if (content === '') return '';
  let longest = 0;
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  // A span strips one space at each end when both ends are spaces, and needs one beside a backtick.
  const pad = content.startsWith('`') || content.endsWith('`') || /^ .*[^ ].* $/s.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** Every line break markdown knows (CommonMark: `\r\n`, `\r`, `\n`) and the Unicode separators, as one space. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

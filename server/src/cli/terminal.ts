/** Terminal styles, or none: colours only on a TTY, and never when NO_COLOR is set (no-color.org). */
export interface Styles {
  readonly bold: (s: string) => string;
  readonly italic: (s: string) => string;
  readonly code: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly accent: (s: string) => string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const plain = (s: string) => s;

export function stylesFor(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Styles {
  const colour = stream.isTTY === true && !(env.NO_COLOR !== undefined && env.NO_COLOR !== '');
  if (!colour) return { bold: plain, italic: plain, code: plain, dim: plain, accent: plain };
  return { bold: wrap(1, 22), italic: wrap(3, 23), code: wrap(36, 39), dim: wrap(2, 22), accent: wrap(33, 39) };
}

/**
 * The markdown the service renders for hovers, as terminal text: emphasis and code become
 * styles, escapes and entities their characters, `[label](url)` "label: url". The hover text
 * is the single description of an entry; the terminal shows the same words.
 */
export function markdownToTerminal(markdown: string, styles: Styles): string {
  let out = '';
  let bold = false;
  let italic = false;
  let i = 0;
  const emphasis = (text: string) => {
    let s = text;
    if (italic) s = styles.italic(s);
    if (bold) s = styles.bold(s);
    return s;
  };
  let run = '';
  const flush = () => {
    out += emphasis(run);
    run = '';
  };
  while (i < markdown.length) {
    const c = markdown[i]!;
    if (c === '\\' && i + 1 < markdown.length) {
      run += markdown[i + 1];
      i += 2;
    } else if (c === '&') {
      const entity = /^&(lt|gt|amp);/.exec(markdown.slice(i, i + 5));
      run += entity ? { lt: '<', gt: '>', amp: '&' }[entity[1] as 'lt' | 'gt' | 'amp'] : c;
      i += entity ? entity[0].length : 1;
    } else if (c === '`') {
      const fence = markdown.startsWith('``', i) ? '``' : '`';
      const end = markdown.indexOf(fence, i + fence.length);
      if (end < 0) {
        run += c;
        i++;
        continue;
      }
      flush();
      out += styles.code(markdown.slice(i + fence.length, end));
      i = end + fence.length;
    } else if (c === '*') {
      flush();
      if (markdown.startsWith('**', i)) {
        bold = !bold;
        i += 2;
      } else {
        italic = !italic;
        i++;
      }
    } else if (c === '[') {
      const link = /^\[((?:\\.|[^\]\\])*)\]\((https?:\/\/[^\s()<>]+)\)/.exec(markdown.slice(i));
      if (!link) {
        run += c;
        i++;
        continue;
      }
      run += `${link[1]!.replace(/\\(.)/g, '$1')}: `;
      flush();
      out += styles.accent(link[2]!);
      i += link[0].length;
    } else {
      run += c;
      i++;
    }
  }
  flush();
  return out;
}

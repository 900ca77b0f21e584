import type { ConstantsLanguage } from '../../protocol';

// Catalogue text (user catalogues included) written into source code: each language gets the
// escapes its compiler accepts, so no message or code can end a comment or string early, start
// a Java unicode escape, or put a byte in the file that a compiler refuses (NUL, lone surrogates).

const REPLACEMENT = '\ufffd';

/** Control characters, lone surrogates and the BOM: never written raw into a source file. */
/* eslint-disable no-control-regex -- finding control characters is the point */
const UNWRITABLE =
  /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */

/** Languages whose doc comments are block comments (`/** ... *\/`). */
const BLOCK_COMMENTS: ReadonlySet<ConstantsLanguage> = new Set(['typescript', 'javascript', 'java', 'kotlin']);

/**
 * Catalogue text inside a one-line comment of `language`: whitespace collapsed, unwritable
 * characters replaced, `/*` and `*\/` broken (Kotlin block comments nest, so an opening one
 * counts too), and in Java `\u` broken (javac decodes unicode escapes even in comments).
 */
export function commentText(text: string, language: ConstantsLanguage): string {
  let out = text.replace(/\s+/g, ' ').trim().replace(UNWRITABLE, REPLACEMENT);
  if (BLOCK_COMMENTS.has(language)) out = out.replace(/\*\//g, '* /').replace(/\/\*/g, '/ *');
  if (language === 'java') out = out.replace(/\\u/g, '\\ u');
  return out;
}

const fitsInt = (n: number): boolean => n >= -2147483648 && n <= 2147483647;

/** Java's type for a code: `String`, `int` or `long`. */
export const javaType = (code: number | string): string =>
  typeof code === 'string' ? 'String' : fitsInt(code) ? 'int' : 'long';

/** A literal for the code in `language`. */
export function codeLiteral(code: number | string, language: ConstantsLanguage): string {
  if (typeof code === 'number')
    return (language === 'java' || language === 'kotlin') && !fitsInt(code) ? `${code}L` : String(code);
  let out = '"';
  for (const ch of code) out += escapeChar(ch, language);
  return `${out}"`;
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** One character (a code point) of a double-quoted string literal. */
function escapeChar(ch: string, language: ConstantsLanguage): string {
  const short = SHORT_ESCAPES[ch];
  if (short) return short;
  if (ch === '$' && (language === 'kotlin' || language === 'dart')) return '\\$';
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x20 && cp < 0x7f) return ch;
  const lone = cp >= 0xd800 && cp <= 0xdfff;
  switch (language) {
    case 'java':
      // A \u escape is decoded before the string is read: \u000a would end the line. Octal is safe.
      return cp < 0x80 ? `\\${cp.toString(8).padStart(3, '0')}` : utf16Escapes(ch);
    case 'swift':
      return `\\u{${(lone ? 0xfffd : cp).toString(16)}}`;
    case 'go':
      if (lone) return '\\ufffd';
      return cp > 0xffff ? `\\U${cp.toString(16).padStart(8, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
    case 'python':
      return cp > 0xffff ? `\\U${cp.toString(16).padStart(8, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
    default:
      // TypeScript, JavaScript, Kotlin and Dart strings are UTF-16: one \u escape per unit.
      return utf16Escapes(ch);
  }
}

function utf16Escapes(ch: string): string {
  let out = '';
  for (let i = 0; i < ch.length; i++) out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

const SWIFT_KEYWORDS = new Set(
  'associatedtype class deinit enum extension fileprivate func import init inout internal let open operator private precedencegroup protocol public rethrows static struct subscript typealias var break case catch continue default defer do else fallthrough for guard if in repeat return throw switch where while as false is nil self super throws true try'.split(
    ' ',
  ),
);
const DART_RESERVED = new Set(
  'assert break case catch class const continue default do else enum extends false final finally for if in is new null rethrow return super switch this throw true try var void while with'.split(
    ' ',
  ),
);

/** A member name that is not a keyword of Swift (escaped in backticks) or Dart (`_` appended). */
export function unreserved(name: string, language: 'swift' | 'dart'): string {
  if (language === 'swift') return SWIFT_KEYWORDS.has(name) ? `\`${name}\`` : name;
  return DART_RESERVED.has(name) ? `${name}_` : name;
}

/** Lexical facts about each supported language: enough to skip comments and find literals. */
export interface LexicalSyntax {
  /** Family name, used by context rules that differ per language. */
  readonly family: LanguageFamily;
  readonly lineComments: readonly string[];
  readonly blockComment?: readonly [open: string, close: string];
  /** Swift, Kotlin, Dart and Rust allow nested block comments. */
  readonly nestedBlockComments: boolean;
  /** Characters that open a single-line string. */
  readonly quotes: string;
  /** Quote characters whose strings may span lines (JS templates, Go raw strings). */
  readonly multiLineQuotes: string;
  /** `"""` (and `'''` where `'` is a quote) open multi-line strings. */
  readonly tripleQuotes: boolean;
  /** JavaScript regular-expression literals must be skipped as a whole. */
  readonly regexLiterals: boolean;
  /** A `#` line comment only counts at line start or after white space (YAML). */
  readonly hashNeedsSpace: boolean;
  /**
   * Quotes a string prefix may stand before (`r"..."`, `f'...'`, `b"..."`: up to three of the
   * letters r, b, u, f); empty where names never prefix strings.
   */
  readonly stringPrefixQuotes: string;
  /** `\` escapes inside backtick strings (JavaScript templates; Go's raw strings have none). */
  readonly backtickEscapes: boolean;
  /** `'a` is a lifetime, not an unclosed character (Rust). */
  readonly lifetimes: boolean;
  /** `@"..."` is a verbatim string, `""` inside it a quote (C#). */
  readonly verbatimStrings: boolean;
  /** The comment syntax used when we write a comment into the file. */
  readonly commentStyle: { readonly line?: string; readonly block?: readonly [string, string] };
}

export type LanguageFamily =
  | 'javascript'
  | 'java'
  | 'kotlin'
  | 'swift'
  | 'objc'
  | 'dart'
  | 'go'
  | 'csharp'
  | 'c'
  | 'php'
  | 'rust'
  | 'python'
  | 'ruby'
  | 'json'
  | 'yaml'
  | 'plain';

/** What every language shares unless it says otherwise. */
const BASE_SYNTAX: Omit<LexicalSyntax, 'family' | 'lineComments' | 'commentStyle'> = {
  nestedBlockComments: false,
  quotes: '"\'',
  multiLineQuotes: '',
  tripleQuotes: false,
  regexLiterals: false,
  hashNeedsSpace: false,
  stringPrefixQuotes: '',
  backtickEscapes: false,
  lifetimes: false,
  verbatimStrings: false,
};

const cLike = (family: LanguageFamily, extra: Partial<LexicalSyntax> = {}): LexicalSyntax => ({
  ...BASE_SYNTAX,
  family,
  lineComments: ['//'],
  blockComment: ['/*', '*/'],
  commentStyle: { line: '//', block: ['/*', '*/'] },
  ...extra,
});

const hashCommented = (family: LanguageFamily, extra: Partial<LexicalSyntax> = {}): LexicalSyntax => ({
  ...BASE_SYNTAX,
  family,
  lineComments: ['#'],
  commentStyle: { line: '#' },
  ...extra,
});

const javascript = cLike('javascript', {
  quotes: '"\'`',
  multiLineQuotes: '`',
  regexLiterals: true,
  backtickEscapes: true,
});
const nested = { nestedBlockComments: true, tripleQuotes: true } as const;

const SYNTAX_BY_LANGUAGE: Readonly<Record<string, LexicalSyntax>> = {
  javascript,
  javascriptreact: javascript,
  typescript: javascript,
  typescriptreact: javascript,
  vue: javascript,
  svelte: javascript,
  java: cLike('java', { tripleQuotes: true }),
  kotlin: cLike('kotlin', nested),
  swift: cLike('swift', nested),
  'objective-c': cLike('objc'),
  'objective-cpp': cLike('objc'),
  dart: cLike('dart', { ...nested, stringPrefixQuotes: '"\'' }),
  go: cLike('go', { quotes: '"\'`', multiLineQuotes: '`' }),
  csharp: cLike('csharp', { tripleQuotes: true, verbatimStrings: true }),
  c: cLike('c'),
  cpp: cLike('c'),
  php: cLike('php', { lineComments: ['//', '#'] }),
  rust: cLike('rust', { nestedBlockComments: true, stringPrefixQuotes: '"', lifetimes: true }),
  python: hashCommented('python', { tripleQuotes: true, stringPrefixQuotes: '"\'' }),
  ruby: hashCommented('ruby'),
  json: { ...cLike('json', { quotes: '"' }), lineComments: [], blockComment: undefined, commentStyle: {} },
  jsonc: cLike('json', { quotes: '"' }),
  yaml: hashCommented('yaml', { hashNeedsSpace: true }),
  plaintext: { ...hashCommented('plain', { quotes: '"' }), lineComments: [], commentStyle: {} },
  log: { ...hashCommented('plain', { quotes: '"' }), lineComments: [], commentStyle: {} },
};

/** The syntax for a language id; unknown ids are read as plain text (no comments). */
export function syntaxFor(languageId: string): LexicalSyntax {
  // Own properties only: a language id such as `constructor` or `__proto__` is an unknown language.
  return Object.hasOwn(SYNTAX_BY_LANGUAGE, languageId)
    ? SYNTAX_BY_LANGUAGE[languageId]!
    : SYNTAX_BY_LANGUAGE.plaintext!;
}

/** Language ids the scanner knows. */
export const KNOWN_LANGUAGE_IDS: readonly string[] = Object.keys(SYNTAX_BY_LANGUAGE);

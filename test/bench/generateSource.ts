import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Generates realistic IM error-handling source for benchmarks and fuzzing: real codes
 * from data/, near-misses, switches, comparisons, loops, strings and comments, in the
 * idiom of each language. Deterministic for a given seed.
 */
export const BENCH_LANGUAGES = ['typescript', 'java', 'kotlin', 'python', 'go', 'swift', 'dart'] as const;
export type BenchLanguage = (typeof BENCH_LANGUAGES)[number];

interface Codes {
  readonly numeric: readonly number[];
  readonly long: readonly number[];
  readonly strings: readonly string[];
  readonly constants: readonly string[];
  readonly messages: readonly string[];
}

const DATA_DIR = path.resolve(__dirname, '..', '..', '..', 'data');
let cachedCodes: Codes | undefined;

/** Codes, constants and server messages of the built-in catalogues. */
export function catalogueCodes(): Codes {
  if (cachedCodes) return cachedCodes;
  const numeric: number[] = [],
    strings: string[] = [],
    constants: string[] = [],
    messages: string[] = [];
  for (const name of fs
    .readdirSync(DATA_DIR)
    .filter((n) => n.endsWith('.json') && n !== 'catalogue.schema.json')
    .sort()) {
    const file = JSON.parse(fs.readFileSync(path.join(DATA_DIR, name), 'utf8')) as {
      entries: { code: number | string; constants?: { name: string }[]; serverMessages?: { text: string }[] }[];
    };
    for (const e of file.entries) {
      if (typeof e.code === 'number') numeric.push(e.code);
      else strings.push(e.code);
      for (const c of e.constants ?? []) constants.push(c.name);
      for (const m of e.serverMessages ?? []) if (!/["'\\\n]/.test(m.text)) messages.push(m.text);
    }
  }
  cachedCodes = { numeric, long: numeric.filter((n) => n >= 10000), strings, constants, messages };
  return cachedCodes;
}

/** A small, fast, seeded PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A known code of five or more digits with one digit changed: what a typo looks like. */
function nearMiss(code: number, rnd: () => number): number {
  const s = String(code);
  const i = 1 + Math.floor(rnd() * (s.length - 1));
  const d = (Number(s[i]) + 1 + Math.floor(rnd() * 8)) % 10;
  return Number(s.slice(0, i) + d + s.slice(i + 1));
}

interface Pieces {
  readonly code: number;
  readonly code2: number;
  readonly miss: number;
  readonly str: string;
  readonly constant: string;
  readonly message: string;
  readonly n: number;
  readonly name: string;
}

type Template = (p: Pieces) => string;

const TEMPLATES: Record<BenchLanguage, readonly Template[]> = {
  typescript: [
    (p) =>
      `// Handles the result of ${p.name}: retries on transient codes.\nexport async function ${p.name}(zim: ZIM, err: ZIMError): Promise<boolean> {\n  if (err.code === ${p.code}) {\n    logger.warn('retrying after ${p.code}', { attempt: ${p.n} });\n    return true;\n  }\n  if (err.code == ${p.miss}) return false;\n  return [${p.code}, ${p.code2}].includes(err.code);\n}\n`,
    (p) =>
      `function describe${p.n}(e: { code: number; message: string }): string {\n  switch (e.code) {\n    case ${p.code}:\n      return 'room closed';\n    case ${p.code2}:\n    case ${p.miss}:\n      return \`code \${e.code}: \${e.message}\`;\n    default:\n      return 'unknown';\n  }\n}\n`,
    (p) =>
      `/*\n * Web SDK errors come as strings, e.g. '${p.str}'.\n */\nif (error.code === '${p.str}') { showToast("${p.message}"); }\nconst RETRYABLE_CODES = [${p.code}, ${p.code2}];\nfor (let i = 0; i < ${p.n}; i++) { buffer.push(i * 31 + ${p.n}); }\n`,
    (p) =>
      `const ${p.name.toUpperCase()}_CODE = ${p.code};\nif (result.errorCode === ZIMErrorCode.${p.constant}) { await zim.login(user, { token, isOfflineLogin: false }); }\nconst url = \`https://api.example.com/v1/items/\${id}?limit=${p.n}\`;\nconst pattern = /^[a-z]+\\d{3}$/i;\n`,
  ],
  java: [
    (p) =>
      `    // Called on the IM callback thread.\n    public void onFailed(int code) {\n        if (code == ${p.code}) {\n            Log.w(TAG, "kicked: " + code);\n            return;\n        }\n        switch (code) {\n            case ${p.code2}:\n                retry(${p.n});\n                break;\n            case ${p.miss}:\n                break;\n            default:\n                Log.e(TAG, "failed ${p.code}");\n        }\n    }\n`,
    (p) =>
      `    private static final int ${p.name.toUpperCase()}_CODE = ${p.code};\n    /** Buffer of ${p.n} messages. */\n    private final List<Integer> retryCodes = Arrays.asList(${p.code}, ${p.code2});\n    for (int i = 0; i < ${p.n}; i++) { total += sizes[i] * 1024L; }\n`,
    (p) =>
      `    if (e.getCode() != ${p.code2} && "${p.str}".equals(e.getName())) {\n        throw new IllegalStateException("${p.message}");\n    }\n`,
  ],
  kotlin: [
    (p) =>
      `    fun handle${p.n}(errorCode: Int): String = when (errorCode) {\n        ${p.code} -> "room does not exist"\n        ${p.code2}, ${p.miss} -> "retry later"\n        else -> "code $errorCode"\n    }\n`,
    (p) =>
      `    /* Nested /* comments */ are fine in Kotlin. */\n    val retryCodes = setOf(${p.code}, ${p.code2})\n    if (error.code in retryCodes || error.code == ${p.code}) scheduleRetry(delayMs = ${p.n * 100})\n    repeat(${p.n}) { i -> buffer.add(i) }\n`,
    (p) =>
      `    if (error.code == ZIMErrorCode.${p.constant}) {\n        Log.d(TAG, """multi-line\n            diagnostic ${p.n}\n        """)\n    }\n`,
  ],
  python: [
    (p) =>
      `def ${p.name}(resp):\n    """Checks the ZIM server API response ${p.n}."""\n    code = resp.get("code")\n    if code == ${p.code}:\n        return retry(${p.n})\n    if code in (${p.code2}, ${p.miss}):\n        raise ImError(code, "${p.message}")\n    return resp["data"][${p.n % 7}]\n\n`,
    (p) =>
      `# Codes we treat as transient: ${p.code}, ${p.code2}.\nRETRYABLE_CODES = [${p.code}, ${p.code2}]\nfor i in range(${p.n}):\n    total += i * ${p.n}\nmatch error_code:\n    case ${p.code}:\n        pass\n    case _:\n        log.warning('unexpected %s', error_code)\n\n`,
  ],
  go: [
    (p) =>
      `// ${p.name} maps an IM error to an HTTP status.\nfunc ${p.name}(resp *Response) int {\n\tswitch resp.Code {\n\tcase ${p.code}:\n\t\treturn http.StatusNotFound\n\tcase ${p.code2}, ${p.miss}:\n\t\treturn http.StatusTooManyRequests\n\t}\n\tif resp.ErrorCode == ${p.code} {\n\t\tlog.Printf("code %d: %s", resp.Code, \`${p.message}\`)\n\t}\n\treturn ${p.n}\n}\n\n`,
    (p) =>
      `var retryCodes = []int{${p.code}, ${p.code2}}\n\nfunc loop${p.n}() {\n\tfor i := 0; i < ${p.n}; i++ {\n\t\tbuf = append(buf, byte(i))\n\t}\n\tconst ${p.name}Code = ${p.code}\n}\n\n`,
  ],
  swift: [
    (p) =>
      `    // ZIM callback for ${p.name}.\n    func handle(_ error: ZIMError) {\n        switch error.code.rawValue {\n        case ${p.code}:\n            reconnect(after: ${p.n})\n        case ${p.code2}, ${p.miss}:\n            print("retry \\(error.code)")\n        default:\n            break\n        }\n        if error.code == .${p.constant} { showAlert("${p.message}") }\n    }\n`,
    (p) =>
      `    let retryCodes: Set<Int> = [${p.code}, ${p.code2}]\n    for i in 0..<${p.n} { total += i * 8 }\n    /* nested /* block */ comment */\n    let text = """\n    multi-line ${p.n}\n    """\n`,
  ],
  dart: [
    (p) =>
      `  // Dart ZIM errors carry the code as a string.\n  void on${p.n}(PlatformException e) {\n    if (e.code == '${p.code}') {\n      retry(${p.n});\n    } else if (e.code == '${p.miss}') {\n      log('near miss');\n    }\n    switch (errorCode) {\n      case ${p.code2}:\n        break;\n    }\n  }\n`,
    (p) =>
      `  static const retryCodes = [${p.code}, ${p.code2}];\n  final zimErrorCode = ZIMErrorCode.${p.constant};\n  for (var i = 0; i < ${p.n}; i++) { sum += i; }\n  final s = r'raw \\d+ string ${p.n}';\n`,
  ],
};

const WRAP: Record<BenchLanguage, { readonly head: string; readonly tail: string; readonly indent: boolean }> = {
  typescript: { head: "import { ZIM, ZIMError, ZIMErrorCode } from 'zego-zim-web';\n\n", tail: '', indent: false },
  java: {
    head: 'package com.example.im;\n\nimport com.netease.nimlib.sdk.ResponseCode;\n\npublic class ImErrors {\n',
    tail: '}\n',
    indent: true,
  },
  kotlin: {
    head: 'package com.example.im\n\nimport im.zego.zim.enums.ZIMErrorCode\n\nclass ImErrors {\n',
    tail: '}\n',
    indent: true,
  },
  python: { head: '"""ZIM server API client."""\nimport requests\n\n', tail: '', indent: false },
  go: { head: 'package zim\n\nimport (\n\t"log"\n\t"net/http"\n)\n\n', tail: '', indent: false },
  swift: { head: 'import ZIM\n\nfinal class ImErrors {\n', tail: '}\n', indent: true },
  dart: { head: "import 'package:zego_zim/zego_zim.dart';\n\nclass ImErrors {\n", tail: '}\n', indent: true },
};

const WORDS = [
  'login',
  'sendMessage',
  'joinRoom',
  'queryHistory',
  'createGroup',
  'kickUser',
  'uploadFile',
  'refreshToken',
  'callInvite',
  'syncConversations',
];

/** Source text of about `targetChars` characters in `language`. */
export function generateSource(language: BenchLanguage, targetChars: number, seed = 1): string {
  const rnd = random(seed);
  const codes = catalogueCodes();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const wrap = WRAP[language];
  const templates = TEMPLATES[language];
  const parts: string[] = [wrap.head];
  let size = wrap.head.length + wrap.tail.length;
  let k = 0;
  while (size < targetChars) {
    const code = rnd() < 0.6 ? pick(codes.long) : pick(codes.numeric);
    const piece = pick(templates)({
      code,
      code2: pick(codes.numeric),
      miss: nearMiss(pick(codes.long), rnd),
      str: pick(codes.strings),
      constant: pick(codes.constants),
      message: pick(codes.messages),
      n: 1 + Math.floor(rnd() * 500),
      name: `${pick(WORDS)}${k++}`,
    });
    parts.push(piece);
    size += piece.length;
  }
  parts.push(wrap.tail);
  return parts.join('');
}

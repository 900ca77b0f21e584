const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The lowercased words of a code name, constant or string code, by separators, case humps and digits:
 * `ERROR_TIMEOUT` → error, timeout; `NetworkModuleTokenExpired` → network, module, token, expired;
 * `kNIMResSuccess` → k, nim, res, success. A hand-written scan: it runs for every name of a catalogue.
 */
export function nameWords(name: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : 0;
    if (start >= 0) {
      const p = name.charCodeAt(i - 1);
      const boundary =
        !(isUpper(c) || isLower(c) || isDigit(c)) ||
        isDigit(c) !== isDigit(p) ||
        (isUpper(c) && isLower(p)) ||
        // `NIMRes`: the last capital of a run starts the next word.
        (isLower(c) && isUpper(p) && i - 1 > start && isUpper(name.charCodeAt(i - 2)));
      if (!boundary) continue;
      const end = isLower(c) && isUpper(p) ? i - 1 : i;
      words.push(name.slice(start, end).toLowerCase());
      start = end < i ? end : -1;
    }
    if (start < 0 && (isUpper(c) || isLower(c) || isDigit(c))) start = i;
  }
  return words;
}

/** What a typed word is matched as: lowercased letters and digits (`ROOM_NOT`, `roomNot` → `roomnot`). */
export function normalizedQuery(word: string): string {
  return word.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Whether the name has a word from which on its words, joined, start with the query:
 * `roomnot` matches ROOM_NOT_EXIST, `tokenexp` and `token` match NETWORK_TOKEN_EXPIRED.
 */
export function nameMatches(name: string, query: string): boolean {
  const words = nameWords(name);
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let j = i; j < words.length && joined.length < query.length; j++) joined += words[j];
    if (joined.startsWith(query)) return true;
  }
  return false;
}

export const isDigits = (word: string): boolean => /^[0-9]+$/.test(word);

import type { CatalogueIndex } from '../catalogue/catalogueIndex';
import { editDistance } from './nearMiss';
import { sdkConstantsByContainer } from './sdkConstants';

/**
 * Languages where a misspelt member of an SDK enum (`ZIMErrorCode.NetworkModuleTokenExpird`) is
 * not caught by a compiler first: it is undefined at run time, and a comparison with it is silently
 * false. TypeScript, Java, Kotlin, Swift, Dart... report it themselves, so they get no warning.
 */
const UNCHECKED_LANGUAGES = new Set([
  'javascript',
  'javascriptreact',
  'python',
  'ruby',
  'php',
  'plaintext',
  'log',
  'yaml',
  'json',
  'jsonc',
]);

export const checksMembersOf = (languageId: string): boolean => UNCHECKED_LANGUAGES.has(languageId);

const cache = new WeakMap<CatalogueIndex, ReadonlyMap<string, ReadonlySet<string>>>();

/** Member names per SDK container (`ZIMErrorCode` → Success, NetworkModuleTokenExpired, ...), every language. */
function membersByContainer(index: CatalogueIndex): ReadonlyMap<string, ReadonlySet<string>> {
  let map = cache.get(index);
  if (!map) {
    const built = new Map<string, Set<string>>();
    for (const [container, constants] of sdkConstantsByContainer(index)) {
      built.set(container, new Set(constants.map((c) => c.name)));
    }
    cache.set(index, (map = built));
  }
  return map;
}

/** Whether `name` is an SDK container the catalogue knows (`ZIMErrorCode`, `NIMResCode`). */
export function isKnownContainer(index: CatalogueIndex, name: string): boolean {
  return membersByContainer(index).has(name);
}

/**
 * The members of `container` that `member` probably meant, best first: the spellings of the
 * document's language where the catalogue has them; empty when `member` is a member (of any
 * language) or none is near (an edit distance of 2, 1 for short names).
 */
export function nearMembers(
  index: CatalogueIndex,
  container: string,
  member: string,
  languageId: string,
): readonly string[] {
  const members = membersByContainer(index).get(container);
  if (!members || members.has(member)) return [];
  const constants = sdkConstantsByContainer(index).get(container) ?? [];
  const own = constants.filter((c) => c.languages?.includes(languageId)).map((c) => c.name);
  const candidates = own.length > 0 ? own : [...members];
  const limit = member.length >= 8 ? 2 : 1;
  const scored = new Map<string, number>();
  for (const name of candidates) {
    const distance = name.toLowerCase() === member.toLowerCase() ? 0.5 : editDistance(member, name, limit);
    if (distance <= limit && !scored.has(name)) scored.set(name, distance);
  }
  // One spelling per name: `NetworkModuleTokenExpired` and Dart's `networkModuleTokenExpired` are one suggestion.
  const seen = new Set<string>();
  return [...scored]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .map(([name]) => name)
    .filter((name) => !seen.has(name.toLowerCase()) && seen.add(name.toLowerCase()));
}

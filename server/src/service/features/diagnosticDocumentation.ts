import type { CatalogueIndex, ProviderRelevance } from '../catalogue/catalogueIndex';
import type { CatalogueEntry } from '../catalogue/catalogueTypes';
import type { Finding } from '../analysis/findings';

/**
 * Where a diagnostic's `codeDescription` points: the documentation of the entry the finding
 * was probably meant to be (its best suggestion), or for a code the catalogue lacks, its
 * provider's page of codes. Undefined when there is no such link: a diagnostic then has no
 * `codeDescription` rather than a link to nowhere.
 */
export function documentationHref(
  finding: Finding,
  index: CatalogueIndex,
  relevance: ProviderRelevance,
): string | undefined {
  if (finding.kind === 'undocumented-code') {
    const provider = index.providers.find((p) => p.id === finding.providerId);
    return webLink(provider?.docs);
  }
  const best = finding.suggestions?.[0];
  if (best === undefined) return undefined;
  const entry = suggestedEntry(best, index, relevance);
  return webLink(entry?.doc) ?? webLink(entry?.provider.docs);
}

/** The entry a suggestion names: a numeric code, a string code or an SDK constant's name. */
function suggestedEntry(
  suggestion: string,
  index: CatalogueIndex,
  relevance: ProviderRelevance,
): CatalogueEntry | undefined {
  if (/^[0-9]+$/.test(suggestion)) return index.rank(index.numeric(suggestion), relevance)[0];
  return index.rank(index.string(suggestion), relevance)[0] ?? index.constant(suggestion)[0]?.entry;
}

/**
 * The text as an http(s) address, or undefined. A user catalogue's `doc` may hold anything;
 * the editor shows the link and opens it on a click, so only web pages are passed on.
 */
function webLink(text: string | undefined): string | undefined {
  if (text === undefined || !/^https?:\/\//i.test(text)) return undefined;
  try {
    return new URL(text).href;
  } catch {
    return undefined;
  }
}

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { RELEVANCE_SAMPLE_LENGTH, type CatalogueIndex } from '../catalogue/catalogueIndex';
import type { CatalogueEntry } from '../catalogue/catalogueTypes';
import type { DocumentAnalysis } from '../analysis/documentAnalysis';
import { sdkConstantsByContainer } from '../analysis/sdkConstants';
import { linesOf } from '../text/lineSource';

const IDENTIFIER = /[A-Za-z_$][\w$]*/g;
/** Per analysis (one per document version): the head of a file is read once, not per completion. */
const cache = new WeakMap<DocumentAnalysis, ReadonlySet<string>>();

/**
 * The SDK error enums (`ZIMErrorCode`, `V2NIMErrorCode`) a document imports or uses: those named
 * in its head, where imports are. A code typed there is also offered as the enum's member.
 */
export function enumsUsedIn(
  document: TextDocument,
  index: CatalogueIndex,
  analysis?: DocumentAnalysis,
): ReadonlySet<string> {
  const cached = analysis && cache.get(analysis);
  if (cached) return cached;
  const containers = sdkConstantsByContainer(index);
  const used = new Set<string>();
  if (containers.size > 0) {
    for (const [name] of linesOf(document).head(RELEVANCE_SAMPLE_LENGTH).matchAll(IDENTIFIER))
      if (containers.has(name)) used.add(name);
  }
  if (analysis) cache.set(analysis, used);
  return used;
}

/** The entry's members of the used enums, as the document's language spells them. */
export function enumMembersOf(
  entry: CatalogueEntry,
  used: ReadonlySet<string>,
  languageId: string,
): { container: string; name: string }[] {
  const members: { container: string; name: string }[] = [];
  if (used.size === 0) return members;
  for (const c of entry.constants ?? []) {
    if (c.container && used.has(c.container) && (!c.languages || c.languages.includes(languageId)))
      members.push({ container: c.container, name: c.name });
  }
  return members;
}

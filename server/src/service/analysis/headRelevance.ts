import type { TextDocument } from 'vscode-languageserver-textdocument';
import { RELEVANCE_SAMPLE_LENGTH, type CatalogueIndex, type ProviderRelevance } from '../catalogue/catalogueIndex';
import { linesOf } from '../text/lineSource';

/** How much of the head of a document CatalogueIndex.relevanceFor reads (and a margin). */
export const RELEVANCE_SAMPLE = RELEVANCE_SAMPLE_LENGTH + 1024;

/**
 * Which providers the head of a document mentions (imports, SDK names), and whether an edit
 * near the top changed that: findings depend on it (see Classifier).
 */
export class HeadRelevance {
  private relevance: ProviderRelevance;
  private key: string;

  constructor(
    private readonly index: CatalogueIndex,
    document: TextDocument,
  ) {
    this.relevance = this.read(document);
    this.key = this.keyOf(this.relevance);
  }

  get current(): ProviderRelevance {
    return this.relevance;
  }

  /** Reads the head of `document` again; true when the relevance it gives changed. */
  update(document: TextDocument): boolean {
    const relevance = this.read(document);
    const key = this.keyOf(relevance);
    if (key === this.key) return false;
    this.relevance = relevance;
    this.key = key;
    return true;
  }

  private read(document: TextDocument): ProviderRelevance {
    return this.index.relevanceFor(linesOf(document).head(RELEVANCE_SAMPLE));
  }

  private keyOf(relevance: ProviderRelevance): string {
    return this.index.providers.map((p) => relevance.score(p.id)).join(',');
  }
}

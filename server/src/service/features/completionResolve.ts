import type { CompletionItem, CompletionList, MarkupContent } from 'vscode-languageserver-types';
import type { CompletionSettings } from '../languageServiceTypes';

/** An item's documentation, rendered only for the items a client shows (JSON leaves symbol keys out). */
export const DESCRIBE = Symbol('describe');
export interface LazyCompletionItem extends CompletionItem {
  [DESCRIBE]?: () => string;
}
const documentationOf = (item: LazyCompletionItem): MarkupContent | undefined => {
  const describe = item[DESCRIBE];
  return describe ? { kind: 'markdown', value: describe() } : undefined;
};

/**
 * Shapes completion lists for what the client takes. A list offers every code (hundreds of
 * items); clients that resolve items get each item's documentation only when it is shown, and
 * clients that take item defaults get the range every item replaces once: responses stay small.
 */
export class CompletionShaper {
  /** Numbers the lists sent with documentation left out: only the latest one resolves. */
  private generation = 0;
  private lastItems: readonly LazyCompletionItem[] = [];

  shape(list: CompletionList | null, settings: CompletionSettings): CompletionList | null {
    const shaped = list && settings.itemDefaultsEditRange ? withEditRangeDefault(list) : list;
    if (!shaped) return shaped;
    if (!settings.resolveDocumentation) {
      return { ...shaped, items: shaped.items.map((item) => ({ ...item, documentation: documentationOf(item) })) };
    }
    const id = ++this.generation;
    this.lastItems = shaped.items;
    return { ...shaped, items: shaped.items.map((item, i) => ({ ...item, data: { id, i } })) };
  }

  /** Renders the documentation of an item of the latest list; other items come back as they are. */
  resolve(item: CompletionItem): CompletionItem {
    const data = item.data as { id?: unknown; i?: unknown } | undefined;
    const listed = data?.id === this.generation && typeof data.i === 'number' ? this.lastItems[data.i] : undefined;
    if (listed) item.documentation = documentationOf(listed);
    return item;
  }
}

/** Items that all replace one range carry only their new text; the range goes once into `itemDefaults`. */
function withEditRangeDefault(list: CompletionList): CompletionList {
  const first = list.items[0]?.textEdit;
  if (!first || !('range' in first)) return list;
  const same = (r: typeof first.range) =>
    r.start.line === first.range.start.line &&
    r.start.character === first.range.start.character &&
    r.end.line === first.range.end.line &&
    r.end.character === first.range.end.character;
  if (!list.items.every((item) => item.textEdit && 'range' in item.textEdit && same(item.textEdit.range))) return list;
  return {
    ...list,
    itemDefaults: { ...list.itemDefaults, editRange: first.range },
    items: list.items.map(({ textEdit, ...item }) => ({ ...item, textEditText: textEdit!.newText })),
  };
}

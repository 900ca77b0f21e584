import type { CatalogueIndex } from '../catalogue/catalogueIndex';
import type { CatalogueEntry } from '../catalogue/catalogueTypes';

/** One member of an SDK error enum (`ZIMErrorCode.NetworkModuleTokenExpired`). */
export interface SdkConstant {
  readonly name: string;
  readonly entry: CatalogueEntry;
  /** Language ids the constant exists in; undefined means every language. */
  readonly languages?: readonly string[];
}

const cache = new WeakMap<CatalogueIndex, ReadonlyMap<string, readonly SdkConstant[]>>();

/**
 * SDK constants grouped by their container (`ZIMErrorCode`, `NIMResCode`), in catalogue order; built once per index.
 */
export function sdkConstantsByContainer(index: CatalogueIndex): ReadonlyMap<string, readonly SdkConstant[]> {
  let byContainer = cache.get(index);
  if (!byContainer) {
    const map = new Map<string, SdkConstant[]>();
    for (const entry of index.entries) {
      for (const c of entry.constants ?? []) {
        if (!c.container) continue;
        const list = map.get(c.container) ?? [];
        list.push({ name: c.name, entry, languages: c.languages });
        map.set(c.container, list);
      }
    }
    byContainer = map;
    cache.set(index, byContainer);
  }
  return byContainer;
}

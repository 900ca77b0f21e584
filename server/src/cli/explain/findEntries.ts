import type { CatalogueIndex } from '../../service/catalogue/catalogueIndex';
import type { CatalogueEntry } from '../../service/catalogue/catalogueTypes';
import type { DescribeOptions } from '../../service/render/describeEntry';

/** An entry that answers a query, and what in it to explain first (the constant or server message asked for). */
export interface ExplainedEntry {
  readonly entry: CatalogueEntry;
  readonly options: DescribeOptions;
}

/**
 * Every entry a query names, in catalogue order: a numeric or string code (`414`,
 * `Error_Timeout`), an SDK constant with or without its container
 * (`ZIMErrorCode.NetworkModuleTokenExpired`, `NetworkModuleTokenExpired`, a generated Go
 * name), or a server message (`CurTime is expired`). The index's own look-ups, as the hover uses.
 */
export function findEntries(index: CatalogueIndex, query: string, providerId?: string): ExplainedEntry[] {
  const q = query.trim();
  const found: ExplainedEntry[] = [];
  const add = (entry: CatalogueEntry, options: DescribeOptions = {}) => {
    if (providerId !== undefined && entry.provider.id !== providerId) return;
    if (!found.some((f) => f.entry === entry)) found.push({ entry, options });
  };
  if (/^[0-9]+$/.test(q)) for (const e of index.numeric(q.replace(/^0+(?=\d)/, ''))) add(e);
  for (const e of index.string(q)) add(e);
  const dot = q.lastIndexOf('.');
  const container = dot > 0 ? q.slice(0, dot) : undefined;
  const name = dot > 0 ? q.slice(dot + 1) : q;
  for (const m of index.constant(name))
    if (container === undefined || m.container === container || m.container?.endsWith(`.${container}`))
      add(m.entry, { constant: q });
  const go = container === undefined ? index.goConstant(q) : undefined;
  if (go) add(go, { constant: q });
  for (const m of index.serverMessage(q)) add(m.entry, { serverMessage: m.text });
  return found;
}

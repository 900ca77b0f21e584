import type { CatalogueIndex } from '../service/catalogue/catalogueIndex';
import type { StatusCodesSettings } from '../service/settings/settings';
import type { ServerContext } from './serverContext';

/** The settings and catalogue index a document is expected to get: those of the latest validation. */
export interface ExpectedSettings {
  readonly settings: StatusCodesSettings;
  readonly index: CatalogueIndex;
}

/** Short slices: the settings answer is picked up within this long of its arrival. */
const SLICE_MS = 2;

/**
 * A document has just opened and its settings are being asked of the client (a
 * `workspace/configuration` round trip, slow when the editor is busy): the server would sit
 * idle until the answer. Meanwhile it scans the document with the settings and index it
 * expects, in short slices. When the answer gives that same index, as it nearly always does,
 * the scan is the document's analysis and the validation carries on from where it got;
 * otherwise the validation makes a new analysis and this one is dropped. Returns `stop`.
 */
export function scanAhead(ctx: ServerContext, uri: string, expected: ExpectedSettings): () => void {
  let stopped = false;
  const document = ctx.documents.get(uri);
  if (!document || ctx.service.getSkipReason(document, expected.settings)) return () => undefined;
  const scan = async () => {
    // vscode-jsonrpc writes messages on setImmediate: the settings request goes out first.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (stopped || ctx.documents.get(uri) !== document) return;
    await ctx.service.doAnalysis(document, expected.index).settle(SLICE_MS, () => stopped);
  };
  scan().catch((e: unknown) => ctx.log(`Could not scan ${uri} ahead: ${(e as Error).stack ?? String(e)}`));
  return () => {
    stopped = true;
  };
}

import { ListCodesRequest, type CodeListItem } from '../../protocol';
import type { Feature } from '../serverContext';

/** `statusCodes/listCodes`: every code of the catalogues enabled for a document or folder (for "Search codes..."). */
export const listCodesFeature: Feature = {
  capabilities: {},
  register(ctx) {
    ctx.connection.onRequest(ListCodesRequest, async (params): Promise<CodeListItem[]> => {
      const uri = typeof params?.uri === 'string' ? params.uri : '';
      return ctx.service.listCodes(await ctx.indexFor(uri), ctx.documents.get(uri), await ctx.localeFor(uri));
    });
  },
};

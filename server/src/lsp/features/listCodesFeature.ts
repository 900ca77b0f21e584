import { listCodes, LIST_CODES_METHOD, type CodeListItem, type ListCodesParams } from '../../service/features/codeList';
import { RELEVANCE_SAMPLE_LENGTH } from '../../service/catalogue/catalogueIndex';
import { linesOf } from '../../service/text/lineSource';
import type { Feature } from '../serverContext';

/** `statusCodes/listCodes`: every code of the catalogues enabled for a document or folder (for "Search codes..."). */
export const listCodesFeature: Feature = {
  capabilities: {},
  register(ctx) {
    ctx.connection.onRequest(LIST_CODES_METHOD, async (params: ListCodesParams): Promise<CodeListItem[]> => {
      const uri = typeof params?.uri === 'string' ? params.uri : '';
      const document = ctx.documents.get(uri);
      // Only the head of a document says which providers it uses.
      return listCodes(await ctx.indexFor(uri), document ? linesOf(document).head(RELEVANCE_SAMPLE_LENGTH) : '');
    });
  },
};

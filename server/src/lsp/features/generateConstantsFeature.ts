import { ResponseError, ErrorCodes } from 'vscode-languageserver/node';
import { GenerateConstantsRequest, isConstantsLanguage, type GeneratedConstants } from '../../protocol';
import type { Feature } from '../serverContext';

/** `statusCodes/generateConstants`: a constants module for the catalogues enabled for a document or folder. */
export const generateConstantsFeature: Feature = {
  capabilities: {},
  register(ctx) {
    ctx.connection.onRequest(GenerateConstantsRequest, async (params): Promise<GeneratedConstants> => {
      if (!isConstantsLanguage(params?.language)) {
        throw new ResponseError(ErrorCodes.InvalidParams, `Unsupported language ${JSON.stringify(params?.language)}.`);
      }
      const uri = typeof params.uri === 'string' ? params.uri : '';
      return ctx.service.generateConstants(await ctx.indexFor(uri), params.language);
    });
  },
};

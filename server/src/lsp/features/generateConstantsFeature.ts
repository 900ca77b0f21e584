import { ResponseError, ErrorCodes } from 'vscode-languageserver/node';
import { GenerateConstantsRequest, isConstantsLanguage, type GeneratedConstants } from '../../protocol';
import { constantsOptionsProblem } from '../../service/features/constantsGenerator';
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
      const index = await ctx.indexFor(uri);
      const options = { providers: params.providers, naming: params.naming, packageName: params.packageName };
      const problem = constantsOptionsProblem(index, params.language, options);
      if (problem) throw new ResponseError(ErrorCodes.InvalidParams, problem);
      return ctx.service.generateConstants(index, params.language, options);
    });
  },
};

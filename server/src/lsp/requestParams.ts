import { ErrorCodes, ResponseError, type Position, type Range } from 'vscode-languageserver/node';

// Clients can send anything; a request whose parameters lack what the feature reads gets
// InvalidParams with a sentence saying what is missing, never an InternalError from a
// property read deep in the service.

const isPosition = (p: unknown): p is Position =>
  typeof p === 'object' &&
  p !== null &&
  Number.isInteger((p as { line: unknown }).line) &&
  Number.isInteger((p as { character: unknown }).character);

const isRange = (r: unknown): r is Range =>
  typeof r === 'object' && r !== null && isPosition((r as Range).start) && isPosition((r as Range).end);

const uriOf = (params: unknown): string | undefined => {
  const textDocument = (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument;
  return typeof textDocument?.uri === 'string' ? textDocument.uri : undefined;
};

/** The document and position of a position request (hover, completion, definition), or InvalidParams. */
export function positionParams(method: string, params: unknown): { uri: string; position: Position } {
  const uri = uriOf(params);
  const position = (params as { position?: unknown } | null | undefined)?.position;
  if (uri === undefined || !isPosition(position)) {
    throw new ResponseError(
      ErrorCodes.InvalidParams,
      `${method} needs a textDocument uri and a position of two integers.`,
    );
  }
  return { uri, position };
}

/** The document and range of a range request (code actions, inlay hints), or InvalidParams. */
export function rangeParams(method: string, params: unknown): { uri: string; range: Range } {
  const uri = uriOf(params);
  const range = (params as { range?: unknown } | null | undefined)?.range;
  if (uri === undefined || !isRange(range)) {
    throw new ResponseError(
      ErrorCodes.InvalidParams,
      `${method} needs a textDocument uri and a range of two positions of two integers.`,
    );
  }
  return { uri, range };
}

import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import { unsafePatternReason } from './patternSafety';
import { describeSchemaError, pointerPath } from './schemaMessages';
import type { CatalogueEntry, CatalogueFile, CatalogueOrigin, LoadedCatalogue, Provider } from './catalogueTypes';

/** A problem in a catalogue file, at a place in its text. */
export interface CatalogueProblem {
  readonly message: string;
  readonly offset: number;
  readonly length: number;
}

export type CatalogueParseResult =
  | { readonly ok: true; readonly catalogue: LoadedCatalogue; readonly problems: readonly CatalogueProblem[] }
  | { readonly ok: false; readonly problems: readonly CatalogueProblem[] };

/** Validates catalogue texts (JSON or JSONC) against the catalogue schema. */
export class CatalogueParser {
  private readonly validate: ValidateFunction;

  constructor(schema: object) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addFormat('uri', /^(?:https?|file):\/\/\S+$/);
    this.validate = ajv.compile(schema);
  }

  parse(text: string, origin: CatalogueOrigin): CatalogueParseResult {
    // Fast path: plain JSON that validates needs no syntax tree (building one for a
    // 100,000-entry file costs most of a second). Comments, errors and positions take the slow path.
    const fast = this.parseFast(text, origin);
    if (fast) return fast;
    const syntaxErrors: ParseError[] = [];
    const root = parseTree(text, syntaxErrors, { allowTrailingComma: true, disallowComments: false });
    if (syntaxErrors.length > 0 || !root) {
      const problems = syntaxErrors.map((e) => ({
        message: `Invalid JSON: ${describeParseError(e)}.`,
        offset: e.offset,
        length: Math.max(1, e.length),
      }));
      return {
        ok: false,
        problems: problems.length ? problems : [{ message: 'The file is empty.', offset: 0, length: 0 }],
      };
    }
    const value = getNodeValue(root) as unknown;
    if (!this.validate(value)) {
      return { ok: false, problems: dedupe((this.validate.errors ?? []).map((e) => schemaProblem(e, root, value))) };
    }
    const file = value as CatalogueFile;
    const unsafe = findUnsafeCodes(file, root);
    if (unsafe.length > 0) return { ok: false, problems: unsafe };
    const duplicates = findDuplicates(file, root);
    if (duplicates.length > 0) return { ok: false, problems: duplicates };
    const shapeProblems: CatalogueProblem[] = [];
    const provider = toProvider(file, origin, root, shapeProblems);
    if (shapeProblems.length > 0) return { ok: false, problems: shapeProblems };
    const lines = lineStarts(text);
    const entriesNode = findNodeAtLocation(root, ['entries']);
    const entries: CatalogueEntry[] = file.entries.map((data, index) => {
      const node = entriesNode?.children?.[index];
      const codeNode = node ? findNodeAtLocation(node, ['code']) : undefined;
      return { ...data, provider, origin, line: lineOf(lines, (codeNode ?? node)?.offset ?? 0) };
    });
    return { ok: true, catalogue: { origin, provider, entries }, problems: [] };
  }

  /** Plain JSON, valid, without duplicates: entries' lines come from a scan for their `"code"` keys. */
  private parseFast(text: string, origin: CatalogueOrigin): CatalogueParseResult | undefined {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (!this.validate(value)) return undefined;
    const file = value as CatalogueFile;
    const numbers = new Set<number>(),
      strings = new Set<string>();
    for (const { code } of file.entries) {
      const seen: Set<number | string> = typeof code === 'number' ? numbers : strings;
      if (seen.has(code) || (typeof code === 'number' && !Number.isSafeInteger(code))) return undefined;
      seen.add(code);
    }
    const codeLines = codeKeyLines(text);
    if (codeLines.length !== file.entries.length) return undefined;
    const problems: CatalogueProblem[] = [];
    const provider = toProvider(file, origin, undefined, problems);
    if (problems.length > 0) return undefined;
    // The parsed objects are ours: they become the entries in place (100,000 copies cost more than the parse).
    const entries = file.entries as unknown as Mutable<CatalogueEntry>[];
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      entry.provider = provider;
      entry.origin = origin;
      entry.line = codeLines[i]!;
    }
    return { ok: true, catalogue: { origin, provider, entries }, problems: [] };
  }
}

/** Lines of every `"code":` key (not inside a string, where quotes are escaped) in document order. */
function codeKeyLines(text: string): number[] {
  const lines: number[] = [];
  let line = 0;
  let newline = text.indexOf('\n');
  for (let at = text.indexOf('"code"'); at >= 0; at = text.indexOf('"code"', at + 6)) {
    if (at > 0 && text.charCodeAt(at - 1) === 92 /* \\ */) continue;
    let k = at + 6;
    while (k < text.length && isJsonSpace(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) !== 58 /* : */) continue;
    while (newline >= 0 && newline < at) {
      line++;
      newline = text.indexOf('\n', newline + 1);
    }
    lines.push(line);
  }
  return lines;
}

const isJsonSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function toProvider(
  file: CatalogueFile,
  origin: CatalogueOrigin,
  root: Node | undefined,
  problems: CatalogueProblem[],
): Provider {
  const shapes = (file.shapes ?? []).flatMap((shape, index) => {
    const source = `^(?:${shape.pattern})$`;
    try {
      const unsafe = unsafePatternReason(source);
      if (unsafe) throw new Error(`it could take the server minutes to match: ${unsafe}`);
      return [{ pattern: new RegExp(source), description: shape.description }];
    } catch (e) {
      const node = root ? findNodeAtLocation(root, ['shapes', index, 'pattern']) : undefined;
      problems.push({
        message: `Invalid regular expression: ${(e as Error).message}`,
        offset: node?.offset ?? 0,
        length: node?.length ?? 0,
      });
      return [];
    }
  });
  return {
    id: file.provider,
    name: file.name,
    docs: file.docs,
    fileHints: file.fileHints ?? [],
    outranks: file.outranks ?? [],
    shapes,
    builtIn: origin.builtIn,
  };
}

/** Codes above 2^53 - 1 were already rounded when read: they would match another number than written. */
function findUnsafeCodes(file: CatalogueFile, root: Node): CatalogueProblem[] {
  return file.entries.flatMap((entry, index) => {
    if (typeof entry.code !== 'number' || Number.isSafeInteger(entry.code)) return [];
    const node = findNodeAtLocation(root, ['entries', index, 'code']);
    return [
      {
        message: `Code ${node ? JSON.stringify(node.value) : entry.code} is above ${Number.MAX_SAFE_INTEGER} (2^53 - 1), the largest code that can be matched exactly; write it as a string code if it is one.`,
        offset: node?.offset ?? 0,
        length: node?.length ?? 0,
      },
    ];
  });
}

function findDuplicates(file: CatalogueFile, root: Node): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const seen = new Map<string, number>();
  file.entries.forEach((entry, index) => {
    const key = `${typeof entry.code}:${entry.code}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return;
    }
    const node = findNodeAtLocation(root, ['entries', index, 'code']);
    problems.push({
      message: `Duplicate code ${JSON.stringify(entry.code)}: entry ${index + 1} repeats entry ${first + 1}. Each code may appear once per catalogue.`,
      offset: node?.offset ?? 0,
      length: node?.length ?? 0,
    });
  });
  return problems;
}

function schemaProblem(error: ErrorObject, root: Node, value: unknown): CatalogueProblem {
  let node = findNodeAtLocation(root, pointerPath(error.instancePath));
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    const property = node?.children?.find((c) => c.children?.[0]?.value === extra);
    if (property) node = property.children![0];
  }
  // Point at the property value where there is one; for a missing property, at the object.
  return { message: describeSchemaError(error, value), offset: node?.offset ?? 0, length: node?.length ?? 1 };
}

function dedupe(problems: CatalogueProblem[]): CatalogueProblem[] {
  const seen = new Set<string>();
  // `oneOf` failures repeat one problem per branch: keep the first at each place.
  return problems.filter((p) => {
    const k = `${p.offset}:${p.length}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function describeParseError(error: ParseError): string {
  return printParseErrorCode(error.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0,
    hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

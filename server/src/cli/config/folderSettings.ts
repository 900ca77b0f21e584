import * as fs from 'node:fs';
import * as path from 'node:path';
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { readSettings, type StatusCodesSettings } from '../../service/settings/settings';
import { lineAndColumn, type ConfigProblem } from './configProblem';

const PREFIX = 'statusCodes.';

/** What one folder's `.vscode/settings.json` says about Status Codes. */
export interface FolderSettings {
  /** The settings as the editor would send them (nested, `statusCodes.` stripped). */
  readonly raw: Record<string, unknown>;
  readonly settings: StatusCodesSettings;
}

/**
 * Reads `statusCodes.*` from a VS Code settings file (JSON with comments and trailing commas).
 * Keys are dotted (`"statusCodes.diagnostics.enable": false`), as VS Code writes them; a value
 * of the wrong type is a problem at its place, like a broken catalogue.
 */
export function readFolderSettings(file: string | undefined, problems: ConfigProblem[]): FolderSettings {
  if (file === undefined) return { raw: {}, settings: readSettings({}) };
  const text = fs.readFileSync(file, 'utf8');
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const error of errors) {
    problems.push({
      file,
      ...lineAndColumn(text, error.offset),
      message: `Invalid JSON: ${printParseErrorCode(error.error)}.`,
    });
  }
  const raw: Record<string, unknown> = {};
  for (const property of root?.type === 'object' ? (root.children ?? []) : []) {
    const [keyNode, valueNode] = property.children ?? [];
    const key = keyNode?.value as string | undefined;
    if (!key?.startsWith(PREFIX) || !valueNode) continue;
    setNested(raw, key.slice(PREFIX.length).split('.'), valueOf(valueNode));
  }
  const messages: string[] = [];
  const settings = readSettings(raw, messages);
  for (const message of messages) {
    // "Setting statusCodes.x.y has an invalid value ...": point at the key that was set.
    const key = /statusCodes\.([\w.-]+)/.exec(message)?.[1];
    const node = root && key ? (findKey(root, key) ?? root) : root;
    problems.push({ file, ...lineAndColumn(text, node?.offset ?? 0), message });
  }
  return { raw, settings };
}

/** The dotted key's value node, written flat (`"statusCodes.a.b"`) or nested below a flat prefix. */
function findKey(root: NonNullable<ReturnType<typeof parseTree>>, key: string) {
  const parts = key.split('.');
  for (let i = parts.length; i > 0; i--) {
    const node = findNodeAtLocation(root, [PREFIX + parts.slice(0, i).join('.'), ...parts.slice(i)]);
    if (node) return node;
  }
  return undefined;
}

function valueOf(node: NonNullable<ReturnType<typeof parseTree>>): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(
        (node.children ?? []).flatMap((p) =>
          p.children?.length === 2 ? [[p.children[0]!.value as string, valueOf(p.children[1]!)]] : [],
        ),
      );
    case 'array':
      return (node.children ?? []).map(valueOf);
    default:
      return node.value as unknown;
  }
}

function setNested(target: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node = (typeof next === 'object' && next !== null ? next : (node[key] = {})) as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}

/** The settings file of the folder a file belongs to: the nearest `.vscode/settings.json` above it. */
export function settingsFileAbove(dir: string, stopAt: string | undefined): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    const file = path.join(d, '.vscode', 'settings.json');
    if (fs.existsSync(file)) return file;
    if (d === stopAt || path.dirname(d) === d) return undefined;
  }
}

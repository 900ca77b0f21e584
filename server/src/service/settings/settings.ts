import manifest from '../../../../package.json';

export type DiagnosticKind = 'unknown-string-code' | 'near-miss-code' | 'undocumented-code';
export const DIAGNOSTIC_KINDS: readonly DiagnosticKind[] = [
  'unknown-string-code',
  'near-miss-code',
  'undocumented-code',
];
export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** The `statusCodes.*` settings, as the server uses them. Shared by client and server. */
export interface StatusCodesSettings {
  readonly providers: Readonly<Record<string, boolean>>;
  readonly catalogues: readonly string[];
  readonly allowAbsoluteCataloguePaths: boolean;
  readonly ignore: readonly string[];
  readonly diagnostics: {
    readonly enable: boolean;
    readonly severity: Readonly<Record<DiagnosticKind, SeverityName>>;
    readonly maxProblems: number;
  };
  readonly inlayHints: { readonly enable: boolean; readonly maxLength: number };
  readonly languages: readonly string[];
  readonly maxFileSize: number;
  readonly maxLineLength: number;
  readonly trace: { readonly server: 'off' | 'messages' | 'verbose' };
}

type ManifestProperty = { readonly default?: unknown };
const properties = manifest.contributes.configuration.properties as Readonly<Record<string, ManifestProperty>>;
const PREFIX = 'statusCodes.';

/** Every setting key the manifest declares, without the `statusCodes.` prefix. */
export const MANIFEST_SETTING_KEYS: readonly string[] = Object.keys(properties).map((k) => k.slice(PREFIX.length));

/** Defaults come from package.json `contributes.configuration`: settings are declared once. */
export const DEFAULT_SETTINGS: StatusCodesSettings = toNested(
  Object.fromEntries(Object.entries(properties).map(([k, p]) => [k.slice(PREFIX.length), p.default])),
) as unknown as StatusCodesSettings;

/**
 * Reads settings as a client sends them (nested objects, possibly partial or with
 * wrong types) into complete settings; a value of the wrong type falls back to the
 * default and is reported.
 */
export function readSettings(raw: unknown, problems: string[] = []): StatusCodesSettings {
  const r = isObject(raw) ? raw : {};
  const d = DEFAULT_SETTINGS;
  const pick = <T>(key: string, value: unknown, fallback: T, ok: (v: unknown) => boolean): T => {
    if (value === undefined || value === null) return fallback;
    if (ok(value)) return value as T;
    problems.push(`Setting statusCodes.${key} has an invalid value ${JSON.stringify(value)}; using the default.`);
    return fallback;
  };
  const section = (key: string, value: unknown): Record<string, unknown> => {
    if (value === undefined || value === null) return {};
    if (isObject(value)) return value;
    problems.push(`Setting statusCodes.${key} has an invalid value ${JSON.stringify(value)}; using the defaults.`);
    return {};
  };
  const diagnostics = section('diagnostics', r.diagnostics);
  const inlayHints = section('inlayHints', r.inlayHints);
  const trace = section('trace', r.trace);
  const severityIn = section('diagnostics.severity', diagnostics.severity);
  const severity = Object.fromEntries(
    DIAGNOSTIC_KINDS.map((k) => [
      k,
      pick(
        `diagnostics.severity.${k}`,
        severityIn[k],
        d.diagnostics.severity[k],
        (v) => typeof v === 'string' && ['error', 'warning', 'information', 'hint', 'off'].includes(v),
      ),
    ]),
  ) as Record<DiagnosticKind, SeverityName>;
  return {
    providers: pick(
      'providers',
      r.providers,
      d.providers,
      (v) => isObject(v) && Object.values(v).every((b) => typeof b === 'boolean'),
    ),
    catalogues: pick('catalogues', r.catalogues, d.catalogues, isStringArray),
    allowAbsoluteCataloguePaths: pick(
      'allowAbsoluteCataloguePaths',
      r.allowAbsoluteCataloguePaths,
      d.allowAbsoluteCataloguePaths,
      isBoolean,
    ),
    ignore: pick('ignore', r.ignore, d.ignore, isStringArray),
    diagnostics: {
      enable: pick('diagnostics.enable', diagnostics.enable, d.diagnostics.enable, isBoolean),
      severity,
      maxProblems: pick(
        'diagnostics.maxProblems',
        diagnostics.maxProblems,
        d.diagnostics.maxProblems,
        (v) => typeof v === 'number' && v >= 0,
      ),
    },
    inlayHints: {
      enable: pick('inlayHints.enable', inlayHints.enable, d.inlayHints.enable, isBoolean),
      maxLength: pick(
        'inlayHints.maxLength',
        inlayHints.maxLength,
        d.inlayHints.maxLength,
        (v) => typeof v === 'number' && v >= 8,
      ),
    },
    languages: pick('languages', r.languages, d.languages, isStringArray),
    maxFileSize: pick('maxFileSize', r.maxFileSize, d.maxFileSize, (v) => typeof v === 'number' && v >= 0),
    maxLineLength: pick('maxLineLength', r.maxLineLength, d.maxLineLength, (v) => typeof v === 'number' && v >= 0),
    trace: {
      server: pick(
        'trace.server',
        trace.server,
        d.trace.server,
        (v) => v === 'off' || v === 'messages' || v === 'verbose',
      ),
    },
  };
}

function toNested(flat: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    const parts = key.split('.');
    let node = out;
    for (const p of parts.slice(0, -1)) node = (node[p] ??= {}) as Record<string, unknown>;
    node[parts[parts.length - 1]!] = value;
  }
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isBoolean = (v: unknown) => typeof v === 'boolean';
const isStringArray = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');

import { SETTING_SPECS, type SettingSpec, type StatusCodesSettings } from './settingsSchema.generated';

export { CLIENT_SETTING_KEYS, SETTING_SPECS, type StatusCodesSettings } from './settingsSchema.generated';

/** The kinds of diagnostic, as `statusCodes.diagnostics.severity` names them. */
export type DiagnosticKind = keyof StatusCodesSettings['diagnostics']['severity'];
export type SeverityName = StatusCodesSettings['diagnostics']['severity'][DiagnosticKind];
export const DIAGNOSTIC_KINDS = Object.keys(specOf('diagnostics.severity').properties ?? {}) as DiagnosticKind[];

/** Every setting key the server reads, without the `statusCodes.` prefix. */
export const SERVER_SETTING_KEYS: readonly string[] = SETTING_SPECS.map((s) => s.key);

/** The manifest's defaults (the generated schema carries them). */
export const DEFAULT_SETTINGS: StatusCodesSettings = readSettings({});

/**
 * Reads settings as a client sends them (nested objects, possibly partial or with
 * wrong types) into complete settings; a value of the wrong type falls back to the
 * default and is reported. Every check follows the manifest's schema.
 */
export function readSettings(raw: unknown, problems: string[] = []): StatusCodesSettings {
  const out: Record<string, unknown> = {};
  /** The nested objects the client sent (`diagnostics`, ...), each read once so a bad one is told once. */
  const sections = new Map<string, Record<string, unknown>>([['', isObject(raw) ? raw : {}]]);
  const sectionAt = (path: string): Record<string, unknown> => {
    const known = sections.get(path);
    if (known) return known;
    const dot = path.lastIndexOf('.');
    const value = sectionAt(dot < 0 ? '' : path.slice(0, dot))[path.slice(dot + 1)];
    const section = objectOrReport(path, value, problems);
    sections.set(path, section);
    return section;
  };
  for (const spec of SETTING_SPECS) {
    const dot = spec.key.lastIndexOf('.');
    const value = sectionAt(dot < 0 ? '' : spec.key.slice(0, dot))[spec.key.slice(dot + 1)];
    setAt(out, spec.key, readValue(spec, value, spec.default, problems));
  }
  return out as unknown as StatusCodesSettings;
}

function readValue(spec: SettingSpec, value: unknown, fallback: unknown, problems: string[]): unknown {
  if (spec.properties) {
    // An object with fixed properties: each property falls back on its own.
    const given = objectOrReport(spec.key, value, problems);
    const defaults = (fallback ?? {}) as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(spec.properties).map(([name, s]) => [name, readValue(s, given[name], defaults[name], problems)]),
    );
  }
  if (value === undefined || value === null) return fallback;
  if (valid(spec, value)) return value;
  problems.push(`Setting statusCodes.${spec.key} has an invalid value ${describeValue(value)}; using the default.`);
  return fallback;
}

/** Whether a value meets the schema of its setting. */
function valid(spec: SettingSpec, v: unknown): boolean {
  switch (spec.type) {
    case 'boolean':
      return typeof v === 'boolean';
    case 'number':
      return typeof v === 'number' && (spec.minimum === undefined || v >= spec.minimum);
    case 'string':
      return typeof v === 'string' && (!spec.enum || spec.enum.includes(v));
    case 'array':
      return Array.isArray(v) && v.every((item) => typeof item === spec.items);
    case 'object':
      return isObject(v) && Object.values(v).every((value) => typeof value === spec.additionalProperties);
  }
}

/** A nested object the client sent; anything else is reported and read as empty (defaults). */
function objectOrReport(key: string, value: unknown, problems: string[]): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (isObject(value)) return value;
  problems.push(`Setting statusCodes.${key} has an invalid value ${describeValue(value)}; using the defaults.`);
  return {};
}

/** A value as short text for a message: JSON cut to 80 characters, or its type where JSON fails (deep nesting). */
export function describeValue(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (text === undefined) return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function specOf(key: string): SettingSpec {
  const spec = SETTING_SPECS.find((s) => s.key === key);
  if (!spec) throw new Error(`The manifest declares no statusCodes.${key}.`);
  return spec;
}

function setAt(target: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.');
  let node = target;
  for (const p of parts.slice(0, -1)) node = (node[p] ??= {}) as Record<string, unknown>;
  node[parts[parts.length - 1]!] = value;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

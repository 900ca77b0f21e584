import type { ErrorObject } from 'ajv';

/**
 * A schema validation error in words a catalogue author reads: which entry (by its code, the
 * name people know it by, else its place), which property, what is wrong. Not the validator's
 * JSON pointer ("/entries/1 must have required property 'message'").
 */
export function describeSchemaError(error: ErrorObject, value: unknown): string {
  const path = pointerPath(error.instancePath);
  const subject = subjectOf(path, value);
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      if (path.length === 0) return `The catalogue is missing required property '${missing}'.`;
      return path.length === 2 && path[0] === 'entries'
        ? `${subject}: missing required property '${missing}'.`
        : `${subject} is missing required property '${missing}'.`;
    }
    case 'additionalProperties': {
      const extra = (error.params as { additionalProperty: string }).additionalProperty;
      return `Unknown property "${extra}"${path.length ? ` in ${subject}` : ''}.`;
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      return `${subject} ${error.message ?? 'is invalid'}: ${allowed.map((v) => JSON.stringify(v)).join(', ')}.`;
    }
    default:
      return `${subject} ${error.message ?? 'is invalid'}.`;
  }
}

/** The segments of a JSON pointer, array indexes as numbers. */
export function pointerPath(pointer: string): (string | number)[] {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
}

/** "entry 40001: causes[2]", "entry \"Error_Timeout\"", "provider", or "The catalogue". */
function subjectOf(path: readonly (string | number)[], value: unknown): string {
  if (path.length === 0) return 'The catalogue';
  if (path[0] === 'entries' && typeof path[1] === 'number') {
    const entry = entryLabel(value, path[1]);
    const rest = propertyPath(path.slice(2));
    return rest ? `${entry}: ${rest}` : entry;
  }
  return propertyPath(path);
}

function entryLabel(value: unknown, index: number): string {
  const entries = (value as { entries?: unknown } | null)?.entries;
  const entry: unknown = Array.isArray(entries) ? entries[index] : undefined;
  const code = entry !== null && typeof entry === 'object' ? (entry as { code?: unknown }).code : undefined;
  if (typeof code === 'number' && Number.isFinite(code)) return `entry ${code}`;
  if (typeof code === 'string' && code.length > 0 && code.length <= 80) return `entry ${JSON.stringify(code)}`;
  return `entry ${index + 1} (no valid code)`;
}

/** `["constants", 0, "name"]` → `constants[0].name`. */
function propertyPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
}

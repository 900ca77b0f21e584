/**
 * Names that the generated constants module gives to codes. The generator writes them
 * and the catalogue index recognises them, so `CommseaseIm.PARAMETER_ERROR` in user
 * code hovers like `414`.
 */

/** Letters, digits and `_`, never starting with a digit. */
export function identifier(text: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(text)) return text;
  const id = text.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[0-9]/.test(id) ? `_${id}` : id;
}

/**
 * `PARAMETER_ERROR` → `ParameterError`, `commsease-im` → `CommseaseIm`. One pass: it runs for every catalogue entry.
 */
export function pascalCase(text: string): string {
  let out = '';
  let wordStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!letter && !(c >= 48 && c <= 57)) {
      wordStart = true;
      continue;
    }
    const ch = text[i]!;
    out += wordStart ? ch.toUpperCase() : ch.toLowerCase();
    wordStart = false;
  }
  return out.length > 0 && out.charCodeAt(0) <= 57 ? `P${out}` : out;
}

/** `PARAMETER_ERROR` → `parameterError`: how Swift and Dart files generated in their own style name members. */
export function lowerCamelCase(name: string): string {
  const words = name.split('_').filter(Boolean);
  return words
    .map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join('');
}

const groupNames = new Map<string, string>();

/** The group (class/object) of a provider's codes: `CommseaseIm` for `commsease-im`. */
export function constantGroupName(providerId: string): string {
  let name = groupNames.get(providerId);
  if (name === undefined) groupNames.set(providerId, (name = pascalCase(providerId) || 'Provider'));
  return name;
}

/** Go has no namespaces: `CommseaseImParameterError`. */
export const goConstantName = (providerId: string, entryName: string): string =>
  constantGroupName(providerId) + pascalCase(entryName);

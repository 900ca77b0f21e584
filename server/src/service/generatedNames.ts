/**
 * Names that the generated constants module gives to codes. The generator writes them
 * and the catalogue index recognises them, so `CommseaseIm.PARAMETER_ERROR` in user
 * code hovers like `414`.
 */

/** Letters, digits and `_`, never starting with a digit. */
export function identifier(text: string): string {
  const id = text.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[0-9]/.test(id) ? `_${id}` : id;
}

export function pascalCase(text: string): string {
  const id = text.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()).join('');
  return /^[0-9]/.test(id) ? `P${id}` : id;
}

/** The group (class/object) of a provider's codes: `CommseaseIm` for `commsease-im`. */
export const constantGroupName = (providerId: string): string => pascalCase(providerId) || 'Provider';

/** Go has no namespaces: `CommseaseImParameterError`. */
export const goConstantName = (providerId: string, entryName: string): string => constantGroupName(providerId) + pascalCase(entryName);

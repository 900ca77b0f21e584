import type { ConstantsLanguage } from '../../../server/src/protocol';

const JAVA_ROOTS = ['java', 'kotlin'];

/**
 * The package a constants file saved at `filePath` belongs to, read off its folders: for Java and
 * Kotlin the folders under the source root (`src/main/java/com/example/im/StatusCodes.java` →
 * `com.example.im`), for Go the folder's name. Undefined where the path says nothing usable:
 * the user is then asked, and the server refuses a name the language would not compile.
 */
export function packageFromPath(filePath: string, language: ConstantsLanguage): string | undefined {
  const folders = filePath.split(/[\\/]+/).slice(0, -1);
  if (language === 'go') {
    const name = folders
      .at(-1)
      ?.toLowerCase()
      .replace(/[^a-z0-9_]/g, '');
    return name && /^[a-z_]/.test(name) ? name : undefined;
  }
  if (language !== 'java' && language !== 'kotlin') return undefined;
  const root = folders
    .map((f, i) => (JAVA_ROOTS.includes(f) ? i : -1))
    .filter((i) => i >= 0)
    .at(-1);
  if (root === undefined) return undefined;
  const parts = folders.slice(root + 1);
  return parts.length && parts.every((p) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(p)) ? parts.join('.') : undefined;
}

/**
 * Whether a file exists, by `stat`: only "not found" (VS Code's `FileSystemError.FileNotFound`,
 * Node's `ENOENT`) means absent. Any other failure (no permission, unavailable, a path through
 * a file) is rethrown: a command that took it for "absent" would write over a file it could not see.
 */
export async function fileExists<T>(stat: (target: T) => PromiseLike<unknown>, target: T): Promise<boolean> {
  try {
    await stat(target);
    return true;
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    if (code === 'FileNotFound' || code === 'ENOENT') return false;
    throw e;
  }
}

import type { SkipReason } from '../service/analysis/limits';

/**
 * Which skipped documents were already announced: a document too large or minified is told
 * once per reason, not on every request. Settings changes forget (the limits may have moved).
 */
export class SkipNotices {
  private readonly told = new Set<string>();

  /** True the first time a document is skipped for this reason. */
  first(uri: string, reason: SkipReason['kind']): boolean {
    const key = `${uri}\u0000${reason}`;
    if (this.told.has(key)) return false;
    this.told.add(key);
    return true;
  }

  clear(): void {
    this.told.clear();
  }
}

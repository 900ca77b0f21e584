import type { Connection } from 'vscode-languageserver/node';
import { readSettings, type StatusCodesSettings } from '../service/settings/settings';

/**
 * Settings per document. Clients that support `workspace/configuration` are asked
 * per resource (multi-root folders can differ); others push settings through
 * `initializationOptions` or `workspace/didChangeConfiguration`.
 */
export class SettingsProvider {
  private readonly cache = new Map<string, Promise<StatusCodesSettings>>();
  private pushed: unknown;

  constructor(
    private readonly connection: Connection,
    private readonly pull: boolean,
    initial: unknown,
    private readonly log: (m: string) => void,
  ) {
    this.pushed = initial;
  }

  /** Settings changed: forget what was cached; `settings` is what the client pushed, if anything. */
  changed(settings: unknown): void {
    if (settings !== undefined && settings !== null) this.pushed = settings;
    this.cache.clear();
  }

  forResource(uri: string): Promise<StatusCodesSettings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.fetch(uri);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  private async fetch(uri: string): Promise<StatusCodesSettings> {
    let raw: unknown = this.pushed;
    if (this.pull) {
      try {
        [raw] = await this.connection.workspace.getConfiguration([{ scopeUri: uri, section: 'statusCodes' }]);
      } catch (e) {
        this.log(`Could not read settings for ${uri}: ${(e as Error).message}. Using defaults.`);
      }
    }
    const problems: string[] = [];
    const settings = readSettings(raw, problems);
    for (const p of problems) this.log(p);
    return settings;
  }
}

/** Accepts `{ statusCodes: {...} }`, `{ settings: { statusCodes: {...} } }` or the bare object. */
export function unwrapSettings(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (v.settings !== undefined) return unwrapSettings(v.settings);
  if (v.statusCodes !== undefined) return v.statusCodes;
  return value;
}

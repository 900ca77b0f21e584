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
      // A failure is never remembered: the next request asks again.
      settings.catch(() => {
        if (this.cache.get(uri) === settings) this.cache.delete(uri);
      });
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
    let settings: StatusCodesSettings;
    try {
      settings = readSettings(raw, problems);
    } catch (e) {
      // Settings no reader foresaw (nesting deep enough to overflow the stack): the defaults serve.
      problems.push(`Settings for ${uri} could not be read (${(e as Error).message}); using the defaults.`);
      settings = readSettings(undefined);
    }
    for (const p of problems) this.log(p);
    return settings;
  }
}

/** Accepts `{ statusCodes: {...} }`, `{ settings: { statusCodes: {...} } }` or the bare object. */
export function unwrapSettings(value: unknown): unknown {
  // A loop, not recursion: `{ settings: { settings: ... } }` may be nested as deep as a client likes.
  for (let current = value; ; ) {
    if (typeof current !== 'object' || current === null) return undefined;
    const v = current as Record<string, unknown>;
    if (Object.hasOwn(v, 'settings') && v.settings !== undefined) current = v.settings;
    else if (Object.hasOwn(v, 'statusCodes') && v.statusCodes !== undefined) return v.statusCodes;
    else return current;
  }
}

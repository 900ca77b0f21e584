import type { InitializationOptions } from '../protocol';
import { unwrapSettings } from './settingsProvider';

/** What the server takes from `initializationOptions`, read once in `initialize`. */
export interface StartOptions {
  readonly trusted: boolean;
  readonly allowAbsoluteCataloguePaths: boolean;
  /** The `statusCodes` settings section a client pushed, if any (raw: the settings reader checks it). */
  readonly settings: unknown;
}

/** Reads `initializationOptions` as any client may send them (anything at all, or nothing). */
export function readInitializationOptions(raw: unknown): StartOptions {
  const options = (typeof raw === 'object' && raw !== null ? raw : {}) as InitializationOptions;
  return {
    // Editors without a notion of trust do not send it: the user started the server on their files.
    // A flag that is sent is trusted only as `true`: `"false"`, `0` or `null` is a client's mistake, not trust.
    trusted: options.trusted === undefined || options.trusted === true,
    allowAbsoluteCataloguePaths: options.userSettings?.allowAbsoluteCataloguePaths === true,
    settings: unwrapSettings(raw),
  };
}

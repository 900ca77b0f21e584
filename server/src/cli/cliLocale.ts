import { resolveLocale, type LanguageSetting, type Locale } from '../service/l10n/locale';

/** What `--lang` takes: the values of `statusCodes.language`. */
export const LANG_VALUES: readonly LanguageSetting[] = ['auto', 'en', 'zh-cn'];

/**
 * The terminal's display language, as POSIX programs read the language of their messages:
 * LC_ALL overrides LC_MESSAGES, which overrides LANG; the first one set wins.
 */
export function terminalLanguage(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return value;
  }
  return undefined;
}

/**
 * The locale of a CLI run for one folder: `--lang` if given, else the folder's `statusCodes.language`;
 * `auto` (the default of both) follows the terminal's language.
 */
export function cliLocale(
  lang: LanguageSetting | undefined,
  folderLanguage: LanguageSetting,
  env: NodeJS.ProcessEnv = process.env,
): Locale {
  return resolveLocale(lang ?? folderLanguage, terminalLanguage(env));
}

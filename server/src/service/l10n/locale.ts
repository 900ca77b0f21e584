import type { StatusCodesSettings } from '../settings/settings';

/** The languages Status Codes speaks: its messages, and the catalogue entries that carry `translations`. */
export type Locale = 'en' | 'zh-cn';

export const LOCALES: readonly Locale[] = ['en', 'zh-cn'];

/** `statusCodes.language`: a locale, or `auto` (follow the editor's display language). */
export type LanguageSetting = StatusCodesSettings['language'];

/**
 * The locale a user reads: `statusCodes.language` unless it is `auto`, then the display language
 * (VS Code's `vscode.env.language`, the CLI's LANG). Simplified Chinese in any spelling (`zh-CN`,
 * `zh_CN.UTF-8`, `zh-Hans`, `zh-SG`, bare `zh`) reads Chinese; Traditional Chinese (`zh-TW`, `zh-HK`,
 * `zh-Hant`) and everything else reads English, as the translations are in Simplified characters.
 */
export function resolveLocale(setting: LanguageSetting | undefined, displayLanguage?: string): Locale {
  if (setting === 'en' || setting === 'zh-cn') return setting;
  return displayLocale(displayLanguage);
}

/** The locale for a display language tag or POSIX locale name (`zh_CN.UTF-8`); English when unknown. */
export function displayLocale(tag: string | undefined): Locale {
  if (typeof tag !== 'string') return 'en';
  const normalized = tag.trim().toLowerCase().replace(/_/g, '-').split(/[.@]/)[0] ?? '';
  const [language, ...rest] = normalized.split('-');
  if (language !== 'zh') return 'en';
  return rest.some((part) => ['tw', 'hk', 'mo', 'hant'].includes(part)) ? 'en' : 'zh-cn';
}

import zhCn from '../../../../l10n/bundle.l10n.zh-cn.json';
import type { Locale } from './locale';

/**
 * The server's user-facing text in the reader's locale. Messages are keyed by their English text,
 * as `vscode.l10n.t` keys them, and come from the same bundles as the client's (l10n/*.json):
 * one source, one translation, checked by test/unit/l10nBundles.test.ts. `{0}`, `{1}`... are
 * replaced by the arguments, after translation (arguments are never translated).
 */
export function t(locale: Locale, message: string, ...args: readonly (string | number)[]): string {
  const template = locale === 'zh-cn' ? (BUNDLES['zh-cn'][message] ?? message) : message;
  return args.length === 0 ? template : template.replace(/\{(\d+)\}/g, (m, i: string) => String(args[Number(i)] ?? m));
}

const BUNDLES: Readonly<Record<Exclude<Locale, 'en'>, Readonly<Record<string, string>>>> = { 'zh-cn': zhCn };

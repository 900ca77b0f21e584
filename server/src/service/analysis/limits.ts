import type { TextDocument } from 'vscode-languageserver-textdocument';
import { linesOf } from '../text/lineSource';
import type { StatusCodesSettings } from '../settings/settings';
import { resolveLocale, type Locale } from '../l10n/locale';
import { t } from '../l10n/messages';

export type SkipReason =
  | { readonly kind: 'language'; readonly message: string }
  | { readonly kind: 'too-large'; readonly message: string }
  | { readonly kind: 'minified'; readonly message: string }
  | { readonly kind: 'binary'; readonly message: string };

/** How much of the head of a file is sampled for NUL bytes and overlong lines. */
const SAMPLE = 1 << 20;

/** The last answer per document, for one version and one settings object: every request asks. */
const answers = new WeakMap<
  TextDocument,
  { version: number; settings: StatusCodesSettings; locale: Locale; reason: SkipReason | undefined }
>();

/**
 * Whether a document is left alone, and why. Checking costs at most one pass over
 * the first megabyte, once per version of the document, so it is safe on any file.
 */
export function skipReason(
  document: TextDocument,
  settings: StatusCodesSettings,
  locale: Locale = resolveLocale(settings.language),
): SkipReason | undefined {
  const known = answers.get(document);
  if (known && known.version === document.version && known.settings === settings && known.locale === locale)
    return known.reason;
  const reason = computeSkipReason(document, settings, locale);
  answers.set(document, { version: document.version, settings, locale, reason });
  return reason;
}

function computeSkipReason(
  document: TextDocument,
  settings: StatusCodesSettings,
  locale: Locale,
): SkipReason | undefined {
  if (!settings.languages.includes(document.languageId)) {
    return {
      kind: 'language',
      message: t(locale, "Language '{0}' is not in statusCodes.languages.", document.languageId),
    };
  }
  const lines = linesOf(document);
  if (settings.maxFileSize > 0 && lines.length > settings.maxFileSize) {
    return {
      kind: 'too-large',
      message: t(
        locale,
        '{0} is not analysed: {1} is over statusCodes.maxFileSize ({2}).',
        document.uri,
        formatSize(lines.length),
        formatSize(settings.maxFileSize),
      ),
    };
  }
  const sample = lines.head(SAMPLE);
  if (sample.includes('\u0000'))
    return {
      kind: 'binary',
      message: t(locale, '{0} is not analysed: it looks binary (it contains NUL characters).', document.uri),
    };
  if (settings.maxLineLength > 0 && hasLineLongerThan(sample, settings.maxLineLength)) {
    return {
      kind: 'minified',
      message: t(
        locale,
        '{0} is not analysed: it has a line of over {1} characters (minified code?). See statusCodes.maxLineLength.',
        document.uri,
        settings.maxLineLength,
      ),
    };
  }
  return undefined;
}

/**
 * Whether a line of `text` is longer than `max`. Lines end at \r\n, \n or a lone \r (a CR-only file has many
 * short lines, not one long one). Two native searches (\n and \r) jump from break to break: a pattern match per
 * line allocates a match object per line, most of the cost of this check on ordinary files.
 */
function hasLineLongerThan(text: string, max: number): boolean {
  let lineStart = 0;
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (;;) {
    const end = lf < 0 ? (cr < 0 ? text.length : cr) : cr < 0 ? lf : Math.min(lf, cr);
    if (end - lineStart > max) return true;
    if (end >= text.length) return false;
    lineStart = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    if (lf >= 0 && lf < lineStart) lf = text.indexOf('\n', lineStart);
    if (cr >= 0 && cr < lineStart) cr = text.indexOf('\r', lineStart);
  }
}

function formatSize(bytes: number): string {
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

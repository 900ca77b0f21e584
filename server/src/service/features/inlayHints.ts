import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { InlayHint, Range } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis/documentAnalysis';
import { isRecognised } from '../analysis/findings';
import { entriesFor } from './hover';
import type { StatusCodesSettings } from '../settings/settings';
import { entryMessage } from '../l10n/localizedEntry';
import type { Locale } from '../l10n/locale';

/**
 * The short message after each recognised code in `range` (`414` ` Parameter error`).
 * Off unless the user asks for it: hints change how every code line looks.
 */
export function inlayHints(
  analysis: DocumentAnalysis,
  document: TextDocument,
  range: Range,
  settings: StatusCodesSettings,
  locale: Locale = 'en',
): InlayHint[] {
  if (!settings.inlayHints.enable) return [];
  const hints: InlayHint[] = [];
  const last = Math.min(range.end.line, document.lineCount - 1);
  for (let line = Math.max(0, range.start.line); line <= last; line++) {
    const findings = analysis.onLine(line);
    for (const finding of findings) {
      if (!isRecognised(finding)) continue;
      if (
        (line === range.start.line && finding.end < range.start.character) ||
        (line === range.end.line && finding.end > range.end.character)
      )
        continue;
      const entry = entriesFor(analysis, finding)[0];
      if (!entry) continue;
      // A message or constant names the code it stands for; a code only needs its meaning.
      const prefix = finding.kind === 'code' ? '' : `${String(entry.code)} · `;
      hints.push({
        position: { line, character: finding.end },
        label: truncate(prefix + shortMessage(entryMessage(entry, locale)), settings.inlayHints.maxLength),
        paddingLeft: true,
      });
    }
  }
  return hints;
}

/** The message without its closing full stop: a hint is a label, not a sentence. */
const shortMessage = (message: string): string => message.trim().replace(/[.。]$/, '');

/** Cuts `text` to at most `max` characters, ending with `…` when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { CatalogueIndex } from '../catalogue/catalogueIndex';
import type { DocumentAnalysis } from '../analysis/documentAnalysis';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../analysis/findings';
import { Suppressions } from './suppressions';
import { documentationHref } from './diagnosticDocumentation';
import {
  DIAGNOSTIC_KINDS,
  type DiagnosticKind,
  type SeverityName,
  type StatusCodesSettings,
} from '../settings/settings';
import { entryMessage } from '../l10n/localizedEntry';
import { resolveLocale, type Locale } from '../l10n/locale';
import { t } from '../l10n/messages';

/** The `source` of every diagnostic we publish; code actions only look at these. */
export const DIAGNOSTIC_SOURCE = 'status-codes';

/**
 * What a diagnostic carries for its quick fixes, computed once during validation:
 * the code as written and the codes it was probably meant to be, best first.
 */
export interface StatusCodeDiagnosticData {
  readonly text: string;
  readonly suggestions: readonly string[];
}

/** The diagnostics of one document, and whether statusCodes.diagnostics.maxProblems cut them short. */
export interface DiagnosisResult {
  readonly diagnostics: Diagnostic[];
  readonly truncated: boolean;
}

/**
 * The diagnostics of one document, the first `settings.diagnostics.maxProblems` of them.
 * `sessionIgnores` adds to `settings.ignore` (codes ignored without a settings file).
 */
export function diagnoseDocument(
  document: TextDocument,
  analysis: DocumentAnalysis,
  settings: StatusCodesSettings,
  sessionIgnores: ReadonlySet<string> = new Set(),
  locale: Locale = resolveLocale(settings.language),
): DiagnosisResult {
  const collector = new DiagnosticsCollector(document, analysis, settings, sessionIgnores, locale);
  if (collector.wantsMore) analysis.visit(collector.add);
  return { diagnostics: collector.diagnostics, truncated: collector.truncated };
}

/**
 * Brings the analysis up to date in slices (see DocumentAnalysis.settle) and returns its
 * diagnostics as soon as they are final: the first maxProblems problems are final once the
 * scan has passed them, so a file with many problems does not wait for the rest of its scan
 * (which the caller may finish later). The caller checks that no edit came in meanwhile.
 */
export async function settleDiagnostics(
  document: TextDocument,
  analysis: DocumentAnalysis,
  settings: StatusCodesSettings,
  sessionIgnores: ReadonlySet<string> = new Set(),
  sliceMs?: number,
  locale: Locale = resolveLocale(settings.language),
): Promise<DiagnosisResult> {
  const collector = new DiagnosticsCollector(document, analysis, settings, sessionIgnores, locale);
  let collected = 0;
  await analysis.settle(sliceMs, () => {
    const upTo = analysis.currentLines;
    analysis.visitLines(collected, upTo, collector.add);
    collected = upTo;
    return !collector.wantsMore;
  });
  if (collector.wantsMore && !analysis.stale) analysis.visitLines(collected, Infinity, collector.add);
  return { diagnostics: collector.diagnostics, truncated: collector.truncated };
}

/**
 * Turns findings, taken in document order, into the diagnostics to publish: the first
 * `settings.diagnostics.maxProblems` of them. Once it has seen one more than that it wants
 * no more, so a caller that feeds it while a scan is under way can publish before the scan ends.
 */
class DiagnosticsCollector implements DiagnosisResult {
  readonly diagnostics: Diagnostic[] = [];
  truncated = false;
  private readonly ignored: ReadonlySet<string>;
  private readonly limit: number;
  /** Suppression comments (`status-codes-ignore-next-line`, `status-codes-ignore-file`); undefined while off. */
  private readonly suppressions: Suppressions | undefined;

  constructor(
    document: TextDocument,
    private readonly analysis: DocumentAnalysis,
    private readonly settings: StatusCodesSettings,
    sessionIgnores: ReadonlySet<string> = new Set(),
    private readonly locale: Locale = 'en',
  ) {
    this.ignored = new Set([...settings.ignore, ...sessionIgnores]);
    this.limit = settings.diagnostics.maxProblems > 0 ? settings.diagnostics.maxProblems : Infinity;
    this.suppressions = settings.diagnostics.enable ? new Suppressions(document, analysis) : undefined;
  }

  /**
   * False once no later finding can change what is published (diagnostics off, more problems
   * than the cap, or every code ignored in this file).
   */
  get wantsMore(): boolean {
    return this.settings.diagnostics.enable && !this.truncated && !this.suppressions?.wholeFile;
  }

  /** Takes the next finding in document order; returns wantsMore. */
  readonly add = (finding: Finding): boolean => {
    if (!this.wantsMore) return false;
    if (!isDiagnosticKind(finding.kind) || this.ignored.has(finding.text)) return true;
    const severity = SEVERITY[this.settings.diagnostics.severity[finding.kind]];
    if (severity === undefined || this.suppressions?.suppresses(finding)) return true;
    if (this.diagnostics.length >= this.limit) {
      this.truncated = true;
      return false;
    }
    const data: StatusCodeDiagnosticData = { text: finding.text, suggestions: [...(finding.suggestions ?? [])] };
    const href = documentationHref(finding, this.analysis.catalogue, this.analysis.relevanceOfCurrentLines);
    this.diagnostics.push({
      range: {
        start: { line: finding.line, character: finding.start },
        end: { line: finding.line, character: finding.end },
      },
      severity,
      source: DIAGNOSTIC_SOURCE,
      code: finding.kind,
      ...(href === undefined ? {} : { codeDescription: { href } }),
      message: messageFor(finding, finding.kind, this.analysis, this.locale),
      data,
    });
    return true;
  };
}

/** Whether a diagnostic is one of ours with the data our quick fixes need. */
export function statusCodeDiagnostic(
  d: Diagnostic,
): { kind: DiagnosticKind; data: StatusCodeDiagnosticData } | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE || typeof d.code !== 'string' || !isDiagnosticKind(d.code)) return undefined;
  const data = d.data as Partial<StatusCodeDiagnosticData> | undefined;
  if (
    !data ||
    typeof data.text !== 'string' ||
    !Array.isArray(data.suggestions) ||
    !data.suggestions.every((s) => typeof s === 'string')
  )
    return undefined;
  return { kind: d.code, data: { text: data.text, suggestions: data.suggestions } };
}

const SEVERITY: Readonly<Record<SeverityName, DiagnosticSeverity | undefined>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
  off: undefined,
};

const isDiagnosticKind = (kind: string): kind is DiagnosticKind =>
  (DIAGNOSTIC_KINDS as readonly string[]).includes(kind);

function messageFor(finding: Finding, kind: DiagnosticKind, analysis: DocumentAnalysis, locale: Locale): string {
  const suggestions = finding.suggestions ?? [];
  const index = analysis.catalogue;
  switch (kind) {
    case 'unknown-string-code':
      return unknownCode(`'${finding.text}'`, suggestions[0] && `'${suggestions[0]}'`, locale);
    case 'near-miss-code': {
      const best = suggestions[0] && withMeaning(suggestions[0], index, analysis.relevanceOfCurrentLines, locale);
      return unknownCode(finding.text, best, locale);
    }
    case 'undocumented-code': {
      // Information, not an error: the catalogue may simply be older than the service.
      const provider = index.providers.find((p) => p.id === finding.providerId);
      const name = provider?.name ?? finding.providerId;
      return name
        ? t(locale, '{0} is not in the {1} catalogue', finding.text, name)
        : t(locale, '{0} is not in the status code catalogue', finding.text);
    }
  }
}

/** The message names the best suggestion only; the quick fixes offer every one. One sentence per key, so each
 * language joins its two sentences its own way. */
const unknownCode = (code: string, best: string | undefined, locale: Locale): string =>
  best
    ? t(locale, 'Unknown status code {0}. Did you mean {1}?', code, best)
    : t(locale, 'Unknown status code {0}.', code);

/** `660300001 (The room does not exist.)`: the meaning of the likeliest provider's entry. */
export function withMeaning(
  code: string,
  index: CatalogueIndex,
  relevance?: ReturnType<CatalogueIndex['relevanceFor']>,
  locale: Locale = 'en',
): string {
  const entries = index.numeric(code);
  const entry = relevance ? index.rank(entries, relevance)[0] : entries[0];
  return entry ? `${code} (${oneLine(entryMessage(entry, locale))})` : code;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

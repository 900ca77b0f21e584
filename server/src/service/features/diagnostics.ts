import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { CatalogueIndex } from '../catalogue/catalogueIndex';
import type { DocumentAnalysis } from '../analysis/documentAnalysis';
import type { Finding } from '../analysis/findings';
import {
  DIAGNOSTIC_KINDS,
  type DiagnosticKind,
  type SeverityName,
  type StatusCodesSettings,
} from '../settings/settings';

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
  analysis: DocumentAnalysis,
  settings: StatusCodesSettings,
  sessionIgnores: ReadonlySet<string> = new Set(),
): DiagnosisResult {
  if (!settings.diagnostics.enable) return { diagnostics: [], truncated: false };
  const ignored = new Set([...settings.ignore, ...sessionIgnores]);
  const limit = settings.diagnostics.maxProblems > 0 ? settings.diagnostics.maxProblems : Infinity;
  const out: Diagnostic[] = [];
  let truncated = false;
  analysis.visit((finding) => {
    if (!isDiagnosticKind(finding.kind) || ignored.has(finding.text)) return true;
    const severity = SEVERITY[settings.diagnostics.severity[finding.kind]];
    if (severity === undefined) return true;
    if (out.length >= limit) {
      truncated = true;
      return false;
    }
    const data: StatusCodeDiagnosticData = { text: finding.text, suggestions: [...(finding.suggestions ?? [])] };
    out.push({
      range: {
        start: { line: finding.line, character: finding.start },
        end: { line: finding.line, character: finding.end },
      },
      severity,
      source: DIAGNOSTIC_SOURCE,
      code: finding.kind,
      message: messageFor(finding, finding.kind, analysis),
      data,
    });
    return true;
  });
  return { diagnostics: out, truncated };
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

function messageFor(finding: Finding, kind: DiagnosticKind, analysis: DocumentAnalysis): string {
  const suggestions = finding.suggestions ?? [];
  const index = analysis.catalogue;
  switch (kind) {
    case 'unknown-string-code':
      return `Unknown status code '${finding.text}'.${didYouMean(suggestions[0] && `'${suggestions[0]}'`)}`;
    case 'near-miss-code':
      return `Unknown status code ${finding.text}.${didYouMean(suggestions[0] && withMeaning(suggestions[0], index, analysis.relevance))}`;
    case 'undocumented-code': {
      // Information, not an error: the catalogue may simply be older than the service.
      const provider = index.providers.find((p) => p.id === finding.providerId);
      return `${finding.text} is not in the ${provider?.name ?? finding.providerId ?? 'status code'} catalogue`;
    }
  }
}

/** The message names the best suggestion only; the quick fixes offer every one. */
const didYouMean = (best: string | undefined): string => (best ? ` Did you mean ${best}?` : '');

/** `660300001 (The room does not exist.)`: the meaning of the likeliest provider's entry. */
export function withMeaning(
  code: string,
  index: CatalogueIndex,
  relevance?: ReturnType<CatalogueIndex['relevanceFor']>,
): string {
  const entries = index.numeric(code);
  const entry = relevance ? index.rank(entries, relevance)[0] : entries[0];
  return entry ? `${code} (${oneLine(entry.message)})` : code;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

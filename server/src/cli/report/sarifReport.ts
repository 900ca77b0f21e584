import { pathToFileURL } from 'node:url';
import { DEFAULT_SETTINGS, DIAGNOSTIC_KINDS, type DiagnosticKind } from '../../service/settings/settings';
import { escapeMarkdown, safeLink } from '../../service/render/markdown';
import type { Problem, Severity } from '../check/problem';
import { displayPath, type CheckReport } from './checkReport';
import { RULES } from './rules';

/** The base id the results' relative paths are resolved against (GitHub maps it to the checkout). */
export const SOURCE_ROOT = '%SRCROOT%';

const LEVEL: Readonly<Record<Severity | 'off', 'error' | 'warning' | 'note' | 'none'>> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
  off: 'none',
};

export interface SarifTool {
  readonly version: string;
  /** Where the rules are documented, when the manifest names a home page; rule ids become its anchors. */
  readonly helpBase?: string;
}

/**
 * A SARIF 2.1.0 log of one run: rules are our diagnostic codes, locations are relative to
 * %SRCROOT% (the working directory), columns count UTF-16 code units as LSP does.
 */
export function sarifReport(report: CheckReport, tool: SarifTool): string {
  const ruleIndex = new Map(DIAGNOSTIC_KINDS.map((k, i) => [k as string, i]));
  const results = report.results.flatMap((r) => {
    const uri = encodeURI(displayPath(report.root, r.path));
    return r.problems.map((p) => ({
      ruleId: p.rule,
      ...(ruleIndex.has(p.rule) ? { ruleIndex: ruleIndex.get(p.rule) } : {}),
      level: LEVEL[p.severity],
      message: resultMessage(p),
      ...(p.docs ? { properties: { documentation: p.docs } } : {}),
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri, uriBaseId: SOURCE_ROOT },
            region: {
              startLine: p.line + 1,
              startColumn: p.character + 1,
              endLine: p.endLine + 1,
              endColumn: p.endCharacter + 1,
            },
          },
        },
      ],
    }));
  });
  const notifications = report.results.flatMap((r) =>
    r.skipped
      ? [
          {
            level: 'note' as const,
            message: { text: r.skipped.message },
            descriptor: { id: `skipped-${r.skipped.reason}` },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(displayPath(report.root, r.path)), uriBaseId: SOURCE_ROOT },
                },
              },
            ],
          },
        ]
      : [],
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: driver(tool) },
        ...(report.shard
          ? { automationDetails: { id: `status-codes/shard-${report.shard.index}-of-${report.shard.count}` } }
          : {}),
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: directoryUri(report.root) } },
        columnKind: 'utf16CodeUnits',
        results,
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function driver(tool: SarifTool) {
  return {
    name: 'status-codes',
    version: tool.version,
    semanticVersion: tool.version,
    ...(tool.helpBase ? { informationUri: tool.helpBase } : {}),
    rules: DIAGNOSTIC_KINDS.map((id: DiagnosticKind) => ({
      id,
      name: RULES[id].name,
      shortDescription: { text: RULES[id].short },
      fullDescription: { text: RULES[id].text },
      help: { text: RULES[id].text, markdown: RULES[id].markdown },
      ...(tool.helpBase ? { helpUri: `${tool.helpBase}#${id}` } : {}),
      defaultConfiguration: { level: LEVEL[DEFAULT_SETTINGS.diagnostics.severity[id]] },
      properties: { tags: ['status-codes'] },
    })),
  };
}

/**
 * A result has no helpUri of its own in SARIF: the vendor documentation of the likeliest code goes into the
 * markdown form of the message (viewers that render markdown show it as a link) and the result's properties.
 */
function resultMessage(p: Problem): { text: string; markdown?: string } {
  if (!p.docs) return { text: p.message };
  return { text: p.message, markdown: `${escapeMarkdown(p.message)} ${safeLink('Vendor documentation', p.docs)}` };
}

function directoryUri(dir: string): string {
  const uri = pathToFileURL(dir).toString();
  return uri.endsWith('/') ? uri : `${uri}/`;
}

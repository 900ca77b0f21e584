import { UsageError } from '../args';

interface SarifRun {
  tool: { driver: { name: string; rules?: { id: string }[] } & Record<string, unknown> };
  automationDetails?: unknown;
  originalUriBaseIds?: Record<string, { uri?: string }>;
  results?: ({ ruleId?: string; ruleIndex?: number } & Record<string, unknown>)[];
  invocations?: unknown[];
  [key: string]: unknown;
}
interface SarifLog {
  version: string;
  runs: SarifRun[];
  [key: string]: unknown;
}

/**
 * Merges the SARIF logs of `check --shard K/N` runs into one log with one run per tool:
 * rules are united by id (rule indexes renumbered), results and invocations concatenated.
 * The shards must have run from the same root (GitHub maps %SRCROOT% to the checkout).
 */
export function mergeSarif(texts: readonly { name: string; text: string }[]): string {
  const logs = texts.map(({ name, text }) => {
    try {
      const log = JSON.parse(text) as SarifLog;
      if (log.version !== '2.1.0' || !Array.isArray(log.runs)) throw new Error('not a SARIF 2.1.0 log');
      return log;
    } catch (e) {
      throw new UsageError(`${name}: ${(e as Error).message}`);
    }
  });
  const merged = new Map<string, SarifRun>();
  for (const run of logs.flatMap((l) => l.runs)) {
    const key = run.tool.driver.name;
    const into = merged.get(key);
    if (!into) {
      const { automationDetails: _shard, ...rest } = run;
      merged.set(key, { ...rest, results: [], invocations: [], tool: { driver: { ...run.tool.driver, rules: [] } } });
    }
    append(merged.get(key)!, run);
  }
  return `${JSON.stringify({ ...logs[0], runs: [...merged.values()] }, null, 2)}\n`;
}

function append(into: SarifRun, run: SarifRun): void {
  const rules = into.tool.driver.rules!;
  const ruleIds = rules.map((r) => r.id);
  const runRules = run.tool.driver.rules ?? [];
  for (const rule of runRules) {
    if (ruleIds.includes(rule.id)) continue;
    rules.push(rule);
    ruleIds.push(rule.id);
  }
  for (const [id, base] of Object.entries(run.originalUriBaseIds ?? {})) {
    const known = into.originalUriBaseIds?.[id];
    if (known && known.uri !== base.uri)
      throw new UsageError(
        `The logs resolve ${id} differently (${known.uri} and ${base.uri}): run the shards from the same root.`,
      );
    into.originalUriBaseIds = { ...into.originalUriBaseIds, [id]: base };
  }
  for (const result of run.results ?? []) {
    const ruleId = result.ruleId ?? (result.ruleIndex !== undefined ? runRules[result.ruleIndex]?.id : undefined);
    const ruleIndex = ruleId === undefined ? -1 : ruleIds.indexOf(ruleId);
    into.results!.push(ruleIndex >= 0 ? { ...result, ruleId, ruleIndex } : result);
  }
  into.invocations!.push(...(run.invocations ?? []));
}

import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { LanguageSetting } from '../service/l10n/locale';
import { LANG_VALUES } from './cliLocale';

/** A command line that cannot be carried out: exit code 2, with the message and the usage hint. */
export class UsageError extends Error {}

export type Format = 'text' | 'json' | 'sarif';
export type FailOn = 'error' | 'warning' | 'information' | 'hint' | 'none';

export interface CheckOptions {
  readonly command: 'check';
  readonly patterns: readonly string[];
  readonly format: Format;
  readonly failOn: FailOn;
  /** Check only files changed against this git ref (`--changed` alone: HEAD, i.e. uncommitted work). */
  readonly changed?: string;
  readonly shard?: { readonly index: number; readonly count: number };
  readonly jobs?: number;
  readonly ignoreFiles: boolean;
  readonly output?: string;
  readonly verbose: boolean;
  /** `--lang`: the language of the messages (default: the folder's statusCodes.language, then LANG). */
  readonly lang?: LanguageSetting;
}
export interface ExplainOptions {
  readonly command: 'explain';
  readonly query: string;
  readonly provider?: string;
  readonly lang?: LanguageSetting;
  readonly format: 'text' | 'json';
}
export interface AnnotateOptions {
  readonly command: 'annotate';
  readonly inputs: readonly string[];
  readonly lang?: LanguageSetting;
}
export interface MergeSarifOptions {
  readonly command: 'merge-sarif';
  readonly inputs: readonly string[];
  readonly output?: string;
}
export type CliOptions =
  | CheckOptions
  | ExplainOptions
  | AnnotateOptions
  | MergeSarifOptions
  | { readonly command: 'help'; readonly topic?: string }
  | { readonly command: 'version' };

const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'information', 'hint', 'none'];

/** Parses `status-codes <command> ...` (argv without node and the script). */
export function parseCommandLine(argv: readonly string[]): CliOptions {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help')
    return { command: 'help', topic: rest[0] };
  if (command === '-v' || command === '--version' || command === 'version') return { command: 'version' };
  if (rest.includes('-h') || rest.includes('--help')) return { command: 'help', topic: command };
  switch (command) {
    case 'check':
      return parseCheck(rest);
    case 'explain':
      return parseExplain(rest);
    case 'annotate': {
      const { values, positionals } = parse(rest, { lang: { type: 'string' } });
      return { command: 'annotate', inputs: positionals.length ? positionals : ['-'], lang: langOf(values.lang) };
    }
    case 'merge-sarif': {
      const { values, positionals } = parse(rest, { output: { type: 'string', short: 'o' } });
      if (positionals.length === 0) throw new UsageError('merge-sarif needs the SARIF files to merge.');
      return { command: 'merge-sarif', inputs: positionals, output: values.output as string | undefined };
    }
    default:
      throw new UsageError(`Unknown command '${command}'.`);
  }
}

function parseCheck(argv: readonly string[]): CheckOptions {
  // `--changed` takes an optional value: alone it must not swallow the next path as its ref.
  const normalised = argv.map((a) => (a === '--changed' ? '--changed=HEAD' : a));
  const { values, positionals } = parse(normalised, {
    format: { type: 'string', short: 'f' },
    'fail-on': { type: 'string' },
    changed: { type: 'string' },
    shard: { type: 'string' },
    jobs: { type: 'string', short: 'j' },
    'no-ignore': { type: 'boolean' },
    output: { type: 'string', short: 'o' },
    verbose: { type: 'boolean' },
    lang: { type: 'string' },
  });
  const changed = values.changed as string | undefined;
  if (changed !== undefined && changed.trim() === '') throw new UsageError('--changed= needs a git ref.');
  return {
    command: 'check',
    patterns: positionals.length ? positionals : ['.'],
    format: oneOf('--format', values.format, FORMATS, 'text'),
    failOn: oneOf('--fail-on', values['fail-on'], FAIL_ON, 'warning'),
    changed,
    shard: values.shard === undefined ? undefined : parseShard(values.shard as string),
    jobs: values.jobs === undefined ? undefined : positiveInteger('--jobs', values.jobs as string),
    ignoreFiles: values['no-ignore'] !== true,
    output: values.output as string | undefined,
    verbose: values.verbose === true,
    lang: langOf(values.lang),
  };
}

function parseExplain(argv: readonly string[]): ExplainOptions {
  const { values, positionals } = parse(argv, {
    provider: { type: 'string', short: 'p' },
    lang: { type: 'string' },
    format: { type: 'string', short: 'f' },
  });
  if (positionals.length !== 1)
    throw new UsageError('explain takes one code, constant or server message, e.g. `explain 414`.');
  return {
    command: 'explain',
    query: positionals[0]!,
    provider: values.provider as string | undefined,
    lang: langOf(values.lang),
    format: oneOf('--format', values.format, ['text', 'json'] as const, 'text'),
  };
}

/** `--lang auto|en|zh-cn` (any case: `zh-CN` as VS Code and LANG write it). */
function langOf(value: unknown): LanguageSetting | undefined {
  return oneOf('--lang', typeof value === 'string' ? value.toLowerCase() : value, LANG_VALUES, undefined);
}

/** `K/N` with 1 <= K <= N. */
export function parseShard(text: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count)
    throw new UsageError(`--shard takes K/N with 1 <= K <= N (e.g. --shard 2/4), not '${text}'.`);
  return { index, count };
}

function parse(
  argv: readonly string[],
  options: ParseArgsConfig['options'],
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function oneOf<T extends string, F extends T | undefined>(
  flag: string,
  value: unknown,
  allowed: readonly T[],
  fallback: F,
): T | F {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} takes one of ${allowed.join(', ')}, not '${String(value)}'.`);
}

function positiveInteger(flag: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} takes a positive whole number, not '${text}'.`);
  return n;
}

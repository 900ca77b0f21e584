// Scores the pure service against the labelled real-code corpus in test/fixtures/real-world/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { StatusCodeDiagnosticData } from '../../server/src/service/features/diagnostics';
import { isRecognised } from '../../server/src/service/analysis/findings';
import { entriesFor } from '../../server/src/service/features/hover';
import { REPO_ROOT, type TestService } from './service';

export const CORPUS_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'real-world');

/** What a label says a token is: a code of a provider, or nothing. */
export interface Meaning {
  readonly provider: string;
  readonly code: number | string;
}

/** One row of labels.json. */
export interface Label {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly token: string;
  /** Which occurrence of the token on the line, 1-based (default 1). */
  readonly occurrence?: number;
  readonly expect: Meaning | null;
  /** A warning is expected here, with this first suggestion. */
  readonly diagnostic?: { readonly suggestion: string };
}

/** One disagreement between the service and the labels, with a stable key for the known-miss list. */
export interface Outcome {
  readonly kind: 'false-positive' | 'wrong-meaning' | 'miss' | 'false-diagnostic' | 'missed-diagnostic';
  /** `file:line:token[#occurrence]`, or `file:line:column` where no label is near. */
  readonly key: string;
  readonly detail: string;
}

export interface Score {
  readonly files: number;
  readonly languages: readonly string[];
  readonly labels: number;
  readonly codes: number;
  readonly truePositives: number;
  /** Recognised findings (hoverable), right or wrong. */
  readonly findings: number;
  readonly diagnostics: number;
  readonly precision: number;
  readonly recall: number;
  readonly outcomes: readonly Outcome[];
}

const LANGUAGE_BY_EXTENSION: Readonly<Record<string, string>> = {
  '.java': 'java',
  '.kt': 'kotlin',
  '.swift': 'swift',
  '.m': 'objective-c',
  '.ts': 'typescript',
  '.js': 'javascript',
  '.cpp': 'cpp',
  '.c': 'c',
  '.cs': 'csharp',
  '.py': 'python',
  '.go': 'go',
  '.php': 'php',
  '.dart': 'dart',
  '.log': 'log',
  '.yaml': 'yaml',
  '.json': 'json',
};

export function readLabels(): Label[] {
  const raw = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, 'labels.json'), 'utf8')) as { labels: Label[] };
  return raw.labels;
}

/** The corpus files (everything but the README and the labels), relative to CORPUS_DIR with `/`. */
export function corpusFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (fs.statSync(full).isDirectory()) walk(full);
      else if (name !== 'README.md' && name !== 'labels.json')
        out.push(path.relative(CORPUS_DIR, full).split(path.sep).join('/'));
    }
  };
  walk(CORPUS_DIR);
  return out;
}

export function languageOf(file: string): string {
  const language = LANGUAGE_BY_EXTENSION[path.extname(file)];
  if (!language) throw new Error(`no language for ${file}`);
  return language;
}

const labelKey = (l: Label) =>
  `${l.file}:${l.line}:${l.token}${l.occurrence && l.occurrence > 1 ? `#${l.occurrence}` : ''}`;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a label's token is on its line: [start, end) in UTF-16 characters, or undefined when it is not there. */
export function tokenRange(lineText: string, label: Label): { start: number; end: number } | undefined {
  // Word-like tokens match whole words only: `0` is not the 0 of `100`.
  const before = /^[\w$]/.test(label.token) ? '(?<![\\w$])' : '';
  const after = /[\w$]$/.test(label.token) ? '(?![\\w$])' : '';
  const pattern = new RegExp(before + escapeRegExp(label.token) + after, 'g');
  let n = 0;
  for (const m of lineText.matchAll(pattern)) {
    if (++n === (label.occurrence ?? 1)) return { start: m.index, end: m.index + label.token.length };
  }
  return undefined;
}

interface Placed {
  readonly label: Label;
  readonly start: number;
  readonly end: number;
}

const overlaps = (p: Placed, line: number, start: number, end: number) =>
  p.label.line - 1 === line && start < p.end && p.start < end;

const meaningText = (m: Meaning | null) => (m ? `${m.provider} ${String(m.code)}` : 'not a code');

/** Labels placed in their files; labels whose token is not on their line are returned apart. */
export function placeLabels(labels: readonly Label[]): { placed: Map<string, Placed[]>; unplaced: Label[] } {
  const placed = new Map<string, Placed[]>();
  const unplaced: Label[] = [];
  const texts = new Map<string, string[]>();
  for (const label of labels) {
    let lines = texts.get(label.file);
    if (!lines) {
      const file = path.join(CORPUS_DIR, label.file);
      lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split(/\r?\n/) : [];
      texts.set(label.file, lines);
    }
    const range = lines[label.line - 1] !== undefined ? tokenRange(lines[label.line - 1]!, label) : undefined;
    if (!range) {
      unplaced.push(label);
      continue;
    }
    const list = placed.get(label.file) ?? [];
    list.push({ label, ...range });
    placed.set(label.file, list);
  }
  return { placed, unplaced };
}

/** Runs the service over every corpus file and compares hovers and diagnostics with the labels. */
export function scoreCorpus(service: TestService): Score {
  const labels = readLabels();
  const { placed } = placeLabels(labels);
  const outcomes: Outcome[] = [];
  const files = corpusFiles();
  let truePositives = 0,
    findings = 0,
    diagnostics = 0;
  for (const file of files) {
    const text = fs.readFileSync(path.join(CORPUS_DIR, file), 'utf8');
    const { document, analysis } = service.analyse(text, languageOf(file), `file:///real-world/${file}`);
    const here = placed.get(file) ?? [];
    const found = new Set<Placed>();
    for (const f of analysis.all()) {
      if (!isRecognised(f)) continue;
      findings++;
      const label = here.find((p) => overlaps(p, f.line, f.start, f.end));
      const top = entriesFor(analysis, f)[0];
      const got: Meaning | null = top ? { provider: top.provider.id, code: top.code } : null;
      if (!label) {
        outcomes.push({
          kind: 'false-positive',
          key: `${file}:${f.line + 1}:${f.text}`,
          detail: `unlabelled token read as ${meaningText(got)}`,
        });
        continue;
      }
      found.add(label);
      const expected = label.label.expect;
      if (expected && got && got.provider === expected.provider && got.code === expected.code) {
        truePositives++;
      } else if (!expected) {
        outcomes.push({ kind: 'false-positive', key: labelKey(label.label), detail: `read as ${meaningText(got)}` });
      } else {
        outcomes.push({
          kind: 'wrong-meaning',
          key: labelKey(label.label),
          detail: `read as ${meaningText(got)}, is ${meaningText(expected)}`,
        });
      }
    }
    for (const p of here) {
      if (p.label.expect && !found.has(p))
        outcomes.push({ kind: 'miss', key: labelKey(p.label), detail: `is ${meaningText(p.label.expect)}` });
    }
    const warned = new Set<Placed>();
    for (const d of service.service.doValidation(document, analysis, service.settings).diagnostics) {
      diagnostics++;
      const label = here.find((p) => overlaps(p, d.range.start.line, d.range.start.character, d.range.end.character));
      const suggestion = (d.data as StatusCodeDiagnosticData | undefined)?.suggestions[0];
      if (label?.label.diagnostic && label.label.diagnostic.suggestion === suggestion) {
        warned.add(label);
        continue;
      }
      const key = label ? labelKey(label.label) : `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      outcomes.push({ kind: 'false-diagnostic', key, detail: `${String(d.code)}: ${d.message}` });
    }
    for (const p of here) {
      if (p.label.diagnostic && !warned.has(p)) {
        outcomes.push({
          kind: 'missed-diagnostic',
          key: labelKey(p.label),
          detail: `expected a warning suggesting ${p.label.diagnostic.suggestion}`,
        });
      }
    }
  }
  const codes = labels.filter((l) => l.expect).length;
  return {
    files: files.length,
    languages: [...new Set(files.map(languageOf))].sort(),
    labels: labels.length,
    codes,
    truePositives,
    findings,
    diagnostics,
    precision: findings === 0 ? 1 : truePositives / findings,
    recall: codes === 0 ? 1 : truePositives / codes,
    outcomes,
  };
}

/** The known-miss key of an outcome: `kind key`. */
export const outcomeKey = (o: Outcome): string => `${o.kind} ${o.key}`;

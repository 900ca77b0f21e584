// Two builds' pure analysis side by side in one process (not part of `npm run bench`): on a shared,
// drifting machine, the only fair comparison of a change is the two builds alternating run by run.
//   node out/test/bench/compareBuilds.js BEFORE_CHECKOUT AFTER_CHECKOUT [runs]
// Each checkout must have been built with `npm run compile-tests` (its out/ is loaded). Prints, per
// benchmarked language, both builds' CPU time as multiples of the regex floor and the median and
// range of the per-pair ratios after/before.
import * as path from 'node:path';
import { BENCH_LANGUAGES, generateSource } from './generateSource';
import { median } from './measure';

type Analyse = (text: string, languageId: string) => void;

function loadBuild(checkout: string): Analyse {
  const out = path.resolve(checkout, 'out');
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { ChunkedDocument } = require(
    path.join(out, 'server/src/service/text/chunkedDocument'),
  ) as typeof import('../../server/src/service/text/chunkedDocument');
  const { createTestService } = require(path.join(out, 'test/support/service')) as typeof import('../support/service');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const { service, index, settings } = createTestService();
  let uri = 0;
  return (text, languageId) => {
    const document = ChunkedDocument.create(`file:///compare/${++uri}`, languageId, 1, text);
    service.doValidation(document, service.doAnalysis(document, index), settings);
    service.documentClosed(document.uri);
  };
}

const LITERALS = /[0-9]+|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g;
const floorPass = (text: string): void => {
  LITERALS.lastIndex = 0;
  while (LITERALS.exec(text));
};
/** CPU time of `f` in ms: less disturbed than wall time by the other processes of a loaded machine. */
const cpuTime = (f: () => void): number => {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

const [before, after, runArg] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: node out/test/bench/compareBuilds.js BEFORE_CHECKOUT AFTER_CHECKOUT [runs]');
  process.exit(2);
}
const runs = Number(runArg ?? 21);
const builds = [loadBuild(before), loadBuild(after)] as const;
for (const language of BENCH_LANGUAGES) {
  const text = generateSource(language, 1 << 20, language === 'typescript' ? 11 : 12);
  for (let w = 0; w < 3; w++) for (const analyse of builds) analyse(text, language);
  const ratios: { before: number[]; after: number[]; change: number[] } = { before: [], after: [], change: [] };
  for (let r = 0; r < runs; r++) {
    const floor = Math.max(
      cpuTime(() => floorPass(text)),
      0.001,
    );
    const a = cpuTime(() => builds[0](text, language));
    const b = cpuTime(() => builds[1](text, language));
    ratios.before.push(a / floor);
    ratios.after.push(b / floor);
    ratios.change.push(b / a);
  }
  console.log(
    `${language.padEnd(10)} before ${median(ratios.before).toFixed(1)}x floor, after ${median(ratios.after).toFixed(1)}x` +
      ` floor, after/before ${median(ratios.change).toFixed(3)}` +
      ` [${Math.min(...ratios.change).toFixed(2)}..${Math.max(...ratios.change).toFixed(2)}]`,
  );
}

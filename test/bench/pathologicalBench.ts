// Pathological inputs against plain source of the same size, in one run: the worst ratio per
// language. This was a wall-clock unit test; timing belongs in the benchmark, not in `npm test`.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTestService } from '../support/service';
import { fillWith, PATHOLOGICAL_LANGUAGES, PATHOLOGICAL_UNITS } from '../support/pathologicalInputs';
import { BENCH_LANGUAGES, generateSource } from './generateSource';
import { median, ms, now, type Report } from './measure';

const TARGET_RATIO = 20;

export function pathologicalBench(quick: boolean, report: Report): void {
  const { service, index } = createTestService();
  let documents = 0;
  const time = (text: string, languageId: string, runs: number): number => {
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const document = TextDocument.create(`file:///bench/pathological/${++documents}`, languageId, 1, text);
      const started = now();
      service.doAnalysis(document, index).all();
      times.push(now() - started);
      service.documentClosed(document.uri);
    }
    return median(times);
  };
  const size = quick ? 60_000 : 200_000;
  for (const languageId of PATHOLOGICAL_LANGUAGES) {
    const generatedAs = BENCH_LANGUAGES.includes(languageId as never) ? (languageId as never) : 'typescript';
    const plain = generateSource(generatedAs, size, 3).slice(0, size);
    time(plain, languageId, 2); // warm up
    const baseline = time(plain, languageId, 5);
    let worst = { unit: '', ratio: 0 };
    for (const unit of PATHOLOGICAL_UNITS) {
      const ratio = time(fillWith(unit, size), languageId, quick ? 1 : 3) / baseline;
      if (ratio > worst.ratio) worst = { unit, ratio };
    }
    report({
      section: 'pathological',
      measure: `${languageId} ${size / 1000} KB, worst of ${PATHOLOGICAL_UNITS.length} inputs`,
      value: `${worst.ratio.toFixed(1)}x plain (${JSON.stringify(worst.unit)})`,
      baseline: `plain source: ${ms(baseline)}`,
      target: `≤ ${TARGET_RATIO}x`,
      met: worst.ratio <= TARGET_RATIO,
    });
  }
}

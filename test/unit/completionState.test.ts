import assert from 'node:assert/strict';
import { test } from 'node:test';
import { completionSiteAt } from '../../server/src/service/features/completionContext';
import { createTestService } from '../support/service';

const SOURCES: readonly [string, string][] = [
  [
    'typescript',
    "switch (err.code) {\n  case 414:\n    break;\n  case 'Error_Timeout':\n}\nif (err.code === \n  ) {}\nconst x = [408, 415].includes(err.code);\n/* case 1 */ const s = `a\n${1}`;",
  ],
  ['kotlin', 'when (error.code) {\n  414 -> a()\n  \n}\nif (code == '],
  ['python', 'match err.code:\n    case 403:\n        pass\n    case \nif code in (408, '],
  ['go', 'switch resp.Code {\ncase 2:\ncase \n}\n'],
];

test('completion judges the cursor the same from the analysis state as from a fresh scan', () => {
  const ts = createTestService();
  for (const [languageId, text] of SOURCES) {
    const { document, analysis } = ts.analyse(text, languageId);
    const lines = text.split('\n');
    for (let line = 0; line < lines.length; line++) {
      for (let character = 0; character <= lines[line]!.length; character++) {
        const position = { line, character };
        assert.deepEqual(
          completionSiteAt(document, position, analysis),
          completionSiteAt(document, position),
          `${languageId} ${line}:${character}`,
        );
      }
    }
  }
});

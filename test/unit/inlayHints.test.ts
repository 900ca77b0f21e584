import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { InlayHint, Range } from 'vscode-languageserver-types';
import { truncate } from '../../server/src/service/features/inlayHints';
import { createTestService } from '../support/service';

const WHOLE: Range = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

/** The text with each hint written in at its position as `[label]`. */
function render(text: string, hints: readonly InlayHint[]): string {
  const lines = text.split('\n');
  for (const h of [...hints].sort((a, b) => b.position.character - a.position.character)) {
    const l = lines[h.position.line]!;
    lines[h.position.line] = `${l.slice(0, h.position.character)}[${String(h.label)}]${l.slice(h.position.character)}`;
  }
  return lines.join('\n');
}

function hintsFor(text: string, languageId: string, settings: unknown, range: Range = WHOLE): string {
  const t = createTestService(settings);
  const { document, analysis } = t.analyse(text, languageId);
  return render(text, t.service.getInlayHints(document, range, analysis, t.settings));
}

describe('inlay hints', () => {
  const on = { inlayHints: { enable: true } };
  const cases: { name: string; languageId: string; text: string; settings: unknown; expected: string }[] = [
    {
      name: 'short message after recognised codes only',
      languageId: 'typescript',
      settings: on,
      text: 'if (err.code === 414) retry();\nfor (let i = 0; i < 414; i++) {}',
      expected: 'if (err.code === 414[Parameter error]) retry();\nfor (let i = 0; i < 414; i++) {}',
    },
    {
      name: 'string codes and long codes anywhere',
      languageId: 'java',
      settings: on,
      text: 'case "Error_Timeout":\nlong room = 660300001L;',
      expected: 'case "Error_Timeout"[Timeout]:\nlong room = 660300001L[The room does not exist];',
    },
    {
      name: 'truncated at maxLength with an ellipsis',
      languageId: 'typescript',
      settings: { inlayHints: { enable: true, maxLength: 10 } },
      text: 'if (err.code === 660300001) {}',
      expected: 'if (err.code === 660300001[The room…]) {}',
    },
    {
      name: 'none when disabled (the default)',
      languageId: 'typescript',
      settings: {},
      text: 'if (err.code === 414) retry();',
      expected: 'if (err.code === 414) retry();',
    },
  ];
  for (const c of cases) test(c.name, () => assert.equal(hintsFor(c.text, c.languageId, c.settings), c.expected));

  test('only the requested range', () => {
    const text = 'if (code === 414) {}\nif (code === 408) {}\nif (code === 414) {}';
    const range: Range = { start: { line: 1, character: 0 }, end: { line: 1, character: 30 } };
    assert.equal(
      hintsFor(text, 'typescript', on, range),
      'if (code === 414) {}\nif (code === 408[Client request timeout]) {}\nif (code === 414) {}',
    );
  });

  test('truncate keeps short text and cuts long text to the limit', () => {
    assert.equal(truncate('Parameter error', 40), 'Parameter error');
    assert.equal(truncate('abcdefghijkl', 8), 'abcdefg…');
    assert.equal(truncate('abcdefghijkl', 8).length, 8);
  });
});

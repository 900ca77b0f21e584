// The provider scores from file hints: one pass over the text must find exactly what a pattern per hint finds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Provider } from '../../server/src/service/catalogue/catalogueTypes';
import { FileHintScores } from '../../server/src/service/catalogue/fileHintScores';
import { createTestService } from '../support/service';

/** The scores as they were computed before: every hint's own pattern tested on the whole text. */
function scoresHintByHint(providers: readonly Provider[], text: string): Map<string, number> {
  const owners = new Map<string, number>();
  for (const p of providers)
    for (const h of new Set(p.fileHints.map((x) => x.toLowerCase()))) owners.set(h, (owners.get(h) ?? 0) + 1);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const scores = new Map<string, number>();
  for (const provider of providers) {
    let score = 0;
    for (const hint of new Set(provider.fileHints))
      if (new RegExp(`(?:^|[^A-Za-z0-9])${escape(hint)}(?![a-z0-9])`, 'i').test(text))
        score += owners.get(hint.toLowerCase()) === 1 ? 2 : 1;
    if (score > 0) scores.set(provider.id, score);
  }
  return scores;
}

const { index } = createTestService();
const providers = index.providers;
const hints = [...new Set(providers.flatMap((p) => p.fileHints))];

test('the built-in providers have overlapping hints (so the property below means something)', () => {
  assert.ok(hints.includes('nim') && hints.includes('nim-web-sdk') && hints.includes('nim-web-sdk-ng'));
  assert.ok(providers.filter((p) => p.fileHints.includes('zim')).length > 1, 'a shared hint');
});

test('real heads of files score as one pattern per hint scores them', () => {
  const cases = [
    "import ZIM from 'zego-zim-web';\nZIM.getInstance()",
    "import NIM from 'nim-web-sdk-ng';\nconst V2NIMErrorCode = NIM.V2NIMConst;",
    'headers: { SignatureNonce: nonce, AppId } // zegocloud server API',
    'const nimble = animation; // zimmer, zegoland, anim_x',
    '#import <NIMSDK/NIMSDK.h>\nif (error.code == NIMRemoteErrorCodeTimeout) {}',
  ];
  const scorer = new FileHintScores(providers);
  for (const text of cases) assert.deepEqual(scorer.scores(text), scoresHintByHint(providers, text), text);
  assert.equal(scorer.scores(cases[3]!).size, 0, 'a hint inside a longer word does not count');
  assert.ok(scorer.scores(cases[1]!).size >= 2, 'nested hints (nim, nim-web-sdk, nim-web-sdk-ng) all count');
});

test('any text of hints, their pieces and separators scores as one pattern per hint scores it', () => {
  const pieces = [...hints, ...hints.map((h) => h.toUpperCase()), 'a', '1', '-', '_', ' ', '/', "'", '\n', 'İ', 'K'];
  const scorer = new FileHintScores(providers);
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      assert.deepEqual(scorer.scores(text), scoresHintByHint(providers, text));
    }),
    { numRuns: 2000 },
  );
});

test('user hints with pattern characters, and no hints at all', () => {
  const provider = (id: string, fileHints: string[]) => ({ id, fileHints }) as unknown as Provider;
  const own = [provider('a', ['a.b', 'c++', '(x)']), provider('b', ['c++']), provider('c', [])];
  const scorer = new FileHintScores(own);
  for (const text of ['a.b c++ (x)', 'axb', 'c+++', '((x))', '', 'C++'])
    assert.deepEqual(scorer.scores(text), scoresHintByHint(own, text), text);
  assert.equal(new FileHintScores([provider('c', [])]).scores('anything').size, 0);
});

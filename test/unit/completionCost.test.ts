// Completion cost follows the answer, not the catalogue (issue 18 item 7): with 100,000 and 1,000,000
// entries built here, a completion visits at most its budget of entries, answers at most
// COMPLETION_LIMIT rows and says the list is incomplete when there is more.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CatalogueIndex } from '../../server/src/service/catalogue/catalogueIndex';
import type { CatalogueEntry, LoadedCatalogue, Provider } from '../../server/src/service/catalogue/catalogueTypes';
import {
  COMPLETION_BUDGET,
  COMPLETION_LIMIT,
  completions,
  newCompletionWork,
} from '../../server/src/service/features/completion';
import { builtInStore, withCursor } from '../support/service';

const WORDS = ['ROOM', 'TOKEN', 'MESSAGE', 'USER', 'GROUP', 'FILE', 'CALL', 'PUSH'];

/** A user catalogue of `count` codes from 7,000,000 up, as a parsed catalogue (parsing is not what is measured). */
function bigCatalogue(count: number): LoadedCatalogue {
  const origin = { uri: 'file:///big.codes.json', builtIn: false };
  const provider: Provider = { id: 'big', name: 'Big', fileHints: [], shapes: [], builtIn: false };
  const entries: CatalogueEntry[] = [];
  for (let i = 0; i < count; i++) {
    const word = WORDS[i % WORDS.length]!;
    entries.push({
      code: 7_000_000 + i,
      name: `${word}_ERROR_${i}`,
      message: `Generated error ${i}`,
      provider,
      line: i,
      origin,
    });
  }
  return { origin, provider, entries };
}

function completeIn(index: CatalogueIndex, snippet: string) {
  const { text, position } = withCursor(snippet);
  const document = TextDocument.create('file:///cost.ts', 'typescript', 1, text);
  const work = newCompletionWork();
  return { list: completions(document, position, index, undefined, 'en', work), work };
}

for (const count of [100_000, 1_000_000]) {
  describe(`completion with a ${count.toLocaleString('en')}-entry catalogue`, () => {
    const index = new CatalogueIndex([...builtInStore().builtInCatalogues, bigCatalogue(count)]);
    // `visits`: at most this many entries looked at (the rows, duplicates across a name's words, one more).
    const cases: { snippet: string; label: RegExp; complete?: boolean; visits: number }[] = [
      { snippet: 'if (err.code === |', label: /^\d+$/, visits: COMPLETION_LIMIT + 1 },
      { snippet: 'if (err.code === 7|', label: /^7/, visits: COMPLETION_LIMIT + 1 },
      { snippet: 'if (err.code === 7000|', label: /^7000/, visits: COMPLETION_LIMIT + 1 },
      // Exactly one code starts with these digits (and none longer): the list is complete.
      { snippet: `if (err.code === ${7_000_000 + count - 1}|`, label: /^7\d{6}$/, complete: true, visits: 1 },
      { snippet: 'if (err.code === token|', label: /^\d+$/, visits: 2 * COMPLETION_LIMIT },
      // Two words and a number: entries with `room` are checked one by one, within the budget.
      { snippet: 'if (err.code === ROOM_ERROR_12|', label: /^ROOM_ERROR_12/, visits: COMPLETION_BUDGET },
      { snippet: "switch (err.code) { case '|': }", label: /^[A-Za-z_]+$/, visits: COMPLETION_LIMIT + 1 },
      {
        snippet: 'if (err.code === ZIMErrorCode.Net|',
        label: /^Network/,
        complete: true,
        visits: 2 * COMPLETION_LIMIT,
      },
    ];
    for (const c of cases) {
      test(c.snippet, () => {
        const { list, work } = completeIn(index, c.snippet);
        assert.ok(list, 'completions');
        assert.ok(list.items.length > 0 && list.items.length <= COMPLETION_LIMIT, `${list.items.length} rows`);
        assert.ok(
          list.items.every((i) => c.label.test(i.label)),
          list.items.map((i) => i.label).join(' '),
        );
        assert.equal(list.isIncomplete, !c.complete);
        assert.ok(work.visited <= c.visits, `${work.visited} entries visited`);
      });
    }
  });
}

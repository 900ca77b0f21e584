// Entry point VS Code loads in the extension host (--extensionTestsPath): runs the mocha suite.
// A single-folder window runs every *.test.js except the multi-root ones; a window opened on
// multi.code-workspace runs only *.multi-root.test.js.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';
import * as vscode from 'vscode';

// code-shim.js sets this marker and prints only the page console lines that carry it: code-server's
// workbench log arrives in the same console as the extension host's.
const mark = process.env.STATUS_CODES_SUITE_LOG_MARK ?? '';
const print = (...args: unknown[]) => console.log(mark + util.format(...args));

export function run(): Promise<void> {
  (Mocha.reporters.Base as unknown as { consoleLog: typeof print }).consoleLog = print;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.STATUS_CODES_TEST_GREP;
  if (grep) mocha.grep(new RegExp(grep));
  const multiRoot = vscode.workspace.workspaceFile !== undefined;
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js') && f.endsWith('.multi-root.test.js') === multiRoot)
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes = 0, pending = 0 } = runner.stats ?? {};
      // a plain closing line that CI can read
      print(`vscode-${multiRoot ? 'multi-root' : 'folder'}: ${passes} passed, ${failures} failed, ${pending} skipped`);
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
  });
}

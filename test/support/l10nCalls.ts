// Finds every message the code passes to a translation function, with the TypeScript compiler API:
// `vscode.l10n.t('...')` in the client and `t(locale, '...')` in the server. A call whose message
// is not a string literal is reported as such (its key could never be checked against the bundles).
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export interface L10nCall {
  readonly file: string;
  readonly line: number;
  /** The message (the bundle key), or undefined when the call does not pass a literal. */
  readonly message: string | undefined;
}

/** Every `.ts` file under `dir`, recursively. */
export function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(full);
    return d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The translation calls of one file: `vscode.l10n.t(message, ...)` or `t(locale, message, ...)`. */
export function l10nCalls(file: string): L10nCall[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const calls: L10nCall[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const client =
        ts.isPropertyAccessExpression(callee) &&
        callee.name.text === 't' &&
        callee.expression.getText() === 'vscode.l10n';
      const server = ts.isIdentifier(callee) && callee.text === 't' && node.arguments.length >= 2;
      if (client || server) {
        const argument = node.arguments[client ? 0 : 1];
        const literal =
          argument && (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument))
            ? argument.text
            : undefined;
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        calls.push({ file, line: line + 1, message: literal });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return calls;
}

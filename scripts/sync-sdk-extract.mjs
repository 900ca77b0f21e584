// Reads error-code members out of SDK files with the TypeScript compiler API (declarations and
// JavaScript bundles alike), so that a reformatted or minified file still yields the same facts.
import ts from 'typescript';

/** @typedef {{ name: string, value: number | string | null, comment: string }} Member */

function parse(fileName, text) {
  const kind = fileName.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, kind);
}

function propertyName(sf, name) {
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return name.getText(sf);
}

/** The doc comment written before a node (`/** ... *\/` or `// ...` lines), as one line of text. */
function leadingComment(sf, node) {
  const ranges = ts.getLeadingCommentRanges(sf.text, node.pos) ?? [];
  const text = ranges.map((r) => sf.text.slice(r.pos, r.end)).join('\n');
  return text
    .replace(/^\/\*\*?|\*\/$/gm, '')
    .replace(/^\s*\/\/\/?/gm, '')
    .replace(/^\s*\*/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function numberOf(expr) {
  if (ts.isNumericLiteral(expr)) return Number(expr.text);
  if (
    ts.isPrefixUnaryExpression(expr) &&
    expr.operator === ts.SyntaxKind.MinusToken &&
    ts.isNumericLiteral(expr.operand)
  ) {
    return -Number(expr.operand.text);
  }
  if (ts.isParenthesizedExpression(expr)) return numberOf(expr.expression);
  return undefined;
}

function walk(node, visit) {
  // Iterative: bundles nest deeper than a recursive walk's stack allows.
  const stack = [node];
  while (stack.length) {
    const n = stack.pop();
    if (visit(n) === false) continue;
    const children = [];
    ts.forEachChild(n, (c) => {
      children.push(c);
    });
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** Members of `enum NAME { A = 1, B, ... }` (implicit values count on from the previous one). */
export function enumMembers(fileName, text, enumName) {
  const sf = parse(fileName, text);
  let found;
  walk(sf, (n) => {
    if (found) return false;
    if (ts.isEnumDeclaration(n) && n.name.text === enumName) {
      found = n;
      return false;
    }
    return true;
  });
  if (!found) throw new Error(`${fileName}: no enum ${enumName}`);
  const members = [];
  let next = 0;
  const byName = new Map();
  for (const m of found.members) {
    const name = propertyName(sf, m.name);
    let value;
    if (!m.initializer) value = next;
    else if (ts.isStringLiteral(m.initializer)) value = m.initializer.text;
    else if (ts.isIdentifier(m.initializer) && byName.has(m.initializer.text)) value = byName.get(m.initializer.text);
    else value = numberOf(m.initializer);
    if (value === undefined)
      throw new Error(
        `${fileName}: ${enumName}.${name} has a value this tool cannot read: ${m.initializer.getText(sf)}`,
      );
    if (typeof value === 'number') next = value + 1;
    byName.set(name, value);
    members.push({ name, value, comment: leadingComment(sf, m) });
  }
  return members;
}

/** Members of `declare const NAME: { A: number; ... }` (names and comments; the type has no values). */
export function constTypeMembers(fileName, text, constName) {
  const sf = parse(fileName, text);
  let type;
  walk(sf, (n) => {
    if (type) return false;
    if (
      ts.isVariableDeclaration(n) &&
      ts.isIdentifier(n.name) &&
      n.name.text === constName &&
      n.type &&
      ts.isTypeLiteralNode(n.type)
    ) {
      type = n.type;
      return false;
    }
    return true;
  });
  if (!type) throw new Error(`${fileName}: no const ${constName} with an object type`);
  return type.members
    .filter((m) => ts.isPropertySignature(m))
    .map((m) => ({ name: propertyName(sf, m.name), value: null, comment: leadingComment(sf, m) }));
}

function stringOf(expr) {
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return expr.text;
  return undefined;
}

/** Every object literal of the bundle whose properties are mostly `PREFIX...: { code: N, message: "..." }`; the largest
 * wins. */
export function bundleCodeObject(fileName, text, prefix) {
  const sf = parse(fileName, text);
  let best = [];
  walk(sf, (n) => {
    if (!ts.isObjectLiteralExpression(n) || n.properties.length < 10) return true;
    const members = [];
    for (const p of n.properties) {
      if (!ts.isPropertyAssignment(p) || !ts.isObjectLiteralExpression(p.initializer)) continue;
      const name = propertyName(sf, p.name);
      if (!name.startsWith(prefix)) continue;
      let value;
      let message = '';
      for (const q of p.initializer.properties) {
        if (!ts.isPropertyAssignment(q)) continue;
        const key = propertyName(sf, q.name);
        if (key === 'code') value = numberOf(q.initializer);
        if (key === 'message') message = stringOf(q.initializer) ?? '';
      }
      if (value !== undefined) members.push({ name, value, comment: message });
    }
    if (members.length * 2 >= n.properties.length && members.length > best.length) best = members;
    return true;
  });
  if (best.length === 0) throw new Error(`${fileName}: no object literal of ${prefix}* codes`);
  return best;
}

/** The largest object literal of the bundle that maps codes to message strings and has every key of `mustHave`. */
export function bundleMessageMap(fileName, text, mustHave) {
  const sf = parse(fileName, text);
  let best = [];
  walk(sf, (n) => {
    if (!ts.isObjectLiteralExpression(n) || n.properties.length < mustHave.length) return true;
    const members = [];
    for (const p of n.properties) {
      if (!ts.isPropertyAssignment(p)) continue;
      const message = stringOf(p.initializer);
      if (message === undefined) continue;
      const name = propertyName(sf, p.name);
      members.push({ name, value: /^\d+$/.test(name) ? Number(name) : name, comment: message });
    }
    const keys = new Set(members.map((m) => m.name));
    if (mustHave.every((k) => keys.has(k)) && members.length > best.length) best = members;
    return true;
  });
  if (best.length === 0) throw new Error(`${fileName}: no message map with ${mustHave.join(', ')}`);
  return best;
}

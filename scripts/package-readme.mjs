// Writes dist/README.md, the README packaged in the .vsix (vsce --readme-path).
// The Extensions view renders the packaged README in a webview with no base URL whose CSP allows
// images only from https: and data:, so a relative picture or link never resolves there. Hence:
// pictures are inlined as data: URIs, links into the repository become their text, and the parts
// between <!-- not in the package --> and <!-- /not in the package --> (contributor material) are left out.
// usage: node scripts/package-readme.mjs [README.md] [dist/README.md]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.resolve(repo, process.argv[2] ?? 'README.md');
const target = path.resolve(repo, process.argv[3] ?? 'dist/README.md');

const OMITTED = /^<!-- not in the package -->\n[\s\S]*?^<!-- \/not in the package -->\n/gm;
const IMAGE_TYPES = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif' };
const isExternal = (href) => /^(https?:|mailto:|#)/i.test(href);

/** Rewrites the prose of the README (outside code): pictures inlined, repository links to text. */
function rewriteProse(text) {
  // inline code spans are left as they are (`[..](x)` in a code span is not a link)
  return text.replace(/(`+)[\s\S]*?\1|(!?)\[([^\]]*)\]\(([^)\s]+)\)/g, (all, tick, bang, label, href) => {
    if (tick) return all;
    if (isExternal(href)) return all;
    if (!bang) return label;
    const file = path.resolve(path.dirname(source), decodeURI(href));
    const type = IMAGE_TYPES[path.extname(file).toLowerCase()];
    if (!type) throw new Error(`${href}: only PNG, JPEG or GIF pictures can be inlined (the packaged README)`);
    return `![${label}](data:${type};base64,${fs.readFileSync(file).toString('base64')})`;
  });
}

export function packageReadme(markdown) {
  const kept = markdown.replace(OMITTED, '');
  if (/<!-- \/?not in the package -->/.test(kept)) throw new Error('unbalanced <!-- not in the package --> markers');
  // fenced code blocks are copied as they are
  return kept
    .split(/^(```[\s\S]*?^```\n?)/m)
    .map((part, i) => (i % 2 ? part : rewriteProse(part)))
    .join('')
    .replace(/\n{3,}/g, '\n\n');
}

fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, packageReadme(fs.readFileSync(source, 'utf8')));
console.log(`${path.relative(repo, target)}: the packaged README (${fs.statSync(target).size} bytes)`);

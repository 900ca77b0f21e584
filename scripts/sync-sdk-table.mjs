// The committed form of an SDK fact table (one member per line, so a release shows as a short diff)
// and the report of what changed between two versions of a table.

export function formatTable(table) {
  const head = { ...table };
  delete head.members;
  const lines = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const members = table.members.map((m) => `    ${JSON.stringify(m)}`);
  return `{\n${lines.join(',\n')},\n  "members": [\n${members.join(',\n')}\n  ]\n}\n`;
}

/** Lines that say what a sync changed: members added, removed, renumbered, re-commented; version moves. */
export function diffTables(old, next) {
  if (!old) return [`new table (${next.members.length} members)`];
  const out = [];
  if (old.version !== next.version) out.push(`version ${old.version} -> ${next.version}`);
  if (old.file !== next.file) out.push(`file ${old.file} -> ${next.file}`);
  for (const key of new Set([...Object.keys(old), ...Object.keys(next)])) {
    if (key === 'members' || key === 'version' || key === 'file') continue;
    if (JSON.stringify(old[key]) !== JSON.stringify(next[key]))
      out.push(`${key}: ${JSON.stringify(old[key]) ?? '(none)'} -> ${JSON.stringify(next[key]) ?? '(none)'}`);
  }
  const before = new Map(old.members.map((m) => [m.name, m]));
  const after = new Map(next.members.map((m) => [m.name, m]));
  for (const [name, m] of after) {
    const o = before.get(name);
    if (!o) out.push(`+ ${name} = ${m.value}${m.comment ? `  (${m.comment})` : ''}`);
    else if (o.value !== m.value) out.push(`~ ${name}: ${o.value} -> ${m.value}`);
    else if (o.comment !== m.comment || o.message !== m.message)
      out.push(`~ ${name}: comment now ${JSON.stringify(m.comment || m.message)}`);
  }
  for (const [name, o] of before) if (!after.has(name)) out.push(`- ${name} = ${o.value}`);
  return out;
}

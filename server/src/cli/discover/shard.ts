/**
 * Whether a file belongs to shard `index` of `count` (1-based). The split hashes each path
 * (FNV-1a over its UTF-16 code units), so every machine of a CI matrix computes the same
 * split from the same tree, and adding a file moves no other file to another shard.
 */
export function inShard(relativePath: string, index: number, count: number): boolean {
  if (count <= 1) return true;
  let hash = 0x811c9dc5;
  for (let i = 0; i < relativePath.length; i++) {
    hash ^= relativePath.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count === index - 1;
}

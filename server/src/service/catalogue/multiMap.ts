/**
 * A map from a key to one or more values. Almost every key has one value, so a single
 * value is stored as itself: indexing 100,000 entries allocates no array per key.
 */
export class MultiMap<K, V extends object> {
  private readonly map = new Map<K, V | V[]>();

  add(key: K, value: V): void {
    const existing = this.map.get(key);
    if (existing === undefined) this.map.set(key, value);
    else if (Array.isArray(existing)) existing.push(value);
    else this.map.set(key, [existing, value]);
  }

  get(key: K): readonly V[] {
    const found = this.map.get(key);
    return found === undefined ? NONE : Array.isArray(found) ? found : [found];
  }

  has(key: K): boolean {
    return this.map.has(key);
  }
  keys(): IterableIterator<K> {
    return this.map.keys();
  }
  get size(): number {
    return this.map.size;
  }
}

const NONE: readonly never[] = Object.freeze([]);

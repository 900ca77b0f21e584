import { detached } from './detached';

/**
 * Remembered answers, keyed by a name or a code as written, that forget everything
 * once they hold `limit` of them: bounded memory with no bookkeeping per look-up.
 * String keys are detached from the text they were cut from (see detached.ts).
 */
export class BoundedMemo<K extends string | number, V> {
  private readonly answers = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    return this.answers.get(key);
  }

  /** Stores and returns `value`. */
  remember(key: K, value: V): V {
    if (this.answers.size >= this.limit) this.answers.clear();
    this.answers.set((typeof key === 'string' ? detached(key) : key) as K, value);
    return value;
  }
}

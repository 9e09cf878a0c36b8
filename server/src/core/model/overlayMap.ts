/**
 * A lookup that is another one with some values replaced, for the model's lookups by id after
 * an edit that kept every id: copying a 20,000-entry map to replace the one entry typed in cost
 * more than the rest of the model's update. The replacements of successive versions are merged
 * over the same base, so a lookup is at most two map lookups; once they grow to a fraction of
 * the base, a version copies everything into a plain map again.
 */
export class OverlayMap<K, V> implements ReadonlyMap<K, V> {
  private constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly over: ReadonlyMap<K, V>,
  ) {}

  /**
   * `base` with the values of `replaced` put in. Every key of `replaced` must be a key of `base`
   * (the keys stay the same, in the same order); only the values change.
   */
  static replacing<K, V>(base: ReadonlyMap<K, V>, replaced: Iterable<readonly [K, V]>): ReadonlyMap<K, V> {
    const root = base instanceof OverlayMap ? (base as OverlayMap<K, V>).base : base;
    const over = new Map(base instanceof OverlayMap ? (base as OverlayMap<K, V>).over : []);
    for (const [key, value] of replaced) over.set(key, value);
    if (over.size * 8 <= root.size) return new OverlayMap(root, over);
    const plain = new Map(root);
    for (const [key, value] of over) plain.set(key, value);
    return plain;
  }

  get size(): number {
    return this.base.size;
  }

  get(key: K): V | undefined {
    return this.over.has(key) ? this.over.get(key) : this.base.get(key);
  }

  has(key: K): boolean {
    return this.base.has(key);
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this) callback.call(thisArg, value, key, this);
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.base) yield [key, this.over.has(key) ? (this.over.get(key) as V) : value];
  }

  keys(): MapIterator<K> {
    return this.base.keys();
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}

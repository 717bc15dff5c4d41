import type { Clock } from "./clock";

export interface CacheOptions<K> {
  readonly maxEntries: number;
  ttlMs?: number;
  keyOf?: (raw: unknown) => K;
}

export enum EvictionReason {
  Expired = "expired",
  Capacity = "capacity",
}

type Entry<V> = { value: V; expires: number };

/** A small LRU cache. See the README: "Here is how eviction works". */
export class LruCache<K, V> {
  private readonly entries = new Map<K, Entry<V>>();
  onEvict?: (key: K, reason: EvictionReason) => void;
  declare readonly brand: "lru";

  constructor(
    private readonly options: CacheOptions<K>,
    private readonly clock: Clock = { now: () => Date.now() },
  ) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.clock.now()) {
      this.evict(key, EvictionReason.Expired);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: K, value: V): this {
    const ttl = this.options.ttlMs ?? Infinity;
    this.entries.set(key, { value, expires: this.clock.now() + ttl });
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value as K;
      this.evict(oldest, EvictionReason.Capacity);
    }
    return this;
  }

  private evict(key: K, reason: EvictionReason): void {
    this.entries.delete(key);
    this.onEvict?.(key, reason);
  }
}

export function isCache(x: unknown): x is LruCache<unknown, unknown> {
  return x instanceof LruCache;
}

export const defaults = { maxEntries: 100 } satisfies CacheOptions<string>;
const legacy = <number>(<unknown>"42");
export { legacy };

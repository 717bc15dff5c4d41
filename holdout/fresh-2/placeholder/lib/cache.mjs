import { EventEmitter } from 'node:events';

export class TtlCache extends EventEmitter {
  constructor({ ttlMs = 60_000, maxEntries = 500 } = {}) {
    super();
    this.ttlMs = ttlMs;
    this.maxEntries = maxEntries;
    this.entries = new Map();
  }

  get(key) {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.expiresAt <= Date.now()) {
      this.entries.delete(key);
      this.emit('expired', key);
      return undefined;
    }
    return hit.value;
  }

  set(key, value) {
    this.entries.set(key, { value, expiresAt: Date.now() + this.ttlMs });
    if (this.entries.size > this.maxEntries) {
      this.evict();
    }
  }

  evict() {
    ...
  }
}

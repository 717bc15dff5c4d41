export class LruCache {
  #max;
  #ttl;
  #map = new Map();

  constructor({ max = 500, ttlMs = 60_000 } = {}) {
    this.#max = max;
    this.#ttl = ttlMs;
  }

  get(key) {
    const entry = this.#map.get(key);
    if (!entry) return undefined;
    if (entry.expires < Date.now()) {
      this.#map.delete(key);
      return undefined;
    }
    this.#map.delete(key);
    this.#map.set(key, entry);
    return entry.value;
  }

  set(key, value) {
    this.#map.delete(key);
    this.#map.set(key, { value, expires: Date.now() + this.#ttl });
    if (this.#map.size > this.#max) {
      this.evict();
    }
    return this;
  }

  evict() {
    /* … existing code … */
  }

  get size() {
    return this.#map.size;
  }
}


```javascript
'use strict';

class TtlCache {
  constructor(ttlMs = 30_000) {
    this.ttlMs = ttlMs;
    this.map = new Map();
  }

  get(key) {
    const entry = this.map.get(key);
    if (!entry) return undefined;
    if (entry.expires < Date.now()) {
      this.map.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key, value, ttlMs = this.ttlMs) {
    this.map.set(key, { value, expires: Date.now() + ttlMs });
    return this;
  }

  async wrap(key, producer) {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const value = await producer();
    this.set(key, value);
    return value;
  }
}

module.exports = { TtlCache };
```


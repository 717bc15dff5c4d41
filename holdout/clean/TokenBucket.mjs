export class TokenBucket {
  #capacity;
  #tokens;
  #refillPerSecond;
  #lastRefill = Date.now();
  static #instances = 0;

  static {
    if (typeof globalThis.performance === 'undefined') {
      console.warn('TokenBucket: performance.now() unavailable, using Date.now()');
    }
  }

  constructor(capacity, refillPerSecond) {
    this.#capacity = capacity;
    this.#tokens = capacity;
    this.#refillPerSecond = refillPerSecond;
    TokenBucket.#instances++;
  }

  #refill() {
    const now = Date.now();
    const elapsed = (now - this.#lastRefill) / 1000;
    this.#tokens = Math.min(this.#capacity, this.#tokens + elapsed * this.#refillPerSecond);
    this.#lastRefill = now;
  }

  tryTake(count = 1) {
    this.#refill();
    if (this.#tokens < count) return false;
    this.#tokens -= count;
    return true;
  }

  get available() {
    this.#refill();
    return Math.floor(this.#tokens);
  }

  static isBucket(value) {
    return value !== null && typeof value === 'object' && #tokens in value;
  }

  static get count() {
    return TokenBucket.#instances;
  }
}

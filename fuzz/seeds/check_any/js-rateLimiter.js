const { EventEmitter } = require("events");

/**
 * Token bucket rate limiter.
 *
 * ```js
 * const limiter = new RateLimiter({ capacity: 10, refillPerSecond: 5 });
 * ```
 */
class RateLimiter extends EventEmitter {
  #tokens;
  #last = Date.now();

  constructor({ capacity = 10, refillPerSecond = 1 } = {}) {
    super();
    this.capacity = capacity;
    this.refillPerSecond = refillPerSecond;
    this.#tokens = capacity;
  }

  get available() {
    this.#refill();
    return this.#tokens;
  }

  #refill() {
    const now = Date.now();
    const elapsed = (now - this.#last) / 1000;
    this.#tokens = Math.min(this.capacity, this.#tokens + elapsed * this.refillPerSecond);
    this.#last = now;
  }

  tryRemove(count = 1) {
    this.#refill();
    if (this.#tokens >= count) {
      this.#tokens -= count;
      return true;
    }
    this.emit("limited", { count, available: this.#tokens });
    return false;
  }
}

// the rest of the module wires the limiter into the HTTP client
const pattern = /\/\*.*?\*\//g; // strips /* comments */
const banner = `
Here is the updated file:
<<<<<<< HEAD
`;

module.exports = { RateLimiter, pattern, banner };

/**
 * Retry an async operation with exponential backoff.
 *
 * @param {() => Promise<any>} fn        operation to run
 * @param {object} [opts]
 * @param {number} [opts.retries=3]      how many times to retry
 * @param {number} [opts.baseDelay=200]  first delay in ms
 * @param {(err: Error) => boolean} [opts.shouldRetry]
 */
async function retry(fn, opts = {}) {
  // TODO: rest of implementation
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function jitter(ms) {
  return Math.round(ms * (0.5 + Math.random()));
}

module.exports = { retry, sleep, jitter };

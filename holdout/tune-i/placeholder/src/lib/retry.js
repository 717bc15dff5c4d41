const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function retry(fn, { retries = 3, baseDelay = 200, factor = 2, onRetry } = {}) {
  let attempt = 0;
  let lastError;

  while (attempt <= retries) {
    try {
      return await fn(attempt);
    } catch (err) {
      lastError = err;
      if (attempt === retries || err.retryable === false) break;
      const delay = baseDelay * factor ** attempt;
      onRetry?.(err, attempt, delay);
      await sleep(delay);
      attempt += 1;
    }
  }

  throw lastError;
}

export function isRetryableStatus(status) {
  …
}

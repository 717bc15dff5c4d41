const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function backoffDelay(attempt, base = 200, cap = 10_000) {
  const exp = Math.min(cap, base * 2 ** attempt);
  return Math.floor(Math.random() * exp);
}

async function retry(fn, { retries = 5, onRetry } = {}) {
  let lastErr;
  for (let attempt = 0; attempt <= retries; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      lastErr = err;
      if (attempt === retries) break;
      const delay = backoffDelay(attempt);
      if (onRetry) onRetry(err, attempt, delay);
      await sleep(delay);
    }
  }
  throw lastErr;
}

module.exports = { retry, backoffDelay };

export async function retry(fn, { attempts = 4, baseMs = 200, factor = 2, shouldRetry = () => true } = {}) {
  let lastError;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      lastError = err;
      if (attempt === attempts - 1 || !shouldRetry(err)) break;
      const delay = baseMs * factor ** attempt;
      const jitter = Math.random() * delay * 0.2;
      await new Promise((resolve) => setTimeout(resolve, delay + jitter));
    }
  }
  throw lastError;
}

export const isTransient = (err) =>
  ['ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN'].includes(err?.code) || err?.status >= 500;

### Explanation

- **Exponential backoff**: the delay doubles after every failed attempt (`baseMs * factor ** attempt`).
- **Jitter**: a random 0–20% is added so that many clients don't retry in lockstep.
- **`shouldRetry`**: lets you bail out early for errors that will never succeed, such as a 400.

async function fetchWithRetry(url, options = {}, retries = 3) {
  for (let attempt = 1; attempt <= retries; attempt += 1) {
    try {
      const res = await fetch(url, options);
      if (res.ok) return res;
      console.warn(`HTTP ${res.status} from ${url}; retrying...`);
    } catch (err) {
      console.warn(`Network error (${err.message}); retrying…`);
    }
    await new Promise((r) => setTimeout(r, 250 * 2 ** attempt));
  }
  throw new Error(`Giving up on ${url} after ${retries} attempts`);
}

module.exports = { fetchWithRetry };

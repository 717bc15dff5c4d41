async function retryFetch(url, options = {}, retries = 3, backoffMs = 300) {
  for (let attempt = 0; attempt <= retries; attempt++) {
    try {
      const res = await fetch(url, options);
      if (res.status < 500) return res;
    } catch (err) {
      if (attempt === retries) throw err;
    }
    await new Promise((r) => setTimeout(r, backoffMs * 2 ** attempt));
  }
  throw new Error(`Request to ${url} failed after ${retries + 1} attempts`);
}

module.exports = { retryFetch };

Let me know if you'd like me to add tests for this!

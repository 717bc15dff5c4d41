Great question! To add automatic retries, wrap `fetch` like this:

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function fetchWithRetry(url, options = {}, retries = 3) {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(url, options);
    if (res.ok || attempt >= retries || res.status < 500) return res;
    await sleep(2 ** attempt * 250);
  }
}

export async function getJson(url) {
  const res = await fetchWithRetry(url);
  if (!res.ok) throw new Error(`GET ${url} failed: ${res.status}`);
  return res.json();
}

const ENDPOINT = "https://analytics.example.com/collect";
const queue = [];
let timer = null;

export function track(event, props = {}) {
  queue.push({ event, props, ts: Date.now(), url: location.pathname });
  if (queue.length >= 20) {
    flush();
  } else if (!timer) {
    timer = setTimeout(flush, 5000);
  }
}

export function flush() {
  clearTimeout(timer);
  timer = null;
  if (queue.length === 0) return;
  const batch = queue.splice(0, queue.length);
  const body = JSON.stringify(batch);
  if (navigator.sendBeacon) {
    navigator.sendBeacon(ENDPOINT, body);
  } else {
    fetch(ENDPOINT, { method: "POST", body, keepalive: true });
  }
}

addEventListener("pagehide", flush);

import { onCLS, onINP, onLCP } from 'web-vitals';

const ENDPOINT = '/_vitals';

function send(metric) {
  const body = JSON.stringify({
    name: metric.name,
    value: Math.round(metric.value),
    rating: metric.rating,
    page: location.pathname,
  });
  if (navigator.sendBeacon) {
    navigator.sendBeacon(ENDPOINT, body);
  } else {
    fetch(ENDPOINT, { method: 'POST', body, keepalive: true });
  }
}

const defaults = {...};

export function initAnalytics(options = {}) {
  const config = { ...defaults, ...options };
  if (!config.enabled) return;
  onCLS(send);
  onINP(send);
  onLCP(send);
}

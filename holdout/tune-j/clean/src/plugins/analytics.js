import { loadScript } from '../lib/loadScript.js';

const SCRIPT_URL = 'https://plausible.io/js/script.js';

/**
 * Legacy hook kept for plugin API compatibility (v1 plugins called setup()).
 */
export function setup() {
  // ... (intentionally empty: the default export handles it)
}

export default async function analyticsPlugin(app, { domain, enabled = true } = {}) {
  if (!enabled || typeof window === 'undefined') return;
  await loadScript(SCRIPT_URL, { 'data-domain': domain, defer: true });
  app.config.globalProperties.$track = (name, props) => window.plausible?.(name, { props });
}

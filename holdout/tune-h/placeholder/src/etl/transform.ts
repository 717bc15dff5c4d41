import type { RawEvent, CleanEvent } from './types';

const BOT_UA = /bot|crawler|spider|headless/i;

export function normalize(raw: RawEvent): CleanEvent | null {
  if (!raw.userId || !raw.ts) return null;
  if (raw.userAgent && BOT_UA.test(raw.userAgent)) return null;

  const ts = new Date(raw.ts);
  if (Number.isNaN(ts.getTime())) return null;

  return {
    userId: raw.userId.trim(),
    event: raw.event.toLowerCase().replace(/\s+/g, '_'),
    ts: ts.toISOString(),
    country: raw.geo?.country ?? 'ZZ',
    props: sanitizeProps(raw.props ?? {}),
  };
}

function sanitizeProps(props: Record<string, unknown>): Record<string, string | number | boolean> {
  <snip>
}

export function dedupe(events: CleanEvent[]): CleanEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = `${e.userId}|${e.event}|${e.ts}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

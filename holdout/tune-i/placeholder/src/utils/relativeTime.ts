export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

export function pickUnit(diffMs: number): Unit {
  const abs = Math.abs(diffMs);
  if (abs < 60_000) return 'second';
  if (abs < 3_600_000) return 'minute';
  if (abs < 86_400_000) return 'hour';
  if (abs < 604_800_000) return 'day';
  if (abs < 2_629_800_000) return 'week';
  if (abs < 31_557_600_000) return 'month';
  return 'year';
}

export function formatRelative(date: Date, now = new Date()): string {
  const diff = date.getTime() - now.getTime();
  const unit = pickUnit(diff);
  switch (unit) {
    case 'second':
      return rtf.format(Math.round(diff / 1000), unit);
    case 'minute':
      return rtf.format(Math.round(diff / 60_000), unit);
    case 'hour':
      return rtf.format(Math.round(diff / 3_600_000), unit);
    case 'day':
      return rtf.format(Math.round(diff / 86_400_000), unit);
    // week/month/year: same idea, just a different divisor
    default: {
      const exhaustive: never = unit;
      return exhaustive;
    }
  }
}
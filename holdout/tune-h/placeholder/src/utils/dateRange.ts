export type Preset = 'today' | 'yesterday' | 'last7' | 'last30' | 'thisMonth' | 'quarter';

export interface DateRange {
  from: Date;
  to: Date;
}

const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate());
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

export const PRESETS: Record<Preset, (now: Date) => DateRange> = {
  today: (now) => ({ from: startOfDay(now), to: now }),
  yesterday: (now) => {
    const y = addDays(startOfDay(now), -1);
    return { from: y, to: startOfDay(now) };
  },
  // last7 / last30 / thisMonth / quarter — same idea, just different offsets
};

export function resolveRange(preset: Preset, now = new Date()): DateRange {
  const fn = PRESETS[preset];
  if (!fn) throw new Error(`unknown preset: ${preset}`);
  return fn(now);
}

export function toQuery({ from, to }: DateRange): string {
  return new URLSearchParams({ from: from.toISOString(), to: to.toISOString() }).toString();
}

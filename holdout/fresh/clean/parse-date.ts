export function parseDate(input: string): Date;
export function parseDate(input: number): Date;
export function parseDate(input: Date): Date;
export function parseDate(input: string | number | Date): Date {
  if (input instanceof Date) return new Date(input.getTime());
  const d = typeof input === 'number' ? new Date(input) : new Date(Date.parse(input));
  if (Number.isNaN(d.getTime())) {
    throw new TypeError(`Invalid date: ${String(input)}`);
  }
  return d;
}

export function startOfDay(d: Date): Date {
  const copy = new Date(d);
  copy.setHours(0, 0, 0, 0);
  return copy;
}

export function addDays(d: Date, days: number): Date {
  const copy = new Date(d);
  copy.setDate(copy.getDate() + days);
  return copy;
}

export type Currency = 'USD' | 'EUR' | 'GBP';

export function formatMoney(cents: number, currency: Currency = 'USD'): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(cents / 100);
}

export function addMoney(a: number, b: number): number {
  return a + b;
}
<<<<<<< HEAD
=======

export function splitEvenly(cents: number, parts: number): number[] {
  const base = Math.floor(cents / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < cents % parts ? 1 : 0));
}
>>>>>>> feature/split-bill

const DEFAULT_LOCALE = 'en-GB';

export function formatCurrency(value: number, currency = 'EUR', locale = DEFAULT_LOCALE): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
}

export function formatPercent(value: number, digits = 1): string {
  return `${(value * 100).toFixed(digits)} %`;
}

export function formatDateDe(date: Date): string {
  return new Intl.DateTimeFormat('de-
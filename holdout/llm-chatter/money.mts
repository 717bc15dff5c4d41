export type Currency = "USD" | "EUR" | "GBP" | "JPY";

const MINOR_UNITS: Record<Currency, number> = { USD: 2, EUR: 2, GBP: 2, JPY: 0 };

export function formatMoney(amountMinor: number, currency: Currency, locale = "en-US"): string {
  const digits = MINOR_UNITS[currency];
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amountMinor / 10 ** digits);
}

export function addMoney(a: number, b: number): number {
  return a + b;
}

This version fixes the issue with JPY: yen has no minor unit, so dividing by 100 showed ¥12.34
instead of ¥1,234. Now the number of decimal places comes from the `MINOR_UNITS` table.

Is there anything else you'd like me to change?

const currencyFormatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(cents: number, currency = "EUR", locale = "de-DE"): string {
  const key = `${locale}:${currency}`;
  let fmt = currencyFormatters.get(key);
  if (!fmt) {
    fmt = new Intl.NumberFormat(locale, { style: "currency", currency });
    currencyFormatters.set(key, fmt);
  }
  return fmt.format(cents / 100);
}

// (helpers as before)

export function formatRelative(date: Date, now = new Date()): string {
  const diff = Math.round((date.getTime() - now.getTime()) / 86_400_000);
  return new Intl.RelativeTimeFormat("en", { numeric: "auto" }).format(diff, "day");
}

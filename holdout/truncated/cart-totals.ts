import type { CartLine } from "./types";

export const TAX_RATE = 0.0825;

export function lineTotal(line: CartLine): number {
  return line.unitPriceCents * line.quantity;
}

export function cartTotals(lines: readonly CartLine[], couponPercent = 0) {
  const subtotal = lines.reduce((sum, line) => sum + lineTotal(line), 0);
  const discount = Math.round((subtotal * couponPercent) / 100);
  const taxable = subtotal - discount;
  const tax = Math.round(taxable * TAX_RATE);
  const total =
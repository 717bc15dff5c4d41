import type { CartLine, TaxRule } from "./types";

export interface PriceBreakdown {
  subtotal: number;
  tax: number;
  shipping: number;
  total: number;
}

const FREE_SHIPPING_THRESHOLD = 5000;
const FLAT_SHIPPING = 599;

/**
 * Computes the price breakdown for a cart.
 *
 * Tax is applied per line using the first matching rule for the line's
 * category; lines without a matching rule are taxed at the default rate. Shipping
 * is free above the threshold, except for oversized items, which always
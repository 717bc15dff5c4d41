import { describe, expect, it } from "vitest";
import { formatPrice, applyDiscount } from "./price-utils";

describe("formatPrice", () => {
  it("formats cents as euros", () => {
    expect(formatPrice(1999, "EUR", "de-DE")).toBe("19,99\u00a0€");
  });

  // ... (omitted for brevity)
});

describe("applyDiscount", () => {
  it("never goes below zero", () => {
    expect(applyDiscount(500, 1000)).toBe(0);
  });
});

import { describe, it, expect } from "vitest";
import { clamp, lerp, roundTo } from "../src/math";

describe("clamp", () => {
  it("returns the value when in range", () => {
    expect(clamp(5, 0, 10)).toBe(5);
  });

  it("clamps to the lower bound", () => {
    expect(clamp(-3, 0, 10)).toBe(0);
  });

  it("clamps to the upper bound", () => {
    expect(clamp(42, 0, 10)).toBe(10);
  });

  it("throws when min > max", () => {
    expect(() => clamp(1, 10, 0)).toThrow(RangeError);
  });
});

describe("lerp", () => {
  it("interpolates", () => {
    expect(lerp(0, 10, 0.5)).toBe(5);
  });
});

describe("roundTo", () => {
  it("rounds to the given precision", () => {
    expect(roundTo(1.23456, 2)).toBe(1.23);
  });
});

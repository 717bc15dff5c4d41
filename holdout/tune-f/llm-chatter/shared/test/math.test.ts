import { describe, expect, it } from 'vitest';
import { clamp, roundTo, sum } from '../src/math';

describe('clamp', () => {
  it('returns the value when in range', () => {
    expect(clamp(5, 0, 10)).toBe(5);
  });
  it('clamps to the bounds', () => {
    expect(clamp(-1, 0, 10)).toBe(0);
    expect(clamp(11, 0, 10)).toBe(10);
  });
});

describe('roundTo', () => {
  it.each([
    [1.005, 2, 1.01],
    [2.345, 1, 2.3],
    [10, 0, 10],
  ])('roundTo(%d, %d) = %d', (value, digits, expected) => {
    expect(roundTo(value, digits)).toBe(expected);
  });
});

describe('sum', () => {
  it('adds numbers', () => expect(sum([1, 2, 3])).toBe(6));
});

Run the tests with `npx vitest run`. Happy coding! 🚀

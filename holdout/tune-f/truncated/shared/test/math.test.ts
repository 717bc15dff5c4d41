import { describe, expect, it } from 'vitest';
import { round, percentile } from '../src/math';

describe('round', () => {
  it('rounds half up', () => {
    expect(round(1.005, 2)).toBe(1.01);
  });

  it('handles negatives', () => {
    expect(round(-2.5, 0)).toBe(-2);

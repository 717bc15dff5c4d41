import { describe, it, expect } from 'vitest';
import { addBusinessDays, isWeekend } from '../src/dateUtils';

describe('isWeekend', () => {
  it('returns true for Saturday and Sunday', () => {
    expect(isWeekend(new Date('2024-06-01'))).toBe(true);
    expect(isWeekend(new Date('2024-06-02'))).toBe(true);
  });

  it('returns false for a Monday', () => {
    expect(isWeekend(new Date('2024-06-03'))).toBe(false);
  });
});

describe('addBusinessDays', () => {
  it('skips the weekend', () => {
    expect(addBusinessDays(new Date('2024-06-07'), 1)).toEqual(new Date('2024-06-10'));
  });

  // [other test cases omitted for brevity]
});

import { describe, expect, it } from 'vitest';
import { addBusinessDays, isWeekend, startOfIsoWeek } from './date';

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
    const friday = new Date('2024-06-07');
    expect(addBusinessDays(friday, 1).toISOString().slice(0, 10)).toBe('2024-06-10');
  });
});

// ... the remaining tests follow the same structure

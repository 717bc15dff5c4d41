import { describe, it, expect } from 'vitest';
import { slugify } from '../src/slugify.js';

const cases = [
  ['Hello World', 'hello-world'],
  ['  leading and trailing  ', 'leading-and-trailing'],
  ['Crème brûlée', 'creme-brulee'],
  ['a -- b', 'a-b'],
  // add more cases below as bugs come in
];

describe('slugify', () => {
  it.each(cases)('%s -> %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('returns an empty string for punctuation only', () => {
    expect(slugify('?!...')).toBe('');
  });
});

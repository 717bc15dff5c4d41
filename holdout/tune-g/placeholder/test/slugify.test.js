const { slugify } = require('../src/slugify');

describe('slugify', () => {
  it('lowercases and joins words with dashes', () => {
    expect(slugify('Hello World')).toBe('hello-world');
  });

  it('strips diacritics', () => {
    expect(slugify('Crème Brûlée')).toBe('creme-brulee');
  });

  it('collapses repeated separators', () => {
    expect(slugify('a  --  b')).toBe('a-b');
  });

  it('trims leading and trailing dashes', () => {
    expect(slugify('  -- draft --  ')).toBe('draft');
  });

  // add the rest of your test cases here
});

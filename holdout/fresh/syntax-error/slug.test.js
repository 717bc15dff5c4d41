const { slugify } = require('../src/slug');

describe('slugify', () => {
  it('lowercases and hyphenates', () => {
    expect(slugify('Hello World')).toBe('hello-world');
  });)

  it('strips accents', () => {
    expect(slugify('Crème brûlée')).toBe('creme-brulee');
  });

  it('collapses repeated separators', () => {
    expect(slugify('a  --  b')).toBe('a-b');
  });
});

```js {3-6}
const { sum } = require('./sum');

describe('sum', () => {
  test('adds two numbers', () => {
    expect(sum(1, 2)).toBe(3);
  });

  test('treats missing args as zero', () => {
    expect(sum(5)).toBe(5);
    expect(sum()).toBe(0);
  });

  test('throws on non-numbers', () => {
    expect(() => sum('a', 1)).toThrow(TypeError);
  });
});
```

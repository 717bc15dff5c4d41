import { describe, expect, it } from 'vitest';
import { extractCode } from '../src/prompt-builder';

describe('extractCode', () => {
  it('returns the body of the first fenced block', () => {
    const reply = 'Here is the updated file:\n```ts\nexport const a = 1;\n```\nLet me know if this helps!';
    expect(extractCode(reply)).toBe('export const a = 1;\n');
  });

  it('handles fences without a language tag', () => {
    const reply = ['```', 'console.log(1)', '```'].join('\n');
    expect(extractCode(reply)).toBe('console.log(1)\n');
  });

  it('returns the reply unchanged when there is no fence', () => {
    expect(extractCode('plain text')).toBe('plain text');
  });

  it.each([
    ['```js\nx\n```', 'x\n'],
    ['```tsx\n<A />\n```', '<A />\n'],
  ])('extracts %j', (input, expected) => {
    expect(extractCode(input)).toBe(expected);
  });
});

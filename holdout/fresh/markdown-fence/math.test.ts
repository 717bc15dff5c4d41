import { describe, expect, it } from 'vitest';
import { clamp, lerp } from './math';

describe('clamp', () => {
  it('clamps below min', () => expect(clamp(-5, 0, 10)).toBe(0));
  it('clamps above max', () => expect(clamp(50, 0, 10)).toBe(10));
  it('keeps values in range', () => expect(clamp(5, 0, 10)).toBe(5));
});
```

```ts
describe('lerp', () => {
  it('interpolates', () => {
    expect(lerp(0, 10, 0.5)).toBe(5);
    expect(lerp(10, 20, 0)).toBe(10);
  });
});
```

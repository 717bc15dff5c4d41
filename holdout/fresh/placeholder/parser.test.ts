import { describe, expect, it } from 'vitest';
import { parseQuery } from './parser';

describe('parseQuery', () => {
  it('parses key=value pairs', () => {
    expect(parseQuery('a=1&b=2')).toEqual({ a: '1', b: '2' });
  });

  it('decodes percent-encoding', () => {
    expect(parseQuery('q=hello%20world')).toEqual({ q: 'hello world' });
  });

  // the remaining tests stay as they were
});

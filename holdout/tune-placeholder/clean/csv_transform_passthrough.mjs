import { Transform } from 'node:stream';

/**
 * Uppercases the country column of a CSV stream.
 * Lines that don't have enough columns are passed through unchanged.
 */
export function uppercaseCountry(columnIndex) {
  let buffered = '';
  return new Transform({
    transform(chunk, _enc, cb) {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop();
      const out = lines.map((line) => {
        const cols = line.split(',');
        if (cols.length <= columnIndex) return line;
        cols[columnIndex] = cols[columnIndex].toUpperCase();
        return cols.join(',');
      });
      cb(null, out.length ? out.join('\n') + '\n' : '');
    },
    flush(cb) {
      cb(null, buffered);
    },
  });
}

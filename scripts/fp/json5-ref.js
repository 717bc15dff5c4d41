// The reference verdict on JSON5 files: the json5 npm package (the
// reference implementation of spec.json5.org), loaded from the directory in
// JSON5_PKG (an unpacked `npm pack json5`). Reads NUL-separated paths on
// standard input; prints `path<TAB>ok` or `path<TAB>error <message>`.
const JSON5 = require(require('path').resolve(process.env.JSON5_PKG, 'lib'));
const fs = require('fs');
const paths = fs.readFileSync(0, 'utf8').split('\0').filter(Boolean);
for (const p of paths) {
  let text;
  try {
    text = fs.readFileSync(p, 'utf8');
  } catch (e) {
    console.log(`${p}\tunreadable`);
    continue;
  }
  try {
    JSON5.parse(text);
    console.log(`${p}\tok`);
  } catch (e) {
    console.log(`${p}\terror ${e.message.replace(/\s+/g, ' ')}`);
  }
}

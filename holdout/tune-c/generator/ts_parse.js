// Usage: node ts_parse.js <typescript module dir> file...
// Prints one JSON object per line: {file, kind, diagnostics:[...]}
const path = require('path');
const fs = require('fs');
const ts = require(path.join(process.argv[2], 'node_modules', 'typescript'));
for (const file of process.argv.slice(3)) {
  const text = fs.readFileSync(file, 'utf8');
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(path.basename(file), text, ts.ScriptTarget.Latest, true, kind);
  const diags = (sf.parseDiagnostics || []).map((d) => {
    const { line, character } = sf.getLineAndCharacterOfPosition(d.start || 0);
    return `${line + 1}:${character + 1} TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
  console.log(JSON.stringify({ file, kind: kind === ts.ScriptKind.TSX ? 'TSX' : 'TS', version: ts.version, diagnostics: diags }));
}

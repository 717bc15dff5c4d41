// Syntactic check with the TypeScript parser: reads file paths (one per line) on
// stdin, prints one JSON line per file with the syntactic diagnostics.
const ts = require('typescript');
const fs = require('fs');
const files = fs.readFileSync(0, 'utf8').split('\n').filter(Boolean);
for (const f of files) {
  const src = fs.readFileSync(f, 'utf8');
  const out = ts.transpileModule(src, {
    fileName: f,
    reportDiagnostics: true,
    compilerOptions: {
      jsx: ts.JsxEmit.Preserve,
      target: ts.ScriptTarget.ESNext,
      module: ts.ModuleKind.ESNext,
      allowJs: true,
    },
  });
  const diags = (out.diagnostics || []).map((d) => {
    let where = '';
    if (d.file && d.start !== undefined) {
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
      where = `${line + 1}:${character + 1} `;
    }
    return `${where}TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
  console.log(JSON.stringify({ file: f, version: ts.version, diags }));
}

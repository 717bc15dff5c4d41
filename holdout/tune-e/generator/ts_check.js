// Syntactic check of JS/JSX/TS/TSX files with TypeScript's transpileModule.
// Usage: node ts_check.js TS_MODULE_DIR file...   -> one JSON line per file
const path = require("path");
const fs = require("fs");
const ts = require(path.resolve(process.argv[2], "typescript"));
for (const file of process.argv.slice(3)) {
  const src = fs.readFileSync(file, "utf8");
  const out = ts.transpileModule(src, {
    fileName: path.basename(file),
    reportDiagnostics: true,
    compilerOptions: { jsx: ts.JsxEmit.Preserve, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, allowJs: true },
  });
  const diags = (out.diagnostics || []).map((d) => {
    const msg = ts.flattenDiagnosticMessageText(d.messageText, " ");
    if (d.file && d.start !== undefined) {
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
      return `line ${line + 1}:${character + 1} TS${d.code} ${msg}`;
    }
    return `TS${d.code} ${msg}`;
  });
  console.log(JSON.stringify({ file, ok: diags.length === 0, detail: diags.slice(0, 2).join(" | ") }));
}

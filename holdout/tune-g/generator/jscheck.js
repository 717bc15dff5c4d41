// Parse JS/TS files with @babel/parser and the TypeScript compiler API.
// Usage: TUNEG_NPM=/tmp/tuneg-npm node jscheck.js file1 file2 ...
// Prints one JSON object per line: {file, parser, ok, error}
'use strict';
const fs = require('fs');
const path = require('path');

const npm = process.env.TUNEG_NPM || '/tmp/tuneg-npm';
const babel = require(path.join(npm, 'node_modules/@babel/parser'));
const ts = require(path.join(npm, 'node_modules/typescript'));
const babelVersion = require(path.join(npm, 'node_modules/@babel/parser/package.json')).version;

function out(file, parser, ok, error) {
  process.stdout.write(JSON.stringify({ file, parser, ok, error: error || '' }) + '\n');
}

function tsCheck(file, text) {
  const r = ts.transpileModule(text, {
    fileName: path.basename(file),
    reportDiagnostics: true,
    compilerOptions: { jsx: ts.JsxEmit.Preserve, target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext, allowJs: true },
  });
  const diags = (r.diagnostics || []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (diags.length === 0) return [true, ''];
  const d = diags[0];
  let where = '';
  if (d.file && d.start !== undefined) {
    const lc = d.file.getLineAndCharacterOfPosition(d.start);
    where = `line ${lc.line + 1}: `;
  }
  return [false, where + ts.flattenDiagnosticMessageText(d.messageText, ' ') + ` (TS${d.code}, ${diags.length} diagnostic(s))`];
}

function babelCheck(file, text) {
  const ext = path.extname(file);
  const plugins = [];
  if (ext === '.jsx' || ext === '.tsx') plugins.push('jsx');
  if (ext === '.ts' || ext === '.tsx') plugins.push('typescript', 'decorators-legacy');
  try {
    babel.parse(text, {
      sourceType: ext === '.mjs' ? 'module' : 'unambiguous',
      plugins,
      allowReturnOutsideFunction: false,
    });
    return [true, ''];
  } catch (e) {
    return [false, e.message];
  }
}

for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, 'utf8');
  const [bok, berr] = babelCheck(file, text);
  out(file, `@babel/parser ${babelVersion}`, bok, berr);
  const [tok, terr] = tsCheck(file, text);
  out(file, `typescript ${ts.version}`, tok, terr);
}

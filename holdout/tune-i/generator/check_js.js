// Parses JS/TS files with @babel/parser and the TypeScript 5 compiler API.
// usage: node check_js.js <node_modules dir> <jobs.json>
// jobs.json: [{"path": "...", "lang": "js"|"ts", "esm": bool, "jsx": bool}]
// prints JSON: [{"path", "checker", "result", "detail"}]
'use strict';
const fs = require('fs');
const path = require('path');

const nm = process.argv[2];
const jobs = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const babel = require(path.join(nm, '@babel/parser'));
const ts = require(path.join(nm, 'typescript'));
const BV = require(path.join(nm, '@babel/parser/package.json')).version;

const out = [];

function babelCheck(job, text) {
  const plugins = job.jsx ? ['jsx'] : [];
  try {
    babel.parse(text, {
      sourceType: job.esm ? 'module' : 'script',
      plugins,
      errorRecovery: false,
    });
    out.push({ path: job.path, checker: `@babel/parser ${BV} (sourceType=${job.esm ? 'module' : 'script'}${job.jsx ? ', jsx' : ''})`, result: 'ok', detail: '' });
  } catch (e) {
    out.push({ path: job.path, checker: `@babel/parser ${BV} (sourceType=${job.esm ? 'module' : 'script'}${job.jsx ? ', jsx' : ''})`, result: 'rejected', detail: String(e.message).split('\n')[0] });
  }
}

function tsCheck(job, text) {
  const fileName = path.basename(job.path);
  const options = { noResolve: true, noLib: true, target: ts.ScriptTarget.ES2022, jsx: ts.JsxEmit.Preserve };
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true,
    fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const host = ts.createCompilerHost(options);
  const origGet = host.getSourceFile;
  host.getSourceFile = (name, lv, onErr, create) => (name === fileName ? sf : origGet(name, lv, onErr, create));
  host.fileExists = (name) => name === fileName;
  host.readFile = (name) => (name === fileName ? text : undefined);
  const program = ts.createProgram([fileName], options, host);
  const diags = program.getSyntacticDiagnostics(sf);
  const checker = `typescript ${ts.version} getSyntacticDiagnostics (${fileName.endsWith('.tsx') ? 'TSX' : 'TS'})`;
  if (diags.length === 0) {
    out.push({ path: job.path, checker, result: 'ok', detail: '' });
  } else {
    const d = diags[0];
    const { line, character } = sf.getLineAndCharacterOfPosition(d.start || 0);
    const msg = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    out.push({ path: job.path, checker, result: 'rejected', detail: `${diags.length} diagnostic(s); first at ${line + 1}:${character + 1}: TS${d.code} ${msg}` });
  }
}

for (const job of jobs) {
  const text = fs.readFileSync(job.path, 'utf8');
  if (job.lang === 'js') babelCheck(job, text);
  else tsCheck(job, text);
}
process.stdout.write(JSON.stringify(out));

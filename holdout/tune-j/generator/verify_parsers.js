'use strict';
// Batch syntax checker used by build.py.
// Input: JSON file with [{id, file, checker: "babel"|"typescript", sourceType, jsx}]
// Output (stdout): JSON [{id, ok, detail}]
const fs = require('fs');
const path = require('path');
const NM = process.env.TUNEJ_NODE_MODULES || '/tmp/tunej-node/node_modules';
const babel = require(path.join(NM, '@babel/parser'));
const ts = require(path.join(NM, 'typescript'));

function oneLine(s) {
  return String(s).replace(/\s+/g, ' ').trim().slice(0, 200);
}

function tsSyntactic(file, text) {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const opts = { noLib: true, noResolve: true, types: [], jsx: ts.JsxEmit.Preserve };
  const host = ts.createCompilerHost(opts);
  const orig = host.getSourceFile.bind(host);
  host.getSourceFile = (f, lv, onErr, create) =>
    path.resolve(f) === path.resolve(file) ? sf : orig(f, lv, onErr, create);
  const prog = ts.createProgram([file], opts, host);
  const diags = prog.getSyntacticDiagnostics(prog.getSourceFile(file));
  return diags.map((d) => {
    const msg = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    if (d.file && d.start !== undefined) {
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
      return `TS${d.code} (${line + 1},${character + 1}): ${msg}`;
    }
    return `TS${d.code}: ${msg}`;
  });
}

const jobs = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const out = [];
for (const j of jobs) {
  const text = fs.readFileSync(j.file, 'utf8');
  if (j.checker === 'babel') {
    try {
      babel.parse(text, { sourceType: j.sourceType, plugins: j.jsx ? ['jsx'] : [] });
      out.push({ id: j.id, ok: true, detail: `@babel/parser sourceType=${j.sourceType}${j.jsx ? ' plugins=[jsx]' : ''}` });
    } catch (e) {
      out.push({ id: j.id, ok: false, detail: oneLine(e.message) });
    }
  } else if (j.checker === 'typescript') {
    const d = tsSyntactic(j.file, text);
    out.push({
      id: j.id,
      ok: d.length === 0,
      detail: d.length ? oneLine(`${d.length} diagnostic(s); first: ${d[0]}`) : `getSyntacticDiagnostics: 0 (ts ${ts.version}, ScriptKind.${j.file.endsWith('.tsx') ? 'TSX' : 'TS'})`,
    });
  } else {
    throw new Error('unknown checker ' + j.checker);
  }
}
process.stdout.write(JSON.stringify(out));

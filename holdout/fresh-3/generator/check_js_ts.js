// Reads a JSON array of {path, kind, module} on stdin; kind is "js", "jsx", "ts" or "tsx".
// Prints a JSON array of {path, babel, ts} results, each {ok, detail}.
// Needs NODE_PATH pointing at a node_modules with typescript@5 and @babel/parser.
const fs = require('fs');
const babel = require('@babel/parser');
const ts = require('typescript');

function runBabel(text, kind, isModule) {
  const plugins = [];
  if (kind === 'jsx') plugins.push('jsx');
  try {
    babel.parse(text, { sourceType: isModule ? 'module' : 'script', plugins, errorRecovery: false });
    return { ok: true, detail: 'parsed' };
  } catch (e) {
    return { ok: false, detail: String(e.message).split('\n')[0] };
  }
}

function runTs(path, text, kind) {
  const scriptKind = kind === 'tsx' ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, scriptKind);
  const host = ts.createCompilerHost({});
  host.getSourceFile = (name) => (name === path ? sf : undefined);
  host.fileExists = (name) => name === path;
  host.readFile = (name) => (name === path ? text : undefined);
  const program = ts.createProgram([path], { noLib: true, noResolve: true, jsx: ts.JsxEmit.Preserve, types: [] }, host);
  const diags = program.getSyntacticDiagnostics(sf);
  if (diags.length === 0) return { ok: true, detail: 'no syntactic diagnostics' };
  const d = diags[0];
  const pos = d.file ? d.file.getLineAndCharacterOfPosition(d.start) : { line: -1 };
  return { ok: false, detail: `${diags.length} diagnostic(s); first at line ${pos.line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}` };
}

const items = JSON.parse(fs.readFileSync(0, 'utf8'));
const out = items.map((it) => {
  const text = fs.readFileSync(it.path, 'utf8');
  if (it.kind === 'js' || it.kind === 'jsx') return { path: it.path, babel: runBabel(text, it.kind, it.module) };
  return { path: it.path, ts: runTs(it.path, text, it.kind) };
});
process.stdout.write(JSON.stringify(out));

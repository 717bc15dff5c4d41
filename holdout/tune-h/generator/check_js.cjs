// Syntax checks for JS/TS corpus files.
// usage: NODE_PATH=<dir with typescript + @babel/parser> node check_js.cjs <file>...
// prints one JSON object per file and parser: {file, parser, ok, detail}
'use strict';

const fs = require('fs');
const ts = require('typescript');
const babel = require('@babel/parser');

function out(file, parser, ok, detail) {
  process.stdout.write(JSON.stringify({ file, parser, ok, detail }) + '\n');
}

function isEsm(file, src) {
  if (file.endsWith('.mjs')) return true;
  if (file.endsWith('.cjs')) return false;
  return /^\s*(import|export)\s/m.test(src) || src.includes('import.meta');
}

for (const file of process.argv.slice(2)) {
  const src = fs.readFileSync(file, 'utf8');
  const isTs = file.endsWith('.ts') || file.endsWith('.tsx');
  const isJsx = file.endsWith('.jsx') || file.endsWith('.tsx');

  if (isTs) {
    const program = ts.createProgram([file], {
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      jsx: ts.JsxEmit.Preserve,
      noResolve: true,
      types: [],
    });
    const sf = program.getSourceFile(file);
    const diags = program.getSyntacticDiagnostics(sf);
    const detail = diags
      .map((d) => {
        const { line } = sf.getLineAndCharacterOfPosition(d.start ?? 0);
        return `line ${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
      })
      .slice(0, 2)
      .join(' | ');
    out(file, `typescript ${ts.version} syntactic`, diags.length === 0, detail);
  }

  const plugins = [];
  if (isTs) plugins.push('typescript');
  if (isJsx) plugins.push('jsx');
  const sourceType = isTs || isEsm(file, src) ? 'module' : 'script';
  try {
    babel.parse(src, {
      sourceType,
      plugins,
      allowReturnOutsideFunction: false,
      errorRecovery: false,
    });
    out(file, `@babel/parser (${sourceType}${plugins.length ? '+' + plugins.join('+') : ''})`, true, '');
  } catch (e) {
    out(file, `@babel/parser (${sourceType}${plugins.length ? '+' + plugins.join('+') : ''})`, false,
      `line ${e.loc ? e.loc.line : '?'}: ${String(e.message).split('\n')[0]}`);
  }
}

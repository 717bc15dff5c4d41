#!/usr/bin/env node
// Reference verdicts from TypeScript's own parser (helper of scripts/fp-js.sh).
//
//   node scripts/fp/ts-parse.js TYPESCRIPT_MODULE_DIR [FILE...]   (or one path a line on stdin)
//
// For every file: ts.createSourceFile(name, text, ts.ScriptTarget.Latest, false, kind)
// with the script kind its extension implies (.ts .mts .cts and .d.*ts: TS, .tsx: TSX,
// .jsx: JSX, .js .mjs .cjs: JS) and prints one tab-separated line:
//   path  kind  count  line:col  message
// count is the number of parseDiagnostics, line:col (1-based) and message the first
// one's (empty when count is 0). Only the parser's diagnostics: the grammar errors that
// tsc reports from its checker (strict-mode rules, `await` outside async, ...) are not
// asked for, so this reference is more lenient than tsc.
"use strict";
const fs = require("fs");
const path = require("path");

const tsDir = process.argv[2];
if (!tsDir) {
    console.error("usage: node ts-parse.js TYPESCRIPT_MODULE_DIR < files");
    process.exit(2);
}
const ts = require(path.resolve(tsDir));

function kindOf(name) {
    if (/\.tsx$/.test(name)) return ["TSX", ts.ScriptKind.TSX];
    if (/\.[mc]?ts$/.test(name)) return ["TS", ts.ScriptKind.TS];
    if (/\.jsx$/.test(name)) return ["JSX", ts.ScriptKind.JSX];
    return ["JS", ts.ScriptKind.JS];
}

const clean = (s) => s.replace(/[\t\r\n]+/g, " ").slice(0, 300);
const files = process.argv.length > 3
    ? process.argv.slice(3)
    : fs.readFileSync(0, "utf8").split("\n").filter(Boolean);
// one write per line: several of these may append to the same pipe at once
const emit = (fields) => fs.writeSync(1, fields.join("\t") + "\n");
for (const file of files) {
    const [kindName, kind] = kindOf(file);
    let text;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (e) {
        emit([file, kindName, -1, "", clean("unreadable: " + e.message)]);
        continue;
    }
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind);
    const diags = sf.parseDiagnostics || [];
    let where = "", msg = "";
    if (diags.length) {
        const d = diags[0];
        const { line, character } = sf.getLineAndCharacterOfPosition(d.start || 0);
        where = `${line + 1}:${character + 1}`;
        msg = `TS${d.code}: ` + clean(ts.flattenDiagnosticMessageText(d.messageText, " "));
    }
    emit([file, kindName, diags.length, where, msg]);
}

#!/usr/bin/env node
'use strict';

// Prints the environment the app will see, for CI debugging.
// Values are elided so secrets never end up in CI logs in full.

const SENSITIVE = /(SECRET|TOKEN|PASSWORD|KEY|DSN)/i;

function mask(name, value) {
  if (value === undefined) return '(unset)';
  if (SENSITIVE.test(name)) return value.length > 4 ? `${value.slice(0, 4)}...` : '***';
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}

const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : Object.keys(process.env).sort();

for (const name of names) {
  console.log(`${name.padEnd(32)} ${mask(name, process.env[name])}`);
}
#!/usr/bin/env node
'use strict';

if (process.env.CI || process.env.ACME_SILENT) {
  process.exit(0);
}

const lines = [
  'Thanks for installing acme-ui! Here is how to get started:',
  '',
  '  1. Wrap your app in <AcmeProvider>.',
  '  2. Import components from "acme-ui".',
  '  3. Let us know what you think: https://github.com/acme/acme-ui/discussions',
  '',
  'Set ACME_SILENT=1 to hide this message.',
];

const width = Math.max(...lines.map((l) => l.length)) + 4;
console.log('╭' + '─'.repeat(width) + '╮');
for (const line of lines) {
  console.log('│  ' + line.padEnd(width - 2) + '│');
}
console.log('╰' + '─'.repeat(width) + '╯');

#!/usr/bin/env node
'use strict';

const { execFileSync } = require('node:child_process');

// TODO(#482): group breaking changes separately once we adopt the `!` marker.
const SECTIONS = [
  { type: 'feat', title: 'Features' },
  { type: 'fix', title: 'Bug fixes' },
  { type: 'perf', title: 'Performance' },
];

function commitsSince(tag) {
  const range = tag ? `${tag}..HEAD` : 'HEAD';
  const out = execFileSync('git', ['log', '--format=%s', range], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean);
}

function render(commits) {
  const lines = ['## Unreleased', ''];
  const rest = [];
  for (const { type, title } of SECTIONS) {
    const matching = commits.filter((c) => c.startsWith(`${type}:`) || c.startsWith(`${type}(`));
    if (matching.length === 0) continue;
    lines.push(`### ${title}`, '', ...matching.map((c) => `- ${c}`), '');
  }
  for (const c of commits) {
    if (!SECTIONS.some(({ type }) => c.startsWith(type))) rest.push(c);
  }
  if (rest.length > 0) {
    lines.push('### Everything else', '', ...rest.map((c) => `- ${c}`), '');
  }
  return lines.join('\n');
}

const lastTag = process.argv[2];
process.stdout.write(render(commitsSince(lastTag)));

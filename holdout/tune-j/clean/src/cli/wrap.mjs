#!/usr/bin/env node
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const [command, ...rest] = process.argv.slice(2);

if (!command) {
  console.error('usage: wrap <command> [args...]');
  process.exit(64);
}

const started = performance.now();
// rest of args are forwarded verbatim to the wrapped command
const child = spawn(command, rest, { stdio: 'inherit', env: { ...process.env, WRAPPED: '1' } });

child.on('exit', (code, signal) => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(`[wrap] ${command} finished in ${seconds}s (${signal ?? code})`);
  process.exit(code ?? 1);
});

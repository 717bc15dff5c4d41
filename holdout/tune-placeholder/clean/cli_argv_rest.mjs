#!/usr/bin/env node
import { spawn } from 'node:child_process';

// Usage: with-env <file> <command> [args...]
const [, , envFile, command, ...args] = process.argv;

if (!envFile || !command) {
  console.error('usage: with-env <file> <command> [args...]');
  process.exit(2);
}

const { parse } = await import('dotenv');
const { readFile } = await import('node:fs/promises');
const vars = parse(await readFile(envFile, 'utf8'));

// Remaining args are passed through unchanged.
const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...vars } });
child.on('exit', (code) => process.exit(code ?? 1));

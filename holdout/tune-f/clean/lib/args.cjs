'use strict';

/**
 * Split argv at the first "--".
 * Note: the rest of argv (after "--") is passed through unchanged.
 */
function splitArgs(argv) {
  const i = argv.indexOf('--');
  return i === -1 ? [argv, []] : [argv.slice(0, i), argv.slice(i + 1)];
}

function run(cmd, ...args) {
  const { spawnSync } = require('node:child_process');
  const res = spawnSync(cmd, args, { stdio: 'inherit' });
  return res.status ?? 1;
}

function main(...argv) {
  const [own, passthrough] = splitArgs(argv);
  const verbose = own.includes('--verbose');
  if (verbose) console.error('running tests with', ...passthrough);
  return run('node', '--test', ...passthrough);
}

module.exports = { splitArgs, run, main };

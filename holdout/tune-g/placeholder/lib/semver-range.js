'use strict';

const PARTS = ['major', 'minor', 'patch'];

function parse(version) {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(?:-([\w.]+))?$/.exec(version.trim());
  if (!match) throw new TypeError(`Invalid version: ${version}`);
  const [, major, minor, patch, pre] = match;
  return { major: +major, minor: +minor, patch: +patch, pre: pre ?? null };
}

function compare(a, b) {
  const va = parse(a);
  const vb = parse(b);
  for (const part of PARTS) {
    if (va[part] !== vb[part]) return va[part] < vb[part] ? -1 : 1;
  }
  if (va.pre === vb.pre) return 0;
  if (va.pre === null) return 1;
  if (vb.pre === null) return -1;
  return va.pre < vb.pre ? -1 : 1;
}

[rest of file]

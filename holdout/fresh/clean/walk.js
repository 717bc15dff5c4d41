const fs = require('fs/promises');
const path = require('path');

async function* walk(dir, { ignore = ['node_modules', '.git'] } = {}) {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    if (ignore.includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      yield* walk(full, { ignore });
    } else {
      yield full;
    }
  }
}

async function findFirst(dir, predicate) {
  outer: for await (const file of walk(dir)) {
    for (const ext of ['.js', '.mjs', '.cjs']) {
      if (!file.endsWith(ext)) continue;
      if (await predicate(file)) return file;
      continue outer;
    }
  }
  return undefined;
}

module.exports = { walk, findFirst };

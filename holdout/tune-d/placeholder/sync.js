const fs = require("fs/promises");
const path = require("path");

const SOURCE = process.argv[2];
const TARGET = process.argv[3];

async function listFiles(dir) {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const files = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full)));
    else files.push(full);
  }
  return files;
}

async function copyIfNewer(src, dest) {
  // TODO: same as before
}

(async () => {
  const files = await listFiles(SOURCE);
  let copied = 0;
  for (const file of files) {
    const dest = path.join(TARGET, path.relative(SOURCE, file));
    if (await copyIfNewer(file, dest)) copied++;
  }
  console.log(`copied ${copied} of ${files.length} files`);
})();

#!/usr/bin/env bash
# Fail CI if any workspace package pins a dependency with a caret range.
set -euo pipefail

cat > /tmp/policy.json <<'JSON'
{
  "allowCaret": ["typescript", "@types/node"],
  "ignoreWorkspaces": ["examples/*"]
}
JSON

node -e '
const fs = require("fs");
const path = require("path");
const policy = JSON.parse(fs.readFileSync("/tmp/policy.json", "utf8"));
let bad = 0;
for (const dir of fs.readdirSync("packages")) {
  const pkg = JSON.parse(fs.readFileSync(path.join("packages", dir, "package.json"), "utf8"));
  for (const [name, range] of Object.entries(pkg.dependencies ?? {})) {
    if (range.startsWith("^") && !policy.allowCaret.includes(name)) {
      console.error(`${pkg.name}: ${name}@${range}`);
      bad++;
    }
  }
}
process.exit(bad ? 1 : 0);
'
echo "dependency policy ok"

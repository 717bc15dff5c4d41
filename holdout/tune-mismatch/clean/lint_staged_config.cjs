// lint-staged runs these commands on staged files before each commit.
const path = require("node:path");

const quote = (files) => files.map((f) => `"${path.relative(process.cwd(), f)}"`).join(" ");

module.exports = {
  "*.{js,jsx,ts,tsx}": (files) => [
    `eslint --fix --max-warnings=0 ${quote(files)}`,
    `prettier --write ${quote(files)}`,
  ],
  "*.{css,scss}": ["stylelint --fix", "prettier --write"],
  "*.{json,md,yml,yaml}": "prettier --write",
  "*.sh": (files) => `shellcheck -x -S warning ${quote(files)}`,
  "*.py": (files) => [
    `ruff check --fix ${quote(files)}`,
    `ruff format ${quote(files)}`,
  ],
  "Dockerfile*": "hadolint --failure-threshold warning",
  "package.json": () => "sh -c 'npm pkg fix && git diff --exit-code package.json'",
};

// Generates .github/workflows/*.yml for every package in the monorepo.
import { writeFileSync } from "node:fs";
import { join } from "node:path";

interface PackageInfo {
  name: string;
  dir: string;
  node: string;
}

const header = (pkg: PackageInfo): string => `name: ${pkg.name}
on:
  push:
    paths:
      - "${pkg.dir}/**"
  pull_request:
    paths:
      - "${pkg.dir}/**"
`;

const job = (pkg: PackageInfo): string => `jobs:
  test:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: ${pkg.dir}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: "${pkg.node}"
      - name: Install and test
        run: |
          set -euo pipefail
          npm ci
          npm test -- --reporter=dot
          if [ -n "\${{ secrets.CODECOV_TOKEN }}" ]; then
            npx codecov --token="\${{ secrets.CODECOV_TOKEN }}"
          fi
`;

export function writeWorkflows(packages: PackageInfo[], outDir = ".github/workflows"): void {
  for (const pkg of packages) {
    const file = join(outDir, `${pkg.name.replace(/^@.*\//, "")}.yml`);
    writeFileSync(file, header(pkg) + job(pkg));
  }
}

#!/usr/bin/env node
// Cut a release: bump version, build, tag, push. Shells out for everything.
import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";

const sh = (cmd) => execSync(cmd, { stdio: "inherit", shell: "/bin/bash" });
const out = (cmd) => execSync(cmd, { encoding: "utf8" }).trim();

const bump = process.argv[2] ?? "patch";

if (out("git status --porcelain") !== "") {
  console.error("working tree is dirty; commit or stash first");
  process.exit(1);
}

sh(`npm version ${bump} --no-git-tag-version`);
const { version } = JSON.parse(readFileSync("package.json", "utf8"));

sh("rm -rf dist && npm run build");
sh(`tar -czf dist/app-${version}.tar.gz -C dist $(ls dist | grep -v '\\.tar\\.gz$')`);
sh(`git add package.json package-lock.json && git commit -m "release: v${version}"`);
sh(`git tag -a v${version} -m "v${version}"`);
sh("git push --follow-tags origin HEAD");
sh(`gh release create v${version} dist/app-${version}.tar.gz --generate-notes`);

console.log(`released v${version}`);

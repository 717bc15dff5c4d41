const fs = require("fs/promises");
const path = require("path");
const esbuild = require("esbuild");

async function build() {
  // 1. Start from an empty output folder
  await fs.rm("dist", { recursive: true, force: true });

  // 2. Bundle the application
  await esbuild.build({
    entryPoints: ["src/main.ts"],
    bundle: true,
    platform: "node",
    target: "node20",
    outfile: "dist/main.js",
  });

  // 3. Copy static assets next to the bundle
  await fs.cp("public", path.join("dist", "public"), { recursive: true });
}

build().catch((err) => {
  console.error(err);
  process.exit(1);
});

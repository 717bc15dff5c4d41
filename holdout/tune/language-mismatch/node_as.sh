const { execSync } = require("child_process");
const fs = require("fs");

const version = JSON.parse(fs.readFileSync("package.json", "utf8")).version;
console.log(`releasing ${version}`);
execSync("npm run build", { stdio: "inherit" });
execSync(`git tag v${version}`, { stdio: "inherit" });
execSync("git push --tags", { stdio: "inherit" });

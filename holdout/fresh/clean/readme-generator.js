const fs = require('fs');
const path = require('path');

// Builds the "Usage" section of the README from package.json.
function renderUsage(pkg) {
  const bin = Object.keys(pkg.bin || {})[0] || pkg.name;
  return `## Usage

\`\`\`bash
npm install --save-dev ${pkg.name}
npx ${bin} --help
\`\`\`

\`\`\`js
const ${camel(pkg.name)} = require('${pkg.name}');
\`\`\`
`;
}

function camel(name) {
  return name.replace(/^@[^/]+\//, '').replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}

function main() {
  const pkg = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'package.json'), 'utf8'));
  const readmePath = path.join(process.cwd(), 'README.md');
  const current = fs.existsSync(readmePath) ? fs.readFileSync(readmePath, 'utf8') : `# ${pkg.name}\n`;
  const start = current.indexOf('## Usage');
  // Keep everything before the section; the rest is regenerated.
  const head = start === -1 ? current : current.slice(0, start);
  fs.writeFileSync(readmePath, head.trimEnd() + '\n\n' + renderUsage(pkg));
}

main();

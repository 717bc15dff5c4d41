#!/usr/bin/env node
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const [, , name, ...flags] = process.argv;

if (!name) {
  console.error('usage: scaffold <component-name> [--jsx] [--with-test]');
  process.exit(2);
}

const useJsx = flags.includes('--jsx');
const withTest = flags.includes('--with-test');
const dir = path.join(process.cwd(), 'src', 'components', name);

const component = `export default function ${name}(props) {
  return ${useJsx ? `<div className="${name.toLowerCase()}" {...props} />` : 'null'};
}
`;

const test = `import ${name} from './${name}';

test('${name} renders', () => {
  expect(${name}).toBeDefined();
});
`;

fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, `${name}.${useJsx ? 'jsx' : 'js'}`), component);
if (withTest) {
  fs.writeFileSync(path.join(dir, `${name}.test.js`), test);
}
console.log(`created ${path.relative(process.cwd(), dir)}`);

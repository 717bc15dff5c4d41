const yaml = require('yaml');

// Generates .github/workflows/test.yml for every package in the monorepo.
function workflow(packages) {
  const header = `name: test
on:
  push:
    branches: [main]
  pull_request:
jobs:
`;
  const jobs = packages
    .map(
      (p) => `  ${p.replace(/[^a-z0-9]/gi, '-')}:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci
      - run: npm test --workspace=${p}
`
    )
    .join('');
  const text = header + jobs;
  yaml.parse(text); // throws if we produced invalid YAML
  return text;
}

module.exports = { workflow };

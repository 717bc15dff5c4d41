import { parseArgs } from 'node:util';

const HELP = `Usage: export-orders [--since DATE] [--format csv|json] [--out FILE]`;

const { values } = parseArgs({
  options: {
    since: { type: 'string' },
    format: { type: 'string', default: 'csv' },
    out: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const since = new Date(values.since ?? Date.now() - 7 * 24 * 3600 * 1000);
const result = await exportOrders(
  since,
  values.format

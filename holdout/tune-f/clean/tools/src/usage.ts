export const USAGE = `Usage: fmtcheck [options] <file...>

Options:
  --fix         rewrite files in place
  --quiet       only print errors
  -- ...        anything after -- is forwarded to the formatter

Note: directories are searched recursively (node_modules, dist, etc. are skipped).`;

export function printUsage(stream: NodeJS.WriteStream = process.stderr): void {
  stream.write(`${USAGE}\n`);
}

export function parseFlags(argv: readonly string[]): { fix: boolean; quiet: boolean; files: string[] } {
  const files = argv.filter((a) => !a.startsWith('--'));
  return { fix: argv.includes('--fix'), quiet: argv.includes('--quiet'), files };
}
#!/usr/bin/env node
'use strict';

const HELP = `Usage: imgopt [options] <files...>

Options:
  -q, --quality <n>   output quality (default 80)
  -w, --width <px>    resize to this width
  -f, --format <fmt>  webp, avif, jpeg, png, etc.
  -h, --help          show this help

Examples:
  imgopt -q 70 photos/*.jpg
  imgopt -w 1200 -f webp hero.png banner.png ...
`;

const args = process.argv.slice(2);
if (args.length === 0 || args.includes('-h') || args.includes('--help')) {
  process.stdout.write(HELP);
  process.exit(0);
}

console.log('Optimizing %d file(s)...', args.filter((a) => !a.startsWith('-')).length);

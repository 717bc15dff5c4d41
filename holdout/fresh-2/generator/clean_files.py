from common import add

L = "clean"
A = "accept"

# ============================================================ JavaScript (8)

add(L, "src/utils/deepMerge.js", "javascript",
    "rest parameters and object spread; comments with 'Same as' and 'Note:' describing behaviour",
    expect=A, body=r'''/**
 * Deep-merge plain objects from left to right.
 *
 * Same as Object.assign() for top-level keys, but nested plain objects are
 * merged recursively instead of being replaced.
 *
 * Note: arrays are replaced, not concatenated. If you need concatenation,
 * pass a custom `arrayMerge` function in the options.
 */
export function deepMerge(target, ...sources) {
  return sources.reduce((acc, source) => mergeTwo(acc, source), { ...target });
}

function isPlainObject(value) {
  return Object.prototype.toString.call(value) === '[object Object]';
}

function mergeTwo(left, right, { arrayMerge = (_, r) => [...r] } = {}) {
  const out = { ...left };
  for (const [key, value] of Object.entries(right ?? {})) {
    if (Array.isArray(value) && Array.isArray(out[key])) {
      out[key] = arrayMerge(out[key], value);
    } else if (isPlainObject(value) && isPlainObject(out[key])) {
      out[key] = mergeTwo(out[key], value, { arrayMerge });
    } else {
      out[key] = value;
    }
  }
  return out;
}
''')

add(L, "lib/lineDiff.mjs", "javascript",
    "diff utility where 'unchanged' is a domain term in comments and string tags",
    expect=A, body=r'''// Minimal line diff based on the longest common subsequence.
// Lines that are unchanged are emitted with a leading space, like `diff -u`.

export function lineDiff(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));

  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }

  const ops = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      ops.push({ kind: 'unchanged', line: a[i] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      ops.push({ kind: 'removed', line: a[i++] });
    } else {
      ops.push({ kind: 'added', line: b[j++] });
    }
  }
  while (i < a.length) ops.push({ kind: 'removed', line: a[i++] });
  while (j < b.length) ops.push({ kind: 'added', line: b[j++] });
  return ops;
}

const PREFIX = { unchanged: ' ', removed: '-', added: '+' };

export function formatDiff(ops) {
  return ops.map((op) => PREFIX[op.kind] + op.line).join('\n');
}
''')

add(L, "scripts/changelog.cjs", "javascript",
    "markdown-generating script with strings like 'Unreleased' and 'Everything else'; TODO with issue reference",
    expect=A, body=r'''#!/usr/bin/env node
'use strict';

const { execFileSync } = require('node:child_process');

// TODO(#482): group breaking changes separately once we adopt the `!` marker.
const SECTIONS = [
  { type: 'feat', title: 'Features' },
  { type: 'fix', title: 'Bug fixes' },
  { type: 'perf', title: 'Performance' },
];

function commitsSince(tag) {
  const range = tag ? `${tag}..HEAD` : 'HEAD';
  const out = execFileSync('git', ['log', '--format=%s', range], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean);
}

function render(commits) {
  const lines = ['## Unreleased', ''];
  const rest = [];
  for (const { type, title } of SECTIONS) {
    const matching = commits.filter((c) => c.startsWith(`${type}:`) || c.startsWith(`${type}(`));
    if (matching.length === 0) continue;
    lines.push(`### ${title}`, '', ...matching.map((c) => `- ${c}`), '');
  }
  for (const c of commits) {
    if (!SECTIONS.some(({ type }) => c.startsWith(type))) rest.push(c);
  }
  if (rest.length > 0) {
    lines.push('### Everything else', '', ...rest.map((c) => `- ${c}`), '');
  }
  return lines.join('\n');
}

const lastTag = process.argv[2];
process.stdout.write(render(commitsSince(lastTag)));
''')

add(L, "src/config/defaults.js", "javascript",
    "JSDoc that addresses the reader ('If you need to...', 'you can'); ellipsis only inside a doc example",
    expect=A, body=r'''/**
 * Default settings for the HTTP client.
 *
 * If you need to override any of these, pass an object to `createConfig()`
 * instead of editing this file — your values are merged on top of these.
 *
 * @example
 *   const config = createConfig({ timeoutMs: 2000 });
 *   // config.retries is still 3 here, and so on for the other keys
 */
const DEFAULTS = Object.freeze({
  baseUrl: 'https://api.example.com',
  timeoutMs: 10_000,
  retries: 3,
  retryOn: [502, 503, 504],
  headers: { Accept: 'application/json' },
});

function createConfig(overrides = {}) {
  const { headers = {}, ...rest } = overrides;
  return {
    ...DEFAULTS,
    ...rest,
    headers: { ...DEFAULTS.headers, ...headers },
  };
}

module.exports = { DEFAULTS, createConfig };
''')

add(L, "src/pagination.js", "javascript",
    "array destructuring with a 'rest' binding and comments about 'the rest' of the pages",
    expect=A, body=r'''/**
 * Build the list of page links shown under a table, e.g. 1 … 4 5 [6] 7 8 … 20.
 */
export function pageWindow(current, total, radius = 2) {
  const pages = [];
  for (let p = Math.max(1, current - radius); p <= Math.min(total, current + radius); p++) {
    pages.push(p);
  }
  const [first, ...rest] = pages;
  const last = rest.length > 0 ? rest[rest.length - 1] : first;

  // rest is empty when the window only contains a single page
  const items = [];
  if (first > 1) {
    items.push(1);
    if (first > 2) items.push('gap');
  }
  items.push(...pages);
  if (last < total) {
    if (last < total - 1) items.push('gap');
    items.push(total);
  }
  return items;
}

export function pageLabel(item) {
  return item === 'gap' ? '\u2026' : String(item);
}
''')

add(L, "bin/cli.mjs", "javascript",
    "CLI with help text that says 'Note:' and 'See the docs for the rest of the options'",
    expect=A, body=r'''#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';

const HELP = `Usage: csvsum [options] <file>

Options:
  -c, --column <name>   column to sum (default: amount)
  -h, --help            show this help

Note: the first row must be a header row.
See the docs for the rest of the options.
`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    column: { type: 'string', short: 'c', default: 'amount' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help || positionals.length !== 1) {
  process.stdout.write(HELP);
  process.exit(values.help ? 0 : 1);
}

const [header, ...rows] = (await readFile(positionals[0], 'utf8')).trim().split('\n');
const index = header.split(',').indexOf(values.column);
if (index === -1) {
  console.error(`no column named ${values.column}`);
  process.exit(1);
}

const total = rows.reduce((sum, row) => sum + Number(row.split(',')[index] || 0), 0);
console.log(total);
''')

add(L, "src/text/truncate.js", "javascript",
    "string helpers whose logic is about ellipses; comment line starts with an ellipsis used as a literal example",
    expect=A, body=r'''const ELLIPSIS = '\u2026';

// ... vs. \u2026: we use the single character so that the width calculation
// below counts it as one column.

export function truncate(text, maxLength) {
  if (text.length <= maxLength) return text;
  return text.slice(0, Math.max(0, maxLength - 1)).trimEnd() + ELLIPSIS;
}

export function truncateMiddle(text, maxLength) {
  if (text.length <= maxLength) return text;
  const keep = maxLength - 1;
  const head = Math.ceil(keep / 2);
  const tail = Math.floor(keep / 2);
  return text.slice(0, head) + ELLIPSIS + text.slice(text.length - tail);
}

export function fillTemplate(template, values) {
  return template.replace(/\{(\w+)\}/g, (match, key) => (key in values ? String(values[key]) : match));
}
''')

add(L, "test/fixtures.cjs", "javascript",
    "test fixtures with comments like 'same as' and 'unchanged from'; spread overrides; no final newline",
    expect=A, body=r''''use strict';

const baseUser = {
  id: 'u_1',
  email: 'ada@example.com',
  name: 'Ada',
  roles: ['member'],
  createdAt: '2024-01-01T00:00:00.000Z',
};

// same as the production shape, minus the timestamps that tests don't care about
const { createdAt, ...userWithoutTimestamps } = baseUser;

const fixtures = {
  user: baseUser,
  admin: { ...baseUser, id: 'u_2', email: 'root@example.com', roles: ['member', 'admin'] },
  // email is unchanged from `user` on purpose: the duplicate-email test needs it
  duplicate: { ...baseUser, id: 'u_3' },
  bare: userWithoutTimestamps,
};

module.exports = fixtures;''')

# ============================================================ TypeScript (8)

add(L, "src/types/tuple.ts", "typescript",
    "variadic tuple types with '...infer Rest'; doc comments saying 'Same as'",
    expect=A, body=r'''/** First element of a tuple type. */
export type Head<T extends readonly unknown[]> = T extends readonly [infer H, ...unknown[]] ? H : never;

/** Everything after the first element. Same as `Parameters<F>` minus the first argument when T is a parameter list. */
export type Tail<T extends readonly unknown[]> = T extends readonly [unknown, ...infer Rest] ? Rest : [];

/** Drop the first parameter of a function type. */
export type OmitFirstArg<F> = F extends (first: any, ...rest: infer R) => infer Ret ? (...rest: R) => Ret : never;

export function bindFirst<A, R extends unknown[], Ret>(
  fn: (first: A, ...rest: R) => Ret,
  first: A,
): (...rest: R) => Ret {
  return (...rest) => fn(first, ...rest);
}

export type Concat<A extends readonly unknown[], B extends readonly unknown[]> = [...A, ...B];
''')

add(L, "src/components/EmptyState.tsx", "typescript",
    "JSX text that addresses the user ('Nothing here yet', 'Note:'); {...rest} props spread",
    expect=A, body=r'''import type { HTMLAttributes, ReactNode } from 'react';

interface EmptyStateProps extends HTMLAttributes<HTMLDivElement> {
  title?: string;
  action?: ReactNode;
}

export function EmptyState({ title = 'Nothing here yet', action, ...rest }: EmptyStateProps) {
  return (
    <div className="empty-state" role="status" {...rest}>
      <h3>{title}</h3>
      <p>
        When you create your first project it will show up here. Note: projects you archive are
        moved to the Archive tab rather than deleted.
      </p>
      {action}
    </div>
  );
}
''')

add(L, "src/lib/retry.ts", "typescript",
    "TODO with ticket reference; 'unchanged' used as a literal state value",
    expect=A, body=r'''export type SyncState = 'created' | 'updated' | 'unchanged' | 'failed';

export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  onRetry?: (attempt: number, error: unknown) => void;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// TODO(PLAT-311): add jitter once the rate limiter on the API side is fixed.
export async function withRetry<T>(fn: () => Promise<T>, opts: RetryOptions): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= opts.attempts; attempt++) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
      opts.onRetry?.(attempt, err);
      if (attempt < opts.attempts) await sleep(opts.baseDelayMs * 2 ** (attempt - 1));
    }
  }
  throw lastError;
}

export function summarize(states: SyncState[]): string {
  const count = (s: SyncState) => states.filter((x) => x === s).length;
  if (count('unchanged') === states.length) return 'Everything is up to date.';
  return `${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged, ${count('failed')} failed`;
}
''')

add(L, "src/api/handlers.ts", "typescript",
    "switch with intentional fall-through comment and an empty-looking default; doc comment addressing reader",
    expect=A, body=r'''export type EventName = 'created' | 'updated' | 'deleted' | 'restored' | 'ping';

export interface Event {
  name: EventName;
  id: string;
}

type Handler = (event: Event) => Promise<void> | void;

const extraHandlers = new Map<EventName, Handler[]>();

/**
 * You can register additional handlers with `registerHandler()`; they run
 * after the built-in ones below, in the order they were registered.
 */
export function registerHandler(name: EventName, handler: Handler): void {
  extraHandlers.set(name, [...(extraHandlers.get(name) ?? []), handler]);
}

export async function dispatch(event: Event, log: (msg: string) => void): Promise<void> {
  switch (event.name) {
    case 'created':
    case 'restored':
      log(`index ${event.id}`);
    // falls through: both also need a cache refresh
    case 'updated':
      log(`refresh cache for ${event.id}`);
      break;
    case 'deleted':
      log(`drop ${event.id} from index`);
      break;
    default:
      // 'ping' and anything newer: nothing to do
      break;
  }
  for (const handler of extraHandlers.get(event.name) ?? []) {
    await handler(event);
  }
}
''')

add(L, "src/hooks/usePrevious.ts", "typescript",
    "short hook with comments 'same as the React docs example' and 'on first render'",
    expect=A, body=r'''import { useEffect, useRef } from 'react';

/**
 * Returns the value from the previous render. On the first render there is
 * no previous value yet, so it returns `undefined` (same as the example in
 * the React docs).
 */
export function usePrevious<T>(value: T): T | undefined {
  const ref = useRef<T | undefined>(undefined);
  useEffect(() => {
    ref.current = value;
  }, [value]);
  return ref.current;
}

/** True when the value differs from the previous render; the rest of the time false. */
export function useChanged<T>(value: T): boolean {
  const previous = usePrevious(value);
  return previous !== undefined && !Object.is(previous, value);
}
''')

add(L, "src/models/changeSet.ts", "typescript",
    "enum with Unchanged member and comments about unchanged rows; rest element in destructuring",
    expect=A, body=r'''export enum ChangeKind {
  Added = 'added',
  Removed = 'removed',
  Modified = 'modified',
  Unchanged = 'unchanged',
}

export interface Row {
  id: string;
  [column: string]: unknown;
}

export interface Change {
  id: string;
  kind: ChangeKind;
}

export function compareRows(before: Row[], after: Row[]): Change[] {
  const old = new Map(before.map((r) => [r.id, r]));
  const changes: Change[] = [];

  for (const row of after) {
    const prev = old.get(row.id);
    if (!prev) {
      changes.push({ id: row.id, kind: ChangeKind.Added });
      continue;
    }
    old.delete(row.id);
    const { id: _a, ...a } = prev;
    const { id: _b, ...b } = row;
    // rows are unchanged when every column serialises identically
    const same = JSON.stringify(a) === JSON.stringify(b);
    changes.push({ id: row.id, kind: same ? ChangeKind.Unchanged : ChangeKind.Modified });
  }
  for (const id of old.keys()) {
    changes.push({ id, kind: ChangeKind.Removed });
  }
  return changes;
}
''')

add(L, "src/components/ExpandableText.tsx", "typescript",
    "component rendering ellipsis characters and a 'Show the rest' button in JSX text; no final newline",
    expect=A, body=r'''import { useState } from 'react';

interface ExpandableTextProps {
  text: string;
  previewLength?: number;
}

export function ExpandableText({ text, previewLength = 160 }: ExpandableTextProps) {
  const [expanded, setExpanded] = useState(false);
  const needsToggle = text.length > previewLength;
  const shown = expanded || !needsToggle ? text : text.slice(0, previewLength);

  return (
    <p className="expandable">
      {shown}
      {!expanded && needsToggle && <span aria-hidden="true">…</span>}
      {needsToggle && (
        <button type="button" className="link" onClick={() => setExpanded((v) => !v)}>
          {expanded ? 'Show less' : 'Show the rest...'}
        </button>
      )}
    </p>
  );
}''')

add(L, "src/server/logger.ts", "typescript",
    "overloads with '...args: unknown[]' rest parameters and a NOTE comment",
    expect=A, body=r'''type Level = 'debug' | 'info' | 'warn' | 'error';

const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

// NOTE: keep this logger dependency-free; it is imported by the edge runtime too.
export class Logger {
  constructor(
    private readonly scope: string,
    private readonly min: Level = 'info',
  ) {}

  log(level: Level, message: string): void;
  log(level: Level, message: string, ...args: unknown[]): void;
  log(level: Level, message: string, ...args: unknown[]): void {
    if (order[level] < order[this.min]) return;
    const line = `[${new Date().toISOString()}] ${level.toUpperCase()} ${this.scope}: ${message}`;
    (level === 'error' ? console.error : console.log)(line, ...args);
  }

  info(message: string, ...args: unknown[]) {
    this.log('info', message, ...args);
  }

  error(message: string, ...args: unknown[]) {
    this.log('error', message, ...args);
  }

  child(scope: string): Logger {
    return new Logger(`${this.scope}:${scope}`, this.min);
  }
}
''')

# ============================================================ Shell (8)

add(L, "scripts/install.sh", "shell",
    "heredoc welcome text that reads like chatter ('Thanks for installing! Here's what happens next')",
    expect=A, body=r'''#!/usr/bin/env bash
set -euo pipefail

PREFIX="${PREFIX:-/usr/local}"

cat <<EOF
Thanks for installing acme-cli!

Here's what happens next:
  1. The binary is copied to ${PREFIX}/bin
  2. Shell completions are installed for bash and zsh
  3. You'll be asked to log in the first time you run a command

Let us know if anything goes wrong: https://github.com/acme/cli/issues
EOF

install -m 0755 ./acme "$PREFIX/bin/acme"
install -d "$PREFIX/share/bash-completion/completions" "$PREFIX/share/zsh/site-functions"
./acme completion bash > "$PREFIX/share/bash-completion/completions/acme"
./acme completion zsh > "$PREFIX/share/zsh/site-functions/_acme"

echo "Done! Run 'acme login' to get started."
''')

add(L, "scripts/sync.sh", "shell",
    "rsync wrapper forwarding the rest of the arguments with \"${@:2}\"; comments mentioning 'same as' and 'the rest'",
    expect=A, body=r'''#!/usr/bin/env bash
# Usage: sync.sh <host> [extra rsync options...]
# Same as `make sync` but lets you pass extra flags such as --dry-run.
set -euo pipefail

host="${1:?usage: sync.sh <host> [rsync options...]}"

# Only the app code is synced; the rest of the tree (node_modules, .git,
# build output) is excluded below.
rsync -az --delete \
  --exclude '.git/' \
  --exclude 'node_modules/' \
  --exclude 'dist/' \
  "${@:2}" \
  ./ "deploy@${host}:/srv/app/"

echo "synced to ${host}"
''')

add(L, "bin/greet", "shell",
    "POSIX sh onboarding script whose echo lines sound like an assistant talking to the user",
    expect=A, body=r'''#!/bin/sh
set -eu

name="${1:-$(git config user.name 2>/dev/null || echo there)}"

echo "Hi ${name}! I'll walk you through setting up your workspace."
echo "First, let's make sure the tools you need are installed."

missing=0
for tool in git docker make; do
  if command -v "$tool" >/dev/null 2>&1; then
    echo "  ok    $tool"
  else
    echo "  MISSING $tool"
    missing=1
  fi
done

if [ "$missing" -eq 1 ]; then
  echo "Please install the missing tools and run this again."
  exit 1
fi

echo "Great, everything is in place. Next, run 'make bootstrap'."
''')

add(L, "scripts/check-env.sh", "shell",
    "TODO comment and echo lines starting with 'Note:'",
    expect=A, body=r'''#!/usr/bin/env bash
set -uo pipefail

required=(DATABASE_URL REDIS_URL SECRET_KEY)
optional=(SENTRY_DSN SMTP_HOST)

status=0
for var in "${required[@]}"; do
  if [[ -z "${!var:-}" ]]; then
    echo "error: $var is not set" >&2
    status=1
  fi
done

for var in "${optional[@]}"; do
  if [[ -z "${!var:-}" ]]; then
    echo "Note: $var is not set; the related feature will be disabled."
  fi
done

# TODO: validate that DATABASE_URL actually points at Postgres, not SQLite.
if [[ "${SECRET_KEY:-}" == "change-me" ]]; then
  echo "Note: SECRET_KEY still has the example value from .env.example." >&2
  status=1
fi

exit "$status"
''')

add(L, "ci/compare-snapshots.sh", "shell",
    "counts of changed/unchanged files printed with echo; 'unchanged' as a variable name",
    expect=A, body=r'''#!/usr/bin/env bash
set -euo pipefail

old_dir="${1:?old snapshot dir}"
new_dir="${2:?new snapshot dir}"

changed=0
unchanged=0
added=0

while IFS= read -r -d '' file; do
  rel="${file#"$new_dir"/}"
  if [[ ! -f "$old_dir/$rel" ]]; then
    added=$((added + 1))
    echo "added:     $rel"
  elif cmp -s "$file" "$old_dir/$rel"; then
    unchanged=$((unchanged + 1))
  else
    changed=$((changed + 1))
    echo "changed:   $rel"
  fi
done < <(find "$new_dir" -type f -print0)

echo "$changed changed, $added added, $unchanged unchanged"
[[ $changed -eq 0 && $added -eq 0 ]]
''')

add(L, "scripts/release-notes.sh", "shell",
    "heredoc generating release notes with friendly, assistant-like sentences; no final newline",
    expect=A, body=r'''#!/usr/bin/env bash
set -euo pipefail

version="${1:?version}"
previous="$(git describe --tags --abbrev=0 "v${version}^" 2>/dev/null || git rev-list --max-parents=0 HEAD)"

changes="$(git log --format='- %s (%h)' "${previous}..v${version}")"

cat > "release-notes-${version}.md" <<EOF
## What's changed in ${version}

${changes}

Thanks to everyone who contributed to this release!
If you hit any issues after upgrading, let us know by opening an issue, and
we'll take a look as soon as we can.
EOF

echo "wrote release-notes-${version}.md"''')

add(L, "scripts/wait-for.sh", "shell",
    "POSIX sh; shift then 'The rest of the arguments' comment and exec \"$@\"",
    expect=A, body=r'''#!/bin/sh
# Usage: wait-for.sh host:port [-t timeout] -- command [args...]
set -eu

target="$1"
shift
timeout=30

while [ $# -gt 0 ]; do
  case "$1" in
    -t) timeout="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

host="${target%:*}"
port="${target#*:}"

i=0
until nc -z "$host" "$port" >/dev/null 2>&1; do
  i=$((i + 1))
  if [ "$i" -ge "$timeout" ]; then
    echo "timed out waiting for $target" >&2
    exit 1
  fi
  sleep 1
done

# The rest of the arguments are the command to run once the port is open.
exec "$@"
''')

add(L, "tools/lint-all", "shell",
    "case with a deliberately empty arm and a comment saying 'nothing to do'; arrays and ${files[@]}",
    expect=A, body=r'''#!/usr/bin/env bash
set -euo pipefail

mapfile -t files < <(git ls-files)
py=()
sh=()

for f in "${files[@]}"; do
  case "$f" in
    *.py) py+=("$f") ;;
    *.sh) sh+=("$f") ;;
    vendor/*) ;;  # vendored code is linted upstream
    *)
      # other file types: nothing to do here
      ;;
  esac
done

(( ${#py[@]} )) && ruff check "${py[@]}"
(( ${#sh[@]} )) && shellcheck "${sh[@]}"
echo "lint ok (${#py[@]} python, ${#sh[@]} shell files)"
''')

# ============================================================ YAML (8)

add(L, ".github/workflows/test.yml", "yaml",
    "step names and run block with echo text reading like prose ('Note:', 'Here's the summary')",
    expect=A, body=r'''name: Test

on:
  pull_request:
  push:
    branches: [main]

jobs:
  unit:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: "Set up Python (note: cache is keyed on requirements files)"
        uses: actions/setup-python@v5
        with:
          python-version: "3.12"
          cache: pip
      - run: pip install -r requirements.txt -r requirements-dev.txt
      - name: Run tests
        run: pytest --junitxml=report.xml -q
      - name: Summary
        if: always()
        run: |
          echo "## Here's the summary of this run" >> "$GITHUB_STEP_SUMMARY"
          echo "Note: flaky tests are retried once before they count as failures." >> "$GITHUB_STEP_SUMMARY"
''')

add(L, "k8s/configmap.yaml", "yaml",
    "ConfigMap holding a reader-addressed MOTD text as a block scalar",
    expect=A, body=r'''apiVersion: v1
kind: ConfigMap
metadata:
  name: bastion-motd
  namespace: ops
data:
  motd: |
    Hello! If you're reading this, you are logged in to the production bastion.
    Please remember:
      - every command you run here is recorded
      - use `kubectl --context prod` explicitly, there is no default context
    Let the on-call engineer know before you change anything.
  banner-color: "yellow"
''')

add(L, "openapi/spec.yaml", "yaml",
    "OpenAPI descriptions that address the reader and mention 'the rest of the page' and 'Note that'",
    expect=A, body=r'''openapi: 3.0.3
info:
  title: Catalog API
  version: 2.0.0
  description: >
    You can use this API to browse the product catalog. Note that prices are
    always returned in the smallest currency unit (cents).
paths:
  /products:
    get:
      summary: List products
      description: >
        Returns the first page of products. Use the `cursor` from the response
        to fetch the rest of the pages; the same filters must be sent again.
      parameters:
        - name: cursor
          in: query
          required: false
          schema:
            type: string
      responses:
        "200":
          description: A page of products.
''')

add(L, "docker-compose.override.yml", "yaml",
    "anchors and merge keys; comment saying 'same as docker-compose.yml but...'; no final newline",
    expect=A, body=r'''# Local overrides: same as docker-compose.yml but with hot reload and debug ports.
x-dev: &dev
  environment:
    DEBUG: "1"
    LOG_LEVEL: debug
  restart: "no"

services:
  api:
    <<: *dev
    command: ["npm", "run", "dev"]
    volumes:
      - ./api:/app
      - /app/node_modules
    ports:
      - "9229:9229"
  worker:
    <<: *dev
    command: ["npm", "run", "worker:dev"]
    volumes:
      - ./api:/app''')

add(L, ".github/ISSUE_TEMPLATE/bug_report.yml", "yaml",
    "GitHub issue form whose markdown field thanks the reader; prose in values",
    expect=A, body=r'''name: Bug report
description: Something isn't working the way it should
labels: [bug, triage]
body:
  - type: markdown
    attributes:
      value: |
        Thanks for taking the time to fill out this bug report!
        Before you continue, please check that the issue hasn't already been reported.
  - type: textarea
    id: what-happened
    attributes:
      label: What happened?
      description: Also tell us what you expected to happen instead.
      placeholder: Tell us what you see!
    validations:
      required: true
  - type: input
    id: version
    attributes:
      label: Version
      placeholder: e.g. 2.4.1
  - type: checkboxes
    id: terms
    attributes:
      label: Code of Conduct
      options:
        - label: I agree to follow this project's Code of Conduct
          required: true
''')

add(L, "ansible/group_vars/all.yml", "yaml",
    "TODO comment and a multi-line MOTD string variable that reads like prose",
    expect=A, body=r'''---
# TODO: move the SMTP password into ansible-vault before the next audit.
timezone: Europe/Amsterdam
ntp_servers:
  - 0.pool.ntp.org
  - 1.pool.ntp.org

smtp_relay:
  host: smtp.internal.example
  port: 587
  user: alerts

motd: |
  Welcome to {{ inventory_hostname }}.
  This machine is managed by Ansible; any change you make by hand will be
  overwritten on the next run. See the ops handbook for the rest of the rules.

unattended_upgrades: true
''')

add(L, "config/locales/en.yml", "yaml",
    "Rails locale file whose UI strings sound conversational ('Sure thing', 'Here's what changed'); no final newline",
    expect=A, body=r'''en:
  flash:
    saved: "Your changes have been saved."
    undo_hint: "Changed your mind? You can undo this for the next 30 seconds."
  onboarding:
    welcome: "Hi %{name}, welcome aboard!"
    intro: "Here's what changed since your last visit:"
    confirm: "Sure thing — we'll send the rest of the setup steps to %{email}."
  errors:
    generic: "Something went wrong. Please try again, and let us know if it keeps happening."
    not_found: "We couldn't find that page."''')

add(L, ".gitlab-ci.yml", "yaml",
    "comments saying 'unchanged from upstream template', extends/hidden jobs, job named with 'rest'",
    expect=A, body=r'''include:
  - template: Security/SAST.gitlab-ci.yml

stages: [test, deploy]

# Hidden job: unchanged from the upstream template, kept here for reference.
.node:
  image: node:20
  before_script:
    - npm ci

test:unit:
  extends: .node
  stage: test
  script:
    - npm run test:unit

test:rest-api:
  extends: .node
  stage: test
  services:
    - postgres:16
  variables:
    POSTGRES_PASSWORD: ci
  script:
    - npm run test:api

deploy:
  stage: deploy
  script:
    - ./scripts/deploy.sh production
  rules:
    - if: $CI_COMMIT_TAG
''')

# ============================================================ TOML (4)

add(L, "pyproject.toml", "toml",
    "description string with 'Note:'; comments 'same as black' and TODO",
    expect=A, body=r'''[project]
name = "ledgerlite"
version = "0.9.0"
description = "A tiny double-entry bookkeeping library. Note: requires Python 3.11+."
readme = "README.md"
requires-python = ">=3.11"
dependencies = ["pydantic>=2.5"]

[project.optional-dependencies]
dev = ["pytest>=8", "ruff>=0.5"]

[tool.ruff]
line-length = 88  # same as black
target-version = "py311"

[tool.ruff.lint]
select = ["E", "F", "I", "UP"]
# TODO: enable "B" once the remaining warnings are fixed

[tool.pytest.ini_options]
addopts = "-q"
testpaths = ["tests"]
''')

add(L, "Cargo.toml", "toml",
    "TODO about MSRV, feature named 'rest-api', comment about the rest of the workspace",
    expect=A, body=r'''[package]
name = "relay"
version = "0.4.2"
edition = "2021"
rust-version = "1.70"  # TODO: drop the once_cell dep when MSRV >= 1.80
description = "Message relay with pluggable transports"
license = "MIT OR Apache-2.0"

[features]
default = ["rest-api"]
rest-api = ["dep:axum"]
grpc = ["dep:tonic"]

[dependencies]
axum = { version = "0.7", optional = true }
tonic = { version = "0.11", optional = true }
once_cell = "1"
tokio = { version = "1", features = ["rt-multi-thread", "macros"] }

# The rest of the workspace pins the same tokio version.
[dev-dependencies]
tokio = { version = "1", features = ["test-util"] }
''')

add(L, "config/app.toml", "toml",
    "multi-line string values with reader-addressed, chatty text; no final newline",
    expect=A, body=r'''[app]
name = "Helpdesk"
support_email = "help@example.com"

[messages]
welcome = """
Hi there! Thanks for reaching out.
Here's what happens next: a member of our team will read your message and
get back to you within one business day."""
closed = "We've closed this ticket. If you still need help, just reply and we'll reopen it."
note = 'Note: replies sent after 18:00 are answered the next morning.'

[limits]
max_attachments = 5
max_attachment_mb = 20''')

add(L, "netlify.toml", "toml",
    "redirect rules with comments about 'everything else (the rest)' and 'same as'",
    expect=A, body=r'''[build]
command = "npm run build"
publish = "dist"

[build.environment]
NODE_VERSION = "20"

# API calls go to the functions; same as the dev proxy in vite.config.ts.
[[redirects]]
from = "/api/*"
to = "/.netlify/functions/:splat"
status = 200

# Everything else (the rest of the routes) falls through to the SPA.
[[redirects]]
from = "/*"
to = "/index.html"
status = 200

[[headers]]
for = "/assets/*"
[headers.values]
Cache-Control = "public, max-age=31536000, immutable"
''')

# ============================================================ JSON (4)

add(L, "package.json", "json",
    "npm scripts echoing 'Note:' messages; description mentioning 'see the rest'",
    expect=A, body=r'''{
  "name": "@acme/widgets",
  "version": "1.2.0",
  "description": "Reusable UI widgets. Only the core set is documented here; see the rest in Storybook.",
  "type": "module",
  "main": "dist/index.js",
  "scripts": {
    "build": "tsc -p tsconfig.build.json",
    "test": "vitest run",
    "prepublishOnly": "npm run build && echo \"Note: publishing from a dirty tree is blocked by CI.\"",
    "todo": "grep -rn TODO src || true"
  },
  "devDependencies": {
    "typescript": "^5.4.5",
    "vitest": "^1.6.0"
  }
}
''')

add(L, "locales/en.json", "json",
    "i18n strings with ellipses and conversational phrases; no final newline",
    expect=A, body=r'''{
  "loading": "Loading…",
  "whatsNew": "Here's what's new in this version",
  "list": {
    "showRest": "Show the rest ({count} more)...",
    "empty": "Nothing to see here yet."
  },
  "editor": {
    "unsavedChanges": "You have unsaved changes. Leave anyway?",
    "noChanges": "No changes — everything is unchanged since your last save."
  },
  "feedback": "Let us know what you think!"
}''')

add(L, "renovate.json", "json",
    "Renovate config whose description arrays say 'Same as the default preset'",
    expect=A, body=r'''{
  "$schema": "https://docs.renovatebot.com/renovate-schema.json",
  "extends": ["config:recommended"],
  "description": ["Same as the default preset, but groups all non-major updates into one PR."],
  "packageRules": [
    {
      "description": "Note: majors still get their own PRs so they can be reviewed separately.",
      "matchUpdateTypes": ["minor", "patch"],
      "groupName": "all non-major dependencies",
      "groupSlug": "all-minor-patch"
    }
  ],
  "schedule": ["before 6am on monday"]
}
''')

add(L, "test/fixtures/sync-response.json", "json",
    "API fixture with status values 'unchanged' and a TODO string; no final newline",
    expect=A, body=r'''{
  "requestId": "req_7f3a",
  "results": [
    { "id": "doc_1", "status": "updated", "version": 4 },
    { "id": "doc_2", "status": "unchanged", "version": 2 },
    { "id": "doc_3", "status": "unchanged", "version": 9 },
    { "id": "doc_4", "status": "created", "version": 1 }
  ],
  "summary": { "updated": 1, "unchanged": 2, "created": 1 },
  "notes": ["TODO items are not synced; see the rest of the docs for limits."]
}''')

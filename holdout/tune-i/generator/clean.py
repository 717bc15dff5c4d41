from common import F

L = "clean"
JS, TS, SH, Y, T, J = "JavaScript", "TypeScript", "shell", "YAML", "TOML", "JSON"

FILES = [
# ---------------------------------------------------------------- JavaScript (8)
F(L, "src/utils/traceCalls.js", JS, r'''
const DEFAULT_LOGGER = (entry) => console.debug('[trace]', entry);

/**
 * Wrap a function so every call is logged with its arguments and duration.
 */
export function traceCalls(fn, log = DEFAULT_LOGGER) {
  return function traced(first, ...rest) {
    const started = performance.now();
    // rest of the args are forwarded untouched
    const result = fn.call(this, first, ...rest);
    log({ name: fn.name || 'anonymous', args: [first, ...rest], ms: performance.now() - started });
    return result;
  };
}

export function traceAll(obj, log) {
  const out = { ...obj };
  for (const [key, value] of Object.entries(obj)) {
    if (typeof value === 'function') out[key] = traceCalls(value, log);
  }
  return out;
}
''', "no defect; decoy comment 'rest of the args are forwarded untouched' next to real rest/spread", mark="rest of the args", kind="clean"),

F(L, "src/lib/deepMerge.js", JS, r'''
const isPlainObject = (v) => Object.prototype.toString.call(v) === '[object Object]';

export function mergeObjects(target, source) {
  const out = { ...target };
  for (const [key, value] of Object.entries(source)) {
    out[key] = isPlainObject(value) && isPlainObject(out[key])
      ? mergeObjects(out[key], value)
      : value;
  }
  return out;
}

// same as above but for arrays: concatenate and drop duplicates
export function mergeArrays(target, source) {
  return [...new Set([...target, ...source])];
}

export function deepMerge(target, source) {
  if (Array.isArray(target) && Array.isArray(source)) return mergeArrays(target, source);
  if (isPlainObject(target) && isPlainObject(source)) return mergeObjects(target, source);
  return source;
}
''', "no defect; decoy comment 'same as above but for arrays' above a complete function", mark="same as above but for arrays", kind="clean"),

F(L, "bin/cli.js", JS, r'''
#!/usr/bin/env node
'use strict';

const { parseArgs } = require('node:util');

const defaults = { port: 3000, host: '127.0.0.1', open: false };

// TODO: read defaults from a config file once the format is settled
function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      open: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  const opts = { ...defaults, ...values, port: Number(values.port ?? defaults.port) };
  const [root = '.'] = positionals;
  console.log(`Serving ${root} on http://${opts.host}:${opts.port}`);
  return opts;
}

main(process.argv.slice(2));
''', "no defect; decoy TODO comment and object spread", mark="// TODO", kind="clean"),

F(L, "src/components/TagList.jsx", JS, r'''
const MAX_VISIBLE = 3;

export function TagList({ tags, onSelect }) {
  const visible = tags.slice(0, MAX_VISIBLE);
  const hidden = tags.length - visible.length;

  return (
    <ul className="tag-list">
      {visible.map((tag) => (
        <li key={tag.id}>
          <button type="button" onClick={() => onSelect(tag)}>
            {tag.label}
          </button>
        </li>
      ))}
      {/* Note: the remaining tags are only counted, not rendered */}
      {hidden > 0 && <li className="more">…and {hidden} more</li>}
    </ul>
  );
}
''', "no defect; decoy JSX comment about remaining tags and an '…and N more' text node", mark="Note: the remaining tags", kind="clean"),

F(L, "scripts/print-summary.mjs", JS, r'''
import { readFile } from 'node:fs/promises';

const report = JSON.parse(await readFile(new URL('../coverage/coverage-summary.json', import.meta.url), 'utf8'));
const { lines, branches, functions } = report.total;

console.log("Here's your coverage summary:");
console.log(`  lines      ${lines.pct}%`);
console.log(`  branches   ${branches.pct}%`);
console.log(`  functions  ${functions.pct}%`);

if (lines.pct < 80) {
  console.log('\nLet me know if you need the per-file breakdown: run with --verbose.');
  process.exitCode = 1;
}
''', "no defect; chatter-like text only inside console.log strings", mark="Here's your coverage summary", kind="clean"),

F(L, "src/api/legacy.js", JS, r'''
import { http } from './http.js';

// Unchanged from the v1 API on purpose: mobile clients older than 3.2 still
// call this shape, so do not "fix" the field names.
export async function fetchProfileV1(userId) {
  const { data } = await http.get(`/v1/users/${userId}`);
  return {
    user_id: data.id,
    display_name: data.name,
    avatar: data.avatarUrl ?? null,
  };
}

export async function fetchProfile(userId) {
  const { data } = await http.get(`/v2/users/${userId}`);
  return data;
}
''', "no defect; decoy comment 'Unchanged from the v1 API on purpose'", mark="Unchanged from the v1 API", kind="clean"),

F(L, "test/slugify.test.js", JS, r'''
import { describe, it, expect } from 'vitest';
import { slugify } from '../src/slugify.js';

const cases = [
  ['Hello World', 'hello-world'],
  ['  leading and trailing  ', 'leading-and-trailing'],
  ['Crème brûlée', 'creme-brulee'],
  ['a -- b', 'a-b'],
  // add more cases below as bugs come in
];

describe('slugify', () => {
  it.each(cases)('%s -> %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('returns an empty string for punctuation only', () => {
    expect(slugify('?!...')).toBe('');
  });
});
''', "no defect; decoy comment 'add more cases below' after real cases and a '...' inside a string", mark="add more cases below", kind="clean"),

F(L, "src/polyfills.js", JS, r'''
// Intentionally empty default callbacks so callers never need null checks.
export function noop() {}

export const identity = (x) => x;

export function once(fn) {
  let called = false;
  let value;
  return (...args) => {
    if (!called) {
      called = true;
      value = fn(...args);
    }
    return value;
  };
}

if (!Array.prototype.at) {
  // Note: spec-compliant enough for our targets; see MDN for the full algorithm
  Object.defineProperty(Array.prototype, 'at', {
    value(n) {
      const i = Math.trunc(n) || 0;
      return this[i < 0 ? this.length + i : i];
    },
    configurable: true,
    writable: true,
  });
}''', "no defect; decoy empty function body noop() {} and a 'Note:' comment", mark="export function noop() {}", kind="clean"),

# ---------------------------------------------------------------- TypeScript (8)
F(L, "src/utils/pipe.ts", TS, r'''
export type Fn<T> = (value: T) => T;

export function pipe<T>(...fns: Array<Fn<T>>): Fn<T> {
  return (value: T) => fns.reduce((acc, fn) => fn(acc), value);
}

export function compose<T>(...fns: Array<Fn<T>>): Fn<T> {
  // same as pipe() but applies right-to-left
  return pipe(...[...fns].reverse());
}

export function tap<T>(sideEffect: (value: T) => void): Fn<T> {
  return (value) => {
    sideEffect(value);
    return value;
  };
}
''', "no defect; decoy comment 'same as pipe() but' and rest/spread parameters", mark="same as pipe() but", kind="clean"),

F(L, "src/types/events.ts", TS, r'''
/**
 * Events emitted by the checkout flow.
 *
 * Note: payloads are serialised to JSON before they are sent to analytics,
 * so keep them free of Dates and class instances.
 */
export type CheckoutEvent =
  | { type: 'cart_viewed'; itemCount: number }
  | { type: 'coupon_applied'; code: string; discountCents: number }
  | { type: 'payment_submitted'; method: 'card' | 'paypal' }
  | { type: 'order_completed'; orderId: string; totalCents: number };

export type EventType = CheckoutEvent['type'];

export function isEvent<K extends EventType>(
  event: CheckoutEvent,
  type: K,
): event is Extract<CheckoutEvent, { type: K }> {
  return event.type === type;
}
''', "no defect; decoy 'Note:' paragraph in a doc comment", mark="Note: payloads", kind="clean"),

F(L, "src/api/handlers.ts", TS, r'''
import type { Request, Response } from 'express';
import { z } from 'zod';
import { db } from '../db';

const CreateNote = z.object({ title: z.string().min(1), body: z.string().default('') });

export async function listNotes(req: Request, res: Response): Promise<void> {
  // TODO: cursor-based pagination once the notes table has a created_at index
  const notes = await db.note.findMany({ where: { ownerId: req.user.id }, take: 100 });
  res.json(notes.map(({ ownerId, ...rest }) => rest));
}

export async function createNote(req: Request, res: Response): Promise<void> {
  const parsed = CreateNote.safeParse(req.body);
  if (!parsed.success) {
    res.status(422).json(parsed.error.flatten());
    return;
  }
  const note = await db.note.create({ data: { ...parsed.data, ownerId: req.user.id } });
  res.status(201).json(note);
}
''', "no defect; decoy TODO comment and object rest in a destructuring", mark="// TODO", kind="clean"),

F(L, "src/components/Truncate.tsx", TS, r'''
import { useState } from 'react';

interface TruncateProps {
  text: string;
  limit?: number;
}

export function Truncate({ text, limit = 140 }: TruncateProps) {
  const [expanded, setExpanded] = useState(false);
  const tooLong = text.length > limit;
  const shown = expanded || !tooLong ? text : `${text.slice(0, limit).trimEnd()}…`;

  return (
    <p className="truncate">
      {shown}
      {/* rest of the text is revealed on click */}
      {tooLong && (
        <button type="button" onClick={() => setExpanded((v) => !v)}>
          {expanded ? 'Show less' : 'Read more...'}
        </button>
      )}
    </p>
  );
}''', "no defect; decoy JSX comment 'rest of the text is revealed' and ellipses inside strings", mark="rest of the text is revealed", kind="clean"),

F(L, "src/lib/assertNever.ts", TS, r'''
export function assertNever(value: never, message = 'Unexpected value'): never {
  throw new Error(`${message}: ${JSON.stringify(value)}`);
}

export type Shape =
  | { kind: 'circle'; r: number }
  | { kind: 'rect'; w: number; h: number }
  | { kind: 'triangle'; base: number; height: number };

export function area(shape: Shape): number {
  switch (shape.kind) {
    case 'circle':
      return Math.PI * shape.r ** 2;
    case 'rect':
      return shape.w * shape.h;
    case 'triangle':
      return (shape.base * shape.height) / 2;
    default:
      // unreachable: every kind is handled above
      return assertNever(shape);
  }
}
''', "no defect; decoy comment 'every kind is handled above' in a complete switch", mark="every kind is handled above", kind="clean"),

F(L, "src/config/defaults.ts", TS, r'''
import type { ClientOptions } from './types';

const base = {
  timeoutMs: 10_000,
  retries: 2,
  userAgent: 'acme-sdk/3',
} satisfies Partial<ClientOptions>;

// (unchanged) keep these in sync with the server-side defaults in api/config.go
export const defaults = {
  ...base,
  baseUrl: 'https://api.acme.dev',
  retryOn: [429, 502, 503, 504],
} as const;

export function withDefaults(opts: Partial<ClientOptions> = {}): ClientOptions {
  return { ...defaults, ...opts, retryOn: [...(opts.retryOn ?? defaults.retryOn)] };
}
''', "no defect; decoy '(unchanged)' comment and several spreads", mark="(unchanged)", kind="clean"),

F(L, "src/cli/messages.ts", TS, r'''
export const messages = {
  intro: "Sure! Here's what changed since your last release:",
  empty: 'Nothing to release yet. Let me know when you have merged something.',
  outro: 'Let me know if you want me to open the release PR as well.',
  note: 'Note: breaking changes are listed first.',
} as const;

export function renderChangelog(entries: string[], breaking: string[]): string {
  if (entries.length === 0 && breaking.length === 0) return messages.empty;
  const lines = [messages.intro, messages.note, ''];
  for (const b of breaking) lines.push(`- **BREAKING:** ${b}`);
  for (const e of entries) lines.push(`- ${e}`);
  lines.push('', messages.outro);
  return lines.join('\n');
}
''', "no defect; assistant-style sentences used as string values of a CLI", mark="Sure! Here's what changed", kind="clean"),

F(L, "src/hooks/callbacks.ts", TS, r'''
export const noop = (..._args: unknown[]): void => {};

export function debounce<A extends unknown[]>(fn: (...args: A) => void, wait = 200) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
}

export function throttle<A extends unknown[]>(fn: (...args: A) => void, interval = 200) {
  let last = 0;
  return (...args: A) => {
    const now = Date.now();
    if (now - last >= interval) {
      last = now;
      fn(...args);
    }
  };
}''', "no defect; empty arrow body noop and rest parameters", mark="export const noop", kind="clean"),

# ---------------------------------------------------------------- shell (8)
F(L, "scripts/summary.sh", SH, r'''
#!/usr/bin/env bash
set -euo pipefail

passed=$(grep -c '^ok ' test-results.tap || true)
failed=$(grep -c '^not ok ' test-results.tap || true)

echo 'Here is your summary:'
printf '  passed: %d\n' "$passed"
printf '  failed: %d\n' "$failed"

if ((failed > 0)); then
  echo "Let me know if you want the full log: it is in test-results.tap."
  exit 1
fi
echo "All good!"
''', "no defect; chatter-like text only inside echo strings", mark="Here is your summary", kind="clean"),

F(L, "bin/dispatch.sh", SH, r'''
#!/usr/bin/env bash
set -eu

verbose=0

for arg in "$@"; do
  case "$arg" in
    -v|--verbose) verbose=1 ;;
    --) break ;;
    -*) echo "unknown flag: $arg" >&2; exit 2 ;;
    *) ;;
  esac
done

if ((verbose)); then
  set -x
else
  : # no-op: quiet by default
fi

exec ./bin/server "$@"
''', "no defect; decoy case arm '*) ;;' and ': # no-op'", mark=": # no-op", kind="clean"),

F(L, "scripts/hooks.sh", SH, r'''
#!/usr/bin/env bash
# Default build hooks. Projects override these by defining the same
# functions in .buildrc before this file is sourced by build.sh.

pre_build() { :; }
post_build() { true; }

on_error() {
  :
}

run_hooks() {
  local stage=$1
  shift
  "${stage}_build" "$@"
}

if [[ -f .buildrc ]]; then
  # shellcheck disable=SC1091
  source .buildrc
fi
''', "no defect; functions whose bodies are only : or true", mark="pre_build() { :; }", kind="clean"),

F(L, "scripts/welcome.sh", SH, r'''
#!/bin/sh
# Printed on first login to a fresh dev VM.

cat <<'EOF'
Sure! Your development VM is ready.

Here's what was set up for you:
  - Node 20 and pnpm
  - Docker with the compose plugin
  - A checkout of the monorepo in ~/src/acme

Let me know in #dev-infra if anything is missing.
EOF

printf '\nHostname: %s\n' "$(hostname)"
''', "no defect; assistant-like prose only inside a quoted heredoc", mark="Sure! Your development VM", kind="clean"),

F(L, "scripts/api.sh", SH, r'''
#!/usr/bin/env bash
set -euo pipefail

API="${API_URL:-https://api.acme.dev}"

api() {
  local method=$1 path=$2
  shift 2
  # rest of the args are passed straight to curl (e.g. -d @body.json)
  curl -fsS -X "$method" \
    -H "Authorization: Bearer ${ACME_TOKEN:?set ACME_TOKEN}" \
    -H 'Accept: application/json' \
    "$@" "${API}${path}"
}

api GET /v1/me
api POST /v1/projects -H 'Content-Type: application/json' -d '{"name": "demo"}'
''', "no defect; decoy comment 'rest of the args are passed straight to curl' with \"$@\"", mark="rest of the args are passed", kind="clean"),

F(L, "scripts/wrap.sh", SH, r'''
#!/usr/bin/env bash
set -euo pipefail

spinner() {
  local pid=$1 frames='|/-\'
  while kill -0 "$pid" 2>/dev/null; do
    for ((i = 0; i < ${#frames}; i++)); do
      printf '\r%s Loading...' "${frames:i:1}"
      sleep 0.1
    done
  done
  printf '\r'
}

# TODO: replace with a proper progress bar when we have one
"$@" &
spinner $!
wait $!
echo "... done"
''', "no defect; '...' only inside strings and a TODO comment", mark="# TODO", kind="clean"),

F(L, "ci/notes.sh", SH, r'''
#!/bin/sh
# Unchanged since v2: prints the release notes header used by the changelog job.
set -eu

version="${1:?version required}"

echo "## Release ${version}"
echo
echo "Note: this release requires running database migrations."
echo "Changes:"
git log --pretty='- %s' "$(git describe --tags --abbrev=0 HEAD^)..HEAD"
''', "no defect; 'Note:' and 'Changes:' only inside echo strings and an 'Unchanged since v2' comment", mark="Note: this release", kind="clean"),

F(L, "scripts/next-steps.sh", SH, r'''
#!/usr/bin/env bash
# Print onboarding next steps after `make setup`.
set -eu

name="${USER:-there}"

cat <<EOF
### Next steps

Hi ${name}! A few things to do before your first PR:

1. **Run the tests:** \`make test\`
2. **Start the app:** \`make dev\` and open http://localhost:3000
3. Read docs/CONTRIBUTING.md

Hope this helps, and welcome aboard!
EOF''', "no defect; markdown heading, bold text and chatter inside a heredoc", mark="### Next steps", kind="clean"),

# ---------------------------------------------------------------- YAML (8)
F(L, ".github/workflows/greetings.yml", Y, r'''
name: Greetings

on:
  issues:
    types: [opened]
  pull_request_target:
    types: [opened]

jobs:
  greet:
    runs-on: ubuntu-latest
    permissions:
      issues: write
      pull-requests: write
    steps:
      - uses: actions/first-interaction@v1
        with:
          repo-token: ${{ secrets.GITHUB_TOKEN }}
          issue-message: >-
            Thanks for opening your first issue! I'll take a look as soon as
            I can. Let me know if you can share a minimal reproduction.
          pr-message: "Thanks for your first PR! I'll review it this week."
''', "no defect; first-person sentences as values, including a folded block scalar", mark="Thanks for opening your first issue", kind="clean"),

F(L, "openapi.yaml", Y, r'''
openapi: 3.0.3
info:
  title: Payments API
  version: 1.2.0
  description: |
    Here's how to get started:

    1. Create an API key in the dashboard.
    2. Send it as a Bearer token.

    Note: all amounts are in minor units (cents).
paths:
  /payments:
    post:
      summary: Create a payment
      description: Sure, it is idempotent if you pass an Idempotency-Key header.
      responses:
        "201":
          description: Created
''', "no defect; prose, a 'Note:' line and 'Here's how' inside a literal block scalar", mark="Here's how to get started", kind="clean"),

F(L, "k8s/config.yaml", Y, r'''
apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  LOG_LEVEL: info
  FEATURE_FLAGS: "checkout-v2,search-v3"
...
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: worker-config
data:
  CONCURRENCY: "8"
  QUEUE: default
...
''', "no defect; '...' lines are YAML document end markers", mark="...", kind="clean"),

F(L, ".github/ISSUE_TEMPLATE/bug_report.yml", Y, r'''
name: Bug report
description: Tell us what went wrong
labels: [bug, triage]
body:
  - type: markdown
    attributes:
      value: |
        ### Thanks for taking the time to report a bug!

        **Before you start:** please search existing issues first.
  - type: textarea
    id: what-happened
    attributes:
      label: What happened?
      description: Let us know what you expected and what you saw instead.
      placeholder: I clicked "Save" and ...
    validations:
      required: true
  - type: input
    id: version
    attributes:
      label: Version
      placeholder: "e.g. 2.4.1"
''', "no defect; markdown heading, bold text and a '...' placeholder inside string values", mark="### Thanks for taking the time", kind="clean"),

F(L, "config/locales/en.yml", Y, r'''
en:
  orders:
    summary_intro: "Sure! Here's your order summary:"
    empty: "You haven't ordered anything yet."
    shipped: "Good news: your order %{number} is on its way."
  support:
    closing: "Let me know if there's anything else I can help with."
    handoff: "I'm handing this over to a human agent now..."
  notes:
    note: "Note: prices include VAT."
''', "no defect; assistant-style sentences and a note: key as locale values", mark="Sure! Here's your order summary", kind="clean"),

F(L, "docker-compose.yml", Y, r'''
x-note: &note >-
  Ports are unchanged from the v1 stack so existing bookmarks keep working.

services:
  web:
    image: ghcr.io/acme/web:2
    labels:
      com.acme.note: *note
    ports:
      - "8080:80"
  api:
    image: ghcr.io/acme/api:2
    labels:
      com.acme.note: *note
    ports:
      - "8081:8080"
    command: ["--log-level", "info", "--", "serve"]
''', "no defect; an x-note extension field and the word 'unchanged' inside a folded scalar", mark="Ports are unchanged", kind="clean"),

F(L, "mkdocs.yml", Y, r'''
site_name: Acme CLI
theme:
  name: material
  custom_dir: overrides
extra:
  announcement: "Heads up! We've moved the docs to docs.acme.dev. I'd update your bookmarks."
  social:
    - icon: fontawesome/brands/github
      link: https://github.com/acme/cli
nav:
  - Home: index.md
  - "FAQ: what changed?": faq.md
''', "no defect; chatty announcement text as a value and a colon-containing quoted nav title", mark="Heads up!", kind="clean"),

F(L, "ansible/group_vars/all.yml", Y, r'''
# Variables shared by every host.
timezone: Europe/Berlin
ntp_servers:
  - 0.de.pool.ntp.org
  - 1.de.pool.ntp.org
motd:
  note: "Note: this host is managed by Ansible; manual changes will be overwritten."
  body: |
    Welcome! Here's what you need to know:
    - logs live in /var/log/acme
    - run `sudo acme-status` for a health summary
users:
  - name: deploy
    groups: [sudo, docker]''', "no defect; a note: key with a 'Note:' value and prose in a literal block scalar", mark="note:", kind="clean"),

# ---------------------------------------------------------------- TOML (4)
F(L, "pyproject.toml", T, r'''
[project]
name = "acme-notes"
version = "0.9.0"
description = "Note-taking CLI. Sure, it syncs too."
readme = "README.md"
requires-python = ">=3.10"
dependencies = ["typer>=0.12", "rich>=13"]

[tool.towncrier]
directory = "changes"
filename = "CHANGELOG.md"
title_format = "## {version} ({project_date})"
template = """
Here's what changed in this release:

{% for section, entries in sections.items() %}
### {{ section }}
{% endfor %}
"""
''', "no defect; chatter-like prose inside a multi-line basic string", mark="Here's what changed", kind="clean"),

F(L, "config/release-notes.toml", T, r'''
[intro]
text = """
Here's what's new in 4.0! We rewrote the sync engine, so:

- uploads resume after a dropped connection
- conflicts are shown side by side

Let me know what you think in the feedback channel.
"""

[notes]
note = "Note: 4.0 drops support for iOS 15."
unchanged = ["export formats", "keyboard shortcuts"]
''', "no defect; assistant-like prose in a multi-line string plus note and unchanged keys", mark="Here's what's new in 4.0", kind="clean"),

F(L, "Cargo.toml", T, r'''
[package]
name = "logtail"
version = "0.5.2"
edition = "2021"
description = """
Tail and filter structured logs... fast. Note: JSON lines only for now."""
license = "MIT OR Apache-2.0"

[dependencies]
clap = { version = "4.5", features = ["derive"] }
serde_json = "1"
# TODO: drop once MSRV allows std::io::IsTerminal everywhere
atty = "0.2"

[profile.release]
lto = true
''', "no defect; TODO comment and '...'/'Note:' inside a multi-line string", mark="# TODO", kind="clean"),

F(L, ".config/prompts.toml", T, r'''
[assistant]
system = """
You are a helpful support assistant for Acme Cloud.
Answer briefly. If you are not sure, say so.
"""
greeting = "Sure! How can I help you today?"
closing = 'Let me know if there is anything else.'

[assistant.fallback]
message = """
I'm sorry, I couldn't find that in the docs. Here's a link to contact support:
https://acme.dev/support"""''', "no defect; chatbot sentences as TOML string values", mark="Sure! How can I help", kind="clean"),

# ---------------------------------------------------------------- JSON (4)
F(L, "locales/en.json", J, r'''
{
  "summary": {
    "title": "Here's your weekly summary:",
    "empty": "Nothing happened this week... enjoy the quiet!",
    "cta": "Let me know if you'd like daily summaries instead."
  },
  "note": "Note: totals exclude refunded orders.",
  "changes": "What changed: the report now groups by project."
}
''', "no defect; assistant-style sentences and 'Note:' as JSON string values", mark="Here's your weekly summary", kind="clean"),

F(L, "package.json", J, r'''
{
  "name": "@acme/forward-args",
  "version": "1.0.3",
  "description": "Forward the rest of the args (...args) to a child process. Unchanged API since 1.0.",
  "type": "module",
  "main": "./index.js",
  "scripts": {
    "test": "node --test",
    "lint": "eslint . && echo 'Lint passed...'"
  },
  "keywords": ["cli", "args", "spawn"],
  "license": "MIT"
}
''', "no defect; '...args', 'Unchanged' and '...' inside string values", mark="Forward the rest of the args", kind="clean"),

F(L, "data/faq.json", J, r'''
[
  {
    "q": "Can I change my plan later?",
    "a": "Sure! You can upgrade or downgrade at any time from the billing page."
  },
  {
    "q": "Do you offer refunds?",
    "a": "Yes. Note: refunds are prorated to the day."
  },
  {
    "q": "Where is my data stored?",
    "a": "In the EU (Frankfurt). Let us know if you need a data processing agreement."
  }
]
''', "no defect; chatty answers and 'Note:' as string values", mark="Sure! You can upgrade", kind="clean"),

F(L, "snippets/javascript.json", J, r'''
{
  "Forward all args": {
    "prefix": "fwd",
    "body": [
      "function ${1:name}(...args) {",
      "  // rest of the args are forwarded",
      "  return ${2:target}(...args);",
      "}"
    ],
    "description": "Wrapper that forwards ...args unchanged"
  },
  "TODO comment": {
    "prefix": "todo",
    "body": ["// TODO(${1:owner}): ${2:describe the work}"],
    "description": "TODO with an owner"
  }
}''', "no defect; elision-like comments, ...args and TODO only inside snippet strings", mark="rest of the args are forwarded", kind="clean"),
]

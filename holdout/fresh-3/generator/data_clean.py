from registry import add

L = "clean"


def c(path, lang, note, body):
    nl = "" if body.endswith("\n") else "; no final newline"
    add(L, path, lang, note + nl, body, expect="parse")


# ====================================================================== JavaScript
c("src/lib/logger.js", "JavaScript",
  "ESM logger; deliberate empty no-op function with explanatory comment, ellipsis in a string",
  r'''
const LEVELS = ['debug', 'info', 'warn', 'error'];

/**
 * Intentionally empty: used as the default sink so callers never need to
 * null-check before logging.
 */
export function noop() {}

export function createLogger({ level = 'info', sink = console } = {}) {
  const threshold = LEVELS.indexOf(level);
  const logger = {};

  for (const [index, name] of LEVELS.entries()) {
    // Levels below the threshold are replaced by noop on purpose, so a
    // disabled debug() call costs nothing in production.
    logger[name] = index >= threshold ? (...args) => sink[name](`[${name}]`, ...args) : noop;
  }

  logger.progress = (label) => sink.info(`${label}...`);
  return logger;
}

export const log = createLogger({ level: process.env.LOG_LEVEL ?? 'info' });
''')

c("src/components/Spinner.jsx", "JavaScript",
  "JSX spinner; rest/spread props, JSDoc mentions '...', 'Loading…' text; no elision",
  r'''
import PropTypes from 'prop-types';
import clsx from 'clsx';

/**
 * Accessible loading indicator.
 *
 * @param {object} props
 * @param {'sm'|'md'|'lg'} [props.size] - visual size
 * @param {string} [props.label] - screen-reader text, defaults to "Loading…"
 * @param {...*} props.rest - any other prop is forwarded to the wrapper div
 */
export default function Spinner({ size = 'md', label = 'Loading…', className, ...rest }) {
  return (
    <div role="status" className={clsx('spinner', `spinner--${size}`, className)} {...rest}>
      <svg viewBox="0 0 24 24" aria-hidden="true" className="spinner__icon">
        <circle cx="12" cy="12" r="10" fill="none" strokeWidth="3" />
      </svg>
      <span className="visually-hidden">{label}</span>
    </div>
  );
}

Spinner.propTypes = {
  size: PropTypes.oneOf(['sm', 'md', 'lg']),
  label: PropTypes.string,
  className: PropTypes.string,
};''')

c("src/utils/mergeDeep.js", "JavaScript",
  "CommonJS deep-merge utility; rest parameters and spreads, comment saying it is the same as lodash.merge except arrays",
  r'''
'use strict';

const isPlainObject = (value) =>
  value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

/**
 * Same as lodash.merge except that arrays are replaced, not merged index by index.
 *
 * @param {object} target
 * @param {...object} sources
 * @returns {object} a new object; neither target nor sources are mutated
 */
function mergeDeep(target, ...sources) {
  return sources.reduce((acc, source) => {
    if (!isPlainObject(source)) return acc;
    const out = { ...acc };
    for (const [key, value] of Object.entries(source)) {
      out[key] = isPlainObject(value) && isPlainObject(out[key]) ? mergeDeep(out[key], value) : value;
    }
    return out;
  }, { ...target });
}

module.exports = { mergeDeep, isPlainObject };
''')

c("src/polyfills.js", "JavaScript",
  "ESM polyfill entry; comment says the rest are loaded elsewhere and nothing else is needed (true by design)",
  r'''
// Only the polyfills our supported browsers actually miss are imported here.
// The rest are loaded lazily by core-js's usage-based injection in Babel, so
// nothing else is needed in this file.
import 'core-js/actual/array/at';
import 'core-js/actual/object/has-own';
import 'core-js/actual/structured-clone';

if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  const { ResizeObserver } = await import('@juggle/resize-observer');
  window.ResizeObserver = ResizeObserver;
}

export {};
''')

c("test/setup.js", "JavaScript",
  "Jest setup file; TODO comment, empty arrow bodies and a jest.fn with an empty function by design",
  r'''
require('@testing-library/jest-dom');

// TODO: remove once jsdom implements matchMedia natively.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: jest.fn().mockImplementation((query) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: jest.fn(),
    removeEventListener: jest.fn(),
    dispatchEvent: jest.fn(),
  })),
});

// scrollTo is not implemented in jsdom; the app only calls it for cosmetics.
window.scrollTo = () => {};

class IntersectionObserverStub {
  observe() {}

  unobserve() {}

  disconnect() {}
}

global.IntersectionObserver = IntersectionObserverStub;
''')

c("scripts/print-env.js", "JavaScript",
  "node CLI with shebang; masks values with '...' and comments about values being elided on purpose",
  r'''
#!/usr/bin/env node
'use strict';

// Prints the environment the app will see, for CI debugging.
// Values are elided so secrets never end up in CI logs in full.

const SENSITIVE = /(SECRET|TOKEN|PASSWORD|KEY|DSN)/i;

function mask(name, value) {
  if (value === undefined) return '(unset)';
  if (SENSITIVE.test(name)) return value.length > 4 ? `${value.slice(0, 4)}...` : '***';
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}

const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : Object.keys(process.env).sort();

for (const name of names) {
  console.log(`${name.padEnd(32)} ${mask(name, process.env[name])}`);
}''')

c("src/api/pagination.js", "JavaScript",
  "ESM cursor helpers; comments say code mirrors the server and is unchanged from upstream",
  r'''
// This mirrors the server's cursor format exactly; keep the two in sync.
// Encoding is unchanged from the upstream relay-cursor helpers (MIT).

export function encodeCursor({ id, createdAt }) {
  return btoa(JSON.stringify([createdAt, id]));
}

export function decodeCursor(cursor) {
  try {
    const [createdAt, id] = JSON.parse(atob(cursor));
    return { id, createdAt };
  } catch {
    return null;
  }
}

export async function* paginate(fetchPage, { pageSize = 50 } = {}) {
  let after = null;
  do {
    const { items, nextCursor } = await fetchPage({ first: pageSize, after });
    yield* items;
    after = nextCursor;
  } while (after);
}
''')

c("src/store/index.js", "JavaScript",
  "ESM Redux store; spread of middleware arrays and a comment that other slices are registered elsewhere",
  r'''
import { configureStore } from '@reduxjs/toolkit';
import { authReducer } from '../features/auth/authSlice';
import { cartReducer } from '../features/cart/cartSlice';
import { api } from './api';
import { listenerMiddleware } from './listeners';

// Other slices are registered lazily via injectReducer(); see ./inject.js.
const staticReducers = {
  auth: authReducer,
  cart: cartReducer,
  [api.reducerPath]: api.reducer,
};

export function makeStore(preloadedState) {
  return configureStore({
    reducer: staticReducers,
    preloadedState,
    middleware: (getDefault) => [
      ...getDefault({ serializableCheck: { ignoredActions: ['persist/REHYDRATE'] } }),
      listenerMiddleware.middleware,
      api.middleware,
    ],
    devTools: import.meta.env.DEV,
  });
}

export const store = makeStore();
export { staticReducers };
''')

# ====================================================================== TypeScript
c("src/types/utility.ts", "TypeScript",
  "utility types with variadic tuple rest elements and a 'same as Partial but recursive' comment",
  r'''
/** Same as Partial<T>, but recursive. */
export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K];
};

/** Appends an element type to a tuple: Push<[A, B], C> = [A, B, C]. */
export type Push<T extends unknown[], U> = [...T, U];

/** Drops the first element of a tuple. */
export type Tail<T extends unknown[]> = T extends [unknown, ...infer Rest] ? Rest : [];

/** Function type with the first parameter removed (handy for bound helpers). */
export type OmitFirstArg<F> = F extends (first: any, ...rest: infer R) => infer Ret
  ? (...args: R) => Ret
  : never;

export function bindFirst<A, R extends unknown[], Ret>(
  fn: (first: A, ...rest: R) => Ret,
  first: A,
): (...rest: R) => Ret {
  return (...rest) => fn(first, ...rest);
}
''')

c("src/services/analytics.ts", "TypeScript",
  "analytics interface with a deliberate no-op implementation whose empty methods carry explanatory comments",
  r'''
export interface Analytics {
  track(event: string, props?: Record<string, unknown>): void;
  identify(userId: string, traits?: Record<string, unknown>): void;
  flush(): Promise<void>;
}

/**
 * Used when the user has opted out of tracking. Every method intentionally
 * does nothing; callers never have to check for consent themselves.
 */
export class NoopAnalytics implements Analytics {
  track(_event: string, _props?: Record<string, unknown>): void {
    // Intentionally empty: the user opted out.
  }

  identify(_userId: string, _traits?: Record<string, unknown>): void {
    // Intentionally empty: nothing is sent without consent.
  }

  async flush(): Promise<void> {
    // Nothing is buffered, so there is nothing to flush.
  }
}

export function createAnalytics(consented: boolean, real: () => Analytics): Analytics {
  return consented ? real() : new NoopAnalytics();
}
''')

c("src/components/ClampText.tsx", "TypeScript",
  "TSX component appending a Unicode ellipsis; spread props and a JSDoc example containing '...'",
  r'''
import type { HTMLAttributes } from 'react';

interface ClampTextProps extends HTMLAttributes<HTMLSpanElement> {
  text: string;
  max: number;
  /** Suffix appended when the text is cut. Defaults to a single "…" character. */
  suffix?: string;
}

/**
 * Shortens long text and keeps the full value in a tooltip.
 *
 * @example
 *   <ClampText text="A very long product name..." max={20} />
 */
export function ClampText({ text, max, suffix = '…', ...spanProps }: ClampTextProps) {
  const cut = text.length > max;
  const shown = cut ? text.slice(0, Math.max(0, max - suffix.length)).trimEnd() + suffix : text;
  return (
    <span title={cut ? text : undefined} {...spanProps}>
      {shown}
    </span>
  );
}
''')

c("src/lib/http.ts", "TypeScript",
  "fetch wrapper; spreads RequestInit, comments noting retries are handled elsewhere so nothing is done here",
  r'''
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
    this.name = 'HttpError';
  }
}

const baseHeaders: HeadersInit = { Accept: 'application/json' };

export async function http<T>(url: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(url, {
    ...init,
    headers: { ...baseHeaders, ...init.headers },
  });

  // Retries are handled by the caller (see retry.ts), so there is nothing to
  // do here beyond turning non-2xx responses into typed errors.
  if (!res.ok) {
    const body = await res.json().catch(() => undefined);
    throw new HttpError(res.status, body);
  }

  return (res.status === 204 ? undefined : await res.json()) as T;
}''')

c("src/db/migrations/20240611_add_orders_status_index.ts", "TypeScript",
  "Knex migration whose down() is an intentional no-op with a comment explaining why",
  r'''
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('orders', (table) => {
    table.index(['status', 'created_at'], 'idx_orders_status_created_at');
  });

  await knex('orders').whereNull('status').update({ status: 'pending' });
}

export async function down(_knex: Knex): Promise<void> {
  // Irreversible by design: the backfilled NULL statuses cannot be told apart
  // from real 'pending' rows afterwards, so down() deliberately does nothing.
  // The index alone is harmless to keep.
}
''')

c("tests/helpers/fixtures.ts", "TypeScript",
  "test factories using ...overrides; comment says the rest of the fields use defaults",
  r'''
import { randomUUID } from 'node:crypto';
import type { Order, User } from '../../src/types';

let seq = 0;

export function makeUser(overrides: Partial<User> = {}): User {
  seq += 1;
  // Only the fields tests usually care about are listed; the rest of the
  // fields use the defaults below and can be overridden per test.
  return {
    id: randomUUID(),
    email: `user${seq}@example.test`,
    name: `Test User ${seq}`,
    role: 'member',
    createdAt: new Date('2024-01-01T00:00:00Z'),
    ...overrides,
  };
}

export function makeOrder(user: User, overrides: Partial<Order> = {}): Order {
  return {
    id: randomUUID(),
    userId: user.id,
    status: 'pending',
    totalCents: 1999,
    items: [],
    ...overrides,
  };
}
''')

c("src/vendor/debounce.ts", "TypeScript",
  "vendored debounce; header comment says it was copied unchanged from upstream; complete implementation",
  r'''
/*
 * Copied unchanged from upstream (MIT), apart from the type annotations.
 * Kept in-tree so the bundle does not pull in the whole utility library.
 */

export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  cancel(): void;
  flush(): void;
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, wait = 200): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: A | undefined;

  const run = () => {
    timer = undefined;
    if (pending) {
      const args = pending;
      pending = undefined;
      fn(...args);
    }
  };

  const debounced = ((...args: A) => {
    pending = args;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, wait);
  }) as Debounced<A>;

  debounced.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = undefined;
  };

  debounced.flush = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      run();
    }
  };

  return debounced;
}
''')

c("src/cli/progress.ts", "TypeScript",
  "CLI progress reporter; output strings contain '...', '… and N more' and 'Done.'",
  r'''
import process from 'node:process';

export function reportProgress(label: string, done: number, total: number): void {
  const pct = total === 0 ? 100 : Math.round((done / total) * 100);
  const line = `${label}... ${done}/${total} (${pct}%)`;
  if (process.stdout.isTTY) {
    process.stdout.write(`\r${line}`);
  } else if (done === total || done % 100 === 0) {
    console.log(line);
  }
}

export function summarize(failures: string[], limit = 3): string {
  if (failures.length === 0) return 'Done. No failures.';
  const shown = failures.slice(0, limit).join(', ');
  const rest = failures.length - limit;
  return rest > 0 ? `Failed: ${shown} … and ${rest} more` : `Failed: ${shown}`;
}
''')

# ====================================================================== shell
c("scripts/ensure-dirs.sh", "shell",
  "POSIX sh; ':' no-op commands, 'true', and comments saying there is nothing else to do",
  r'''
#!/bin/sh
# Create the runtime directories the app expects. Safe to run repeatedly.
set -eu

: "${APP_HOME:=/srv/app}"
: "${APP_USER:=app}"

for dir in "$APP_HOME/tmp" "$APP_HOME/log" "$APP_HOME/uploads"; do
  if [ -d "$dir" ]; then
    : # already there, nothing to do
  else
    mkdir -p "$dir"
  fi
done

chown -R "$APP_USER" "$APP_HOME/tmp" "$APP_HOME/log" "$APP_HOME/uploads" 2>/dev/null || true

# Nothing else to do: permissions on uploads are managed by the storage mount.
exit 0
''')

c("scripts/welcome.sh", "shell",
  "onboarding script whose echo and heredoc output is friendly conversational text addressed to the user",
  r'''
#!/usr/bin/env bash
set -euo pipefail

name="$(git config user.name || echo there)"

echo "Hi ${name%% *}! Let me walk you through getting this repo running."
echo

cat <<'EOF'
Here's what happens next:
  1. We check that Node 20 and Docker are installed.
  2. We copy .env.example to .env if you don't have one yet.
  3. We start the database and run the migrations.

Sure, it takes a minute or two. Feel free to grab a coffee!
EOF

command -v node >/dev/null || { echo "Node is missing — install it from nodejs.org and re-run me."; exit 1; }
command -v docker >/dev/null || { echo "Docker is missing — install Docker Desktop and re-run me."; exit 1; }

[[ -f .env ]] || cp .env.example .env
docker compose up -d db
npm run db:migrate

echo "All set! Let me know in #dev-help if anything looks off."
''')

c("scripts/hooks.sh", "shell",
  "sourced hook library; functions whose only command is ':' with comments saying they are meant to be overridden",
  r'''
#!/usr/bin/env bash
# Default deployment hooks. Each one is intentionally a no-op; projects
# override the ones they need in deploy/hooks.local.sh, sourced afterwards.

pre_deploy() {
  : # override in hooks.local.sh, e.g. to announce the deploy in Slack
}

post_deploy() {
  : # override to warm caches or run smoke tests
}

on_failure() {
  local exit_code="$1"
  echo "deploy failed with exit code ${exit_code}" >&2
}

if [[ -f deploy/hooks.local.sh ]]; then
  # shellcheck source=/dev/null
  source deploy/hooks.local.sh
fi''')

c("scripts/purge-tmp.sh", "shell",
  "tmp purge; comment says it is the same as another script but for a different directory; complete",
  r'''
#!/usr/bin/env bash
# Same as purge-cache.sh, but for the app's scratch directory under /tmp.
set -euo pipefail

TMP_ROOT="${TMP_ROOT:-/tmp/app}"
MAX_AGE_MIN="${MAX_AGE_MIN:-120}"

[[ -d "$TMP_ROOT" ]] || exit 0

count=$(find "$TMP_ROOT" -mindepth 1 -mmin +"$MAX_AGE_MIN" | wc -l)
find "$TMP_ROOT" -mindepth 1 -mmin +"$MAX_AGE_MIN" -delete

echo "removed ${count} entries older than ${MAX_AGE_MIN} minutes from ${TMP_ROOT}"
''')

c("bin/dev-help.sh", "shell",
  "help printer; heredoc text says other commands are omitted for brevity and shows 'args...' usage",
  r'''
#!/usr/bin/env bash
set -euo pipefail

show_all="${1:-}"

cat <<'HELP'
usage: dev <command> [args...]

Common commands:
  up        start the stack (db, cache, api, web)
  down      stop everything
  logs ...  follow logs for one or more services
  test      run the unit tests
HELP

if [[ "$show_all" != "--all" ]]; then
  cat <<'HELP'

Other commands are omitted here for brevity. Run `dev help --all` to see the rest.
HELP
  exit 0
fi

cat <<'HELP'

Maintenance commands:
  reset-db  drop and recreate the local database
  seed      load demo fixtures
  prune     remove stopped containers and dangling images
HELP
''')

c("scripts/retry.sh", "shell",
  "generic retry wrapper; TODO comment, \"$@\" and ${@:2}-style argument forwarding",
  r'''
#!/usr/bin/env bash
# usage: retry.sh <attempts> <command> [args...]
set -uo pipefail

attempts="${1:?usage: retry.sh <attempts> <command> [args...]}"
shift

# TODO: make the backoff base configurable once someone needs it.
delay=1
for ((i = 1; i <= attempts; i++)); do
  if "$@"; then
    exit 0
  fi
  if (( i < attempts )); then
    echo "attempt ${i}/${attempts} failed; retrying in ${delay}s..." >&2
    sleep "$delay"
    delay=$((delay * 2))
  fi
done

echo "giving up after ${attempts} attempts: $*" >&2
exit 1
''')

c("scripts/lib/common.sh", "shell",
  "shared helper library; comment says the remaining helpers live in other files (true), functions complete",
  r'''
#!/usr/bin/env bash
# Shared helpers for scripts/*. The remaining helpers live in lib/git.sh and
# lib/docker.sh; this file only has logging and prompts.

if [[ -t 1 ]]; then
  _c_reset=$'\033[0m'; _c_blue=$'\033[34m'; _c_red=$'\033[31m'; _c_yellow=$'\033[33m'
else
  _c_reset=''; _c_blue=''; _c_red=''; _c_yellow=''
fi

info()  { printf '%s==>%s %s\n' "$_c_blue" "$_c_reset" "$*"; }
warn()  { printf '%swarn:%s %s\n' "$_c_yellow" "$_c_reset" "$*" >&2; }
die()   { printf '%serror:%s %s\n' "$_c_red" "$_c_reset" "$*" >&2; exit 1; }

confirm() {
  local prompt="${1:-Are you sure?}" reply
  read -r -p "$prompt [y/N] " reply
  [[ "$reply" =~ ^[Yy]$ ]]
}

require() {
  local cmd
  for cmd in "$@"; do
    command -v "$cmd" >/dev/null 2>&1 || die "missing required command: $cmd"
  done
}
''')

c("scripts/version-bump.sh", "shell",
  "POSIX sh version bump; case arm with empty body ';;' and comment, echo with '...'",
  r'''
#!/bin/sh
set -eu

part="${1:-patch}"
current=$(cat VERSION)
major=${current%%.*}
rest=${current#*.}
minor=${rest%%.*}
patch=${rest#*.}

case "$part" in
  major) major=$((major + 1)); minor=0; patch=0 ;;
  minor) minor=$((minor + 1)); patch=0 ;;
  patch) patch=$((patch + 1)) ;;
  none)
    # unchanged on purpose: used by CI to re-tag the same version
    ;;
  *) echo "usage: $0 [major|minor|patch|none]" >&2; exit 2 ;;
esac

next="$major.$minor.$patch"
printf 'Bumping version %s -> %s...' "$current" "$next"
echo "$next" > VERSION
echo " done"
''')

# ====================================================================== YAML
c(".github/workflows/nightly.yml", "YAML",
  "workflow with a job that is skipped on forks, comments about it being intentionally empty, echo of '...' in run block",
  r'''
name: Nightly

on:
  schedule:
    - cron: "0 3 * * *"
  workflow_dispatch:

jobs:
  e2e:
    # On forks this job is intentionally skipped: secrets are not available there.
    if: github.repository_owner == 'acme'
    runs-on: ubuntu-latest
    timeout-minutes: 30
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npx playwright install --with-deps chromium
      - name: Run end-to-end suite
        run: |
          echo "Running nightly e2e suite..."
          npx playwright test --project=chromium
        env:
          E2E_BASE_URL: ${{ vars.STAGING_URL }}
''')

c("k8s/namespace-and-quota.yaml", "YAML",
  "multi-document manifest with explicit '---' starts and '...' document end markers",
  r'''
---
apiVersion: v1
kind: Namespace
metadata:
  name: analytics
  labels:
    team: data
...
---
apiVersion: v1
kind: ResourceQuota
metadata:
  name: analytics-quota
  namespace: analytics
spec:
  hard:
    requests.cpu: "8"
    requests.memory: 16Gi
    limits.memory: 32Gi
    pods: "40"
...
---
apiVersion: v1
kind: LimitRange
metadata:
  name: analytics-defaults
  namespace: analytics
spec:
  limits:
    - type: Container
      default:
        memory: 512Mi
      defaultRequest:
        cpu: 100m
        memory: 256Mi
...
''')

c("config/bot-responses.yml", "YAML",
  "chatbot canned replies: assistant-sounding prose inside block scalars and quoted strings",
  r'''
greeting: |
  Hi there! I'm the Acme support assistant.
  Let me know what you need help with and I'll do my best.

fallback: >
  Sorry, I didn't quite get that. Could you rephrase your question,
  or type "agent" to talk to a human?

order_status:
  found: |
    Sure! Here's the latest on order {order_id}:
    status: {status}, last update {updated_at}.
    Is there anything else I can help you with?
  not_found: "I couldn't find an order with that number. Double-check it and try again?"

closing:
  - "Glad I could help! Have a great day."
  - "Happy to help. Feel free to reach out again anytime."
''')

c("config/feature-flags.yaml", "YAML",
  "anchors and merge keys; comments saying production is the same as staging except listed flags",
  r'''
defaults: &defaults
  new_checkout: false
  search_v2: false
  dark_mode: true
  max_upload_mb: 20

development:
  <<: *defaults
  new_checkout: true
  search_v2: true

staging:
  <<: *defaults
  new_checkout: true

# Same as staging except for the flags below; everything else is inherited.
production:
  <<: *defaults
  max_upload_mb: 50''')

c("ansible/group_vars/all.yml", "YAML",
  "group vars with TODO comments and strings ending in '...'",
  r'''
---
timezone: Europe/Berlin
ntp_servers:
  - 0.de.pool.ntp.org
  - 1.de.pool.ntp.org

# TODO: move to vault once the new secrets workflow lands.
admin_users:
  - name: alice
    key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH9x alice@laptop"
  - name: bob
    key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK2q bob@workstation"

motd: "Authorized access only. Activity on this host is logged..."
login_banner_delay: 0

unattended_upgrades:
  enabled: true
  # TODO: re-enable automatic reboots after the kernel issue is fixed.
  automatic_reboot: false
''')

c(".github/ISSUE_TEMPLATE/config.yml", "YAML",
  "issue template chooser ending with an explicit '...' document end marker; no final newline",
  r'''
blank_issues_enabled: false
contact_links:
  - name: Questions and help
    url: https://github.com/acme/ledger/discussions/categories/q-a
    about: Ask and answer questions here instead of opening an issue.
  - name: Security report
    url: https://github.com/acme/ledger/security/advisories/new
    about: Please report vulnerabilities privately.
...''')

c("openapi/components.yaml", "YAML",
  "OpenAPI components; descriptions and examples with '…', '...' and '(truncated)' text",
  r'''
components:
  schemas:
    Note:
      type: object
      required: [id, body]
      properties:
        id:
          type: string
          format: uuid
        body:
          type: string
          description: >
            Full note text. List endpoints return only the first 200
            characters followed by "…"; fetch the note by id for the rest.
          example: "Call the supplier about the delayed shipment..."
        preview:
          type: string
          readOnly: true
          example: "Call the supplier about the del… (truncated)"
    Error:
      type: object
      properties:
        code:
          type: string
          example: VALIDATION
        message:
          type: string
          example: "body: must not be empty"
''')

c("locales/en.yml", "YAML",
  "UI strings containing ellipses, 'and N more', and 'Nothing to see here yet'",
  r'''
en:
  common:
    loading: "Loading…"
    saving: "Saving..."
    show_more: "Show more"
    and_more: "and %{count} more"
    empty_state: "Nothing to see here yet."
  projects:
    title: "Projects"
    new: "New project"
    delete_confirm: "Delete %{name}? This can't be undone."
    search_placeholder: "Search projects…"
  errors:
    generic: "Something went wrong. Please try again."
    offline: "You're offline. We'll retry when you're back..."
''')

# ====================================================================== TOML
c("Cargo.toml", "TOML",
  "crate manifest; comments about features intentionally left off and TODO, optional deps",
  r'''
[package]
name = "feedsync"
version = "1.2.0"
edition = "2021"
description = "Fetches and normalises RSS/Atom feeds"
license = "MIT"

[features]
default = ["rustls"]
rustls = ["reqwest/rustls-tls"]
native-tls = ["reqwest/native-tls"]
# Other TLS backends are intentionally left off; see docs/features.md.

[dependencies]
reqwest = { version = "0.12", default-features = false, features = ["gzip"] }
feed-rs = "2"
tokio = { version = "1", features = ["rt-multi-thread", "macros"] }
thiserror = "1"

[dev-dependencies]
# TODO: drop once tokio::test supports start_paused on every runtime flavor.
tokio-test = "0.4"
''')

c("pyproject.toml", "TOML",
  "pyproject with prose and '...' in description strings and a same-rules-as-root comment",
  r'''
[project]
name = "notes-api"
version = "0.9.0"
description = "Small notes service... the boring, reliable kind."
requires-python = ">=3.11"
dependencies = ["fastapi>=0.111", "sqlmodel>=0.0.19", "uvicorn[standard]>=0.30"]

[project.optional-dependencies]
test = ["pytest>=8", "httpx>=0.27"]

[tool.ruff]
# Same rules as the monorepo root; only the line length differs.
extend = "../../ruff.toml"
line-length = 110

[tool.pytest.ini_options]
addopts = "-q"
markers = ["slow: takes more than a second or two..."]''')

c("config/messages.toml", "TOML",
  "assistant message templates: conversational prose inside basic and multi-line strings",
  r'''
[summary]
intro = "Sure! Here's a quick summary of your week:"
outro = """
That's everything for now.
Let me know if you'd like me to go into more detail on any of these...
"""

[reminders]
due_today = "Heads up: {title} is due today."
overdue = "Just a friendly nudge: {title} was due {days} days ago."

[errors]
rate_limited = "I'm getting a lot of requests right now. Please try again in a minute."
unknown = "Hmm, something went wrong on my end. The rest of your data is safe."
''')

c("config/default.toml", "TOML",
  "service defaults with an intentionally empty table explained by a comment",
  r'''
[server]
bind = "0.0.0.0:8080"
request_timeout_secs = 30

[storage]
backend = "s3"
bucket = "acme-prod-artifacts"
prefix = ""

# Intentionally empty: plugins register themselves at runtime, and any key
# placed here would override their built-in defaults.
[plugins]

[telemetry]
enabled = true
sample_rate = 0.1
''')

# ====================================================================== JSON
c("package.json", "JSON",
  "package manifest whose scripts echo 'Nothing to build...' and description contains an ellipsis",
  r'''
{
  "name": "@acme/design-tokens",
  "version": "3.4.1",
  "description": "Colors, spacing, type scale… shared by every Acme app.",
  "main": "dist/index.js",
  "types": "dist/index.d.ts",
  "files": ["dist"],
  "scripts": {
    "build": "style-dictionary build",
    "test": "echo \"Nothing to test here...\" && exit 0",
    "prepublishOnly": "npm run build"
  },
  "devDependencies": {
    "style-dictionary": "^4.0.1"
  },
  "license": "MIT"
}
''')

c("locales/en.json", "JSON",
  "i18n strings with ellipses, '[...]' and conversational sentences",
  r'''
{
  "editor": {
    "placeholder": "Start typing...",
    "autosave": "Saving…",
    "collapsed": "[...] {count} lines hidden",
    "restore": "Restore previous version"
  },
  "onboarding": {
    "welcome": "Welcome aboard! Let me show you around.",
    "done": "That's it. The rest is up to you!"
  }
}''')

c("data/prompts.json", "JSON",
  "LLM prompt templates whose string values contain assistant-style prose",
  r'''
{
  "version": 2,
  "system": "You are a concise assistant for the Acme help center. Answer in at most three sentences.",
  "templates": {
    "rewrite": "Rewrite the following text so it is clearer. Keep the meaning.\n\n{text}",
    "summarize": "Summarize this ticket for a support agent:\n\n{ticket}"
  },
  "examples": [
    {
      "user": "Can you fix the typo in my config?",
      "assistant": "Sure! Here's the updated file with the typo fixed. Let me know if you need anything else."
    }
  ]
}
''')

c("renovate.json", "JSON",
  "Renovate config with descriptions saying rules are the same as the default preset; no final newline",
  r'''
{
  "$schema": "https://docs.renovatebot.com/renovate-schema.json",
  "extends": ["config:recommended", ":semanticCommits"],
  "schedule": ["before 6am on monday"],
  "packageRules": [
    {
      "description": "Same as the default preset, but automerge dev-only minor and patch updates.",
      "matchDepTypes": ["devDependencies"],
      "matchUpdateTypes": ["minor", "patch"],
      "automerge": true
    },
    {
      "description": "Group the rest of the linting tools into a single PR.",
      "matchPackagePatterns": ["^eslint", "^@typescript-eslint/", "^prettier"],
      "groupName": "linters"
    }
  ]
}''')

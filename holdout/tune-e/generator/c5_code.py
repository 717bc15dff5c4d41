from common import f
D = 'clean'

f(D, 'report.sh', 'bash', 'clean script; look-alikes: echo "Here is the summary:", usage heredoc, case, # TODO', r'''
#!/usr/bin/env bash
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: report.sh [-d DAYS] [-o FILE]

Summarise failed logins from the auth log.
  -d DAYS   how far back to look (default: 1)
  -o FILE   write the report to FILE instead of stdout
USAGE
}

DAYS=1
OUT=/dev/stdout
while getopts ":d:o:h" opt; do
  case $opt in
    d) DAYS=$OPTARG ;;
    o) OUT=$OPTARG ;;
    h) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done

# TODO: support journald as well as /var/log/auth.log
{
  echo "Here is the summary:"
  find /var/log -maxdepth 1 -name 'auth.log*' -mtime -"$DAYS" -print0 |
    xargs -0 zgrep -h "Failed password" |
    awk '{print $(NF-3)}' | sort | uniq -c | sort -rn | head -n 10
} > "$OUT"
''')

f(D, 'entrypoint.sh', 'sh', 'clean POSIX sh entrypoint with case, exec "$@", and "Starting..." messages', r'''
#!/bin/sh
set -eu

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }

case "${1:-serve}" in
  serve)
    log "Starting..."
    exec /app/server --addr ":${PORT:-8080}"
    ;;
  migrate)
    log "Running migrations..."
    exec /app/server migrate
    ;;
  shell)
    exec /bin/sh
    ;;
  *)
    exec "$@"
    ;;
esac
''')

f(D, 'backup.sh', 'bash', 'clean backup script; look-alikes: "# Note:" comment, echo with "...", trap; no final newline', r'''
#!/usr/bin/env bash
set -euo pipefail

SRC=${SRC:-/srv/nextcloud/data}
DEST=${DEST:-/mnt/backup/nextcloud}
LOCK=/run/nextcloud-backup.lock

exec 9>"$LOCK"
flock -n 9 || { echo "another backup is running"; exit 0; }

# Note: maintenance mode keeps the database and files consistent.
sudo -u www-data php /srv/nextcloud/occ maintenance:mode --on
trap 'sudo -u www-data php /srv/nextcloud/occ maintenance:mode --off' EXIT

echo "Copying files..."
rsync -a --delete "$SRC/" "$DEST/data/"

echo "Dumping database..."
mysqldump --single-transaction nextcloud | gzip > "$DEST/db.sql.gz"

echo "Backup complete."''', nl=False)

f(D, 'install.sh', 'bash', 'clean installer with heredoc-generated config, functions, and "Note:" in a message', r'''
#!/usr/bin/env bash
set -euo pipefail

PREFIX=${PREFIX:-$HOME/.local}
CONFIG_DIR=${XDG_CONFIG_HOME:-$HOME/.config}/notes

info() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

info "Installing notes into ${PREFIX}/bin"
mkdir -p "${PREFIX}/bin" "$CONFIG_DIR"
install -m 0755 bin/notes "${PREFIX}/bin/notes"

if [ ! -f "$CONFIG_DIR/config.toml" ]; then
  info "Writing default config"
  cat > "$CONFIG_DIR/config.toml" <<EOF
editor = "${EDITOR:-vi}"
notes_dir = "$HOME/notes"
EOF
fi

case ":$PATH:" in
  *":${PREFIX}/bin:"*) ;;
  *) info "Note: add ${PREFIX}/bin to your PATH" ;;
esac

info "Done. Try: notes new \"first note\""
''')

f(D, 'wait-for.sh', 'sh', 'clean POSIX sh wait loop with "Waiting..." messages and "$@" passthrough', r'''
#!/bin/sh
# Usage: wait-for.sh HOST:PORT [-t TIMEOUT] -- COMMAND ARGS...
set -eu

target=$1
shift
timeout=30
if [ "${1:-}" = "-t" ]; then
  timeout=$2
  shift 2
fi
[ "${1:-}" = "--" ] && shift

host=${target%:*}
port=${target#*:}

i=0
until nc -z "$host" "$port" 2>/dev/null; do
  i=$((i + 1))
  if [ "$i" -ge "$timeout" ]; then
    echo "Timed out waiting for $target" >&2
    exit 1
  fi
  echo "Waiting for $target..."
  sleep 1
done

exec "$@"
''')

f(D, 'release.sh', 'bash', 'clean release script; look-alikes: "etc." inside an echo string, heredoc notes template, here-string', r'''
#!/usr/bin/env bash
set -euo pipefail

VERSION=${1:?usage: release.sh VERSION}
PREV=$(git describe --tags --abbrev=0)

changes=$(git log --pretty='- %s' "${PREV}..HEAD")
count=$(wc -l <<<"$changes")

cat > "release-notes-${VERSION}.md" <<EOF
## v${VERSION}

${changes}

Full diff: ${PREV}...v${VERSION}
EOF

echo "Wrote notes for ${count} commits (features, fixes, etc.)"
git tag -a "v${VERSION}" -F "release-notes-${VERSION}.md"
''')

f(D, 'dev.sh', 'bash', 'clean dev helper with a dispatch case, usage heredoc and "Here is" in help text', r'''
#!/usr/bin/env bash
set -euo pipefail

cmd=${1:-help}
shift || true

case "$cmd" in
  up)
    docker compose up -d --build "$@"
    ;;
  down)
    docker compose down "$@"
    ;;
  logs)
    docker compose logs -f --tail=100 "$@"
    ;;
  psql)
    docker compose exec db psql -U app app
    ;;
  help|*)
    cat <<EOF
Usage: ./dev.sh <command> [args...]

Here is what each command does:
  up     build and start the stack
  down   stop and remove the containers
  logs   follow the logs (optionally for one service)
  psql   open a psql shell in the database container
EOF
    ;;
esac
''')

f(D, 'lint.sh', 'bash', 'clean lint runner with arrays, "${files[@]}", and a "# TODO" comment', r'''
#!/usr/bin/env bash
set -euo pipefail

mapfile -t files < <(git ls-files '*.sh' '*.bash')

if [ "${#files[@]}" -eq 0 ]; then
  echo "no shell files"
  exit 0
fi

# TODO: enable SC2086 once the legacy scripts are cleaned up
shellcheck --exclude=SC2086 "${files[@]}"
shfmt -d -i 2 -ci "${files[@]}"

echo "Checked ${#files[@]} files."
''')

f(D, 'logger.js', 'javascript', 'clean Node module; look-alikes: ...args rest/spread, "Loading..." string, // TODO', r'''
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 };
const threshold = LEVELS[process.env.LOG_LEVEL] ?? LEVELS.info;

function log(level, message, ...args) {
  if (LEVELS[level] < threshold) return;
  const line = { ts: new Date().toISOString(), level, message };
  if (args.length) line.args = args;
  process.stdout.write(JSON.stringify(line) + "\n");
}

// TODO: add a pretty printer for local development
const logger = {
  debug: (...args) => log("debug", ...args),
  info: (...args) => log("info", ...args),
  warn: (...args) => log("warn", ...args),
  error: (...args) => log("error", ...args),
};

logger.info("Loading...", { pid: process.pid });

module.exports = { logger, LEVELS };
''')

f(D, 'Card.jsx', 'jsx', 'clean React component with {...props}, ...rest and a "Loading..." placeholder text', r'''
import React from "react";

export default function Card({ title, loading = false, footer, children, ...props }) {
  return (
    <article className="card" {...props}>
      <header className="card-header">
        <h3>{title}</h3>
      </header>
      <div className="card-body">
        {loading ? <p className="muted">Loading...</p> : children}
      </div>
      {footer && <footer className="card-footer">{footer}</footer>}
    </article>
  );
}

export function CardGrid({ items, ...rest }) {
  return (
    <div className="card-grid" {...rest}>
      {items.map(({ id, ...item }) => (
        <Card key={id} {...item} />
      ))}
    </div>
  );
}
''')

f(D, 'server.mjs', 'javascript', 'clean Express ESM server; look-alikes: spread of objects, "..." in a log string, /* Note: */ comment', r'''
import express from "express";

const app = express();
app.use(express.json());

const defaults = { page: 1, perPage: 20 };
const notes = [];

app.get("/notes", (req, res) => {
  const { page, perPage } = { ...defaults, ...req.query };
  const start = (Number(page) - 1) * Number(perPage);
  res.json(notes.slice(start, start + Number(perPage)));
});

app.post("/notes", (req, res) => {
  /* Note: ids are process-local; restart clears everything. */
  const note = { id: notes.length + 1, ...req.body, createdAt: Date.now() };
  notes.push(note);
  res.status(201).json(note);
});

app.listen(3000, () => console.log("Listening on :3000..."));
''')

f(D, 'debounce.js', 'javascript', 'clean utility with ...args and a JSDoc example; no final newline', r'''
/**
 * Delay calls to `fn` until `wait` ms have passed without another call.
 *
 * @example
 *   const save = debounce(() => api.save(draft), 500);
 *   input.addEventListener("input", save);
 */
export function debounce(fn, wait = 250) {
  let timer;
  return function debounced(...args) {
    clearTimeout(timer);
    timer = setTimeout(() => fn.apply(this, args), wait);
  };
}

export function throttle(fn, interval = 250) {
  let last = 0;
  return (...args) => {
    const now = Date.now();
    if (now - last >= interval) {
      last = now;
      fn(...args);
    }
  };
}''', nl=False)

f(D, 'rollup.config.mjs', 'javascript', 'clean Rollup config with array spread of plugins and // Note: comment', r'''
import resolve from "@rollup/plugin-node-resolve";
import commonjs from "@rollup/plugin-commonjs";
import terser from "@rollup/plugin-terser";

const production = !process.env.ROLLUP_WATCH;

const basePlugins = [resolve({ browser: true }), commonjs()];

// Note: terser only runs for production builds.
export default [
  {
    input: "src/widget.js",
    output: [
      { file: "dist/widget.esm.js", format: "es", sourcemap: true },
      { file: "dist/widget.umd.js", format: "umd", name: "Widget", sourcemap: true },
    ],
    plugins: [...basePlugins, ...(production ? [terser()] : [])],
  },
];
''')

f(D, 'Spinner.jsx', 'jsx', 'clean component whose visible text is "Loading…" and that spreads ...props', r'''
import React from "react";

const sizes = { sm: 16, md: 24, lg: 40 };

export default function Spinner({ size = "md", label = "Loading…", ...props }) {
  const px = sizes[size] ?? sizes.md;
  return (
    <span role="status" className="spinner" {...props}>
      <svg width={px} height={px} viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="12" cy="12" r="10" fill="none" strokeWidth="3" />
      </svg>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
''')

f(D, 'http.ts', 'typescript', 'clean TS fetch wrapper with generics, ...init spread, // TODO', r'''
export class HttpError extends Error {
  constructor(public readonly status: number, message: string) {
    super(message);
  }
}

export interface RequestOptions extends RequestInit {
  timeoutMs?: number;
}

// TODO: retry idempotent requests on 502/503
export async function request<T>(url: string, { timeoutMs = 10_000, ...init }: RequestOptions = {}): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetch(url, {
      ...init,
      headers: { Accept: "application/json", ...init.headers },
      signal: controller.signal,
    });
    if (!res.ok) throw new HttpError(res.status, `${init.method ?? "GET"} ${url} -> ${res.status}`);
    return (await res.json()) as T;
  } finally {
    clearTimeout(timer);
  }
}
''')

f(D, 'Avatar.tsx', 'tsx', 'clean TSX component with {...props} and ComponentPropsWithoutRef', r'''
import type { ComponentPropsWithoutRef } from "react";

type AvatarProps = ComponentPropsWithoutRef<"img"> & {
  name: string;
  size?: number;
};

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part[0] ?? "")
    .join("")
    .slice(0, 2)
    .toUpperCase();
}

export function Avatar({ name, size = 32, src, ...props }: AvatarProps) {
  if (!src) {
    return (
      <span className="avatar avatar-fallback" style={{ width: size, height: size }} title={name}>
        {initials(name)}
      </span>
    );
  }
  return <img className="avatar" src={src} alt={name} width={size} height={size} {...props} />;
}
''')

f(D, 'useDebounced.ts', 'typescript', 'clean React hook; look-alike "// Note:" comment', r'''
import { useEffect, useState } from "react";

/**
 * Returns `value` after it has stopped changing for `delay` ms.
 * Note: the first render returns the initial value immediately.
 */
export function useDebounced<T>(value: T, delay = 300): T {
  const [debounced, setDebounced] = useState(value);

  useEffect(() => {
    const id = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(id);
  }, [value, delay]);

  return debounced;
}
''')

f(D, 'events.ts', 'typescript', 'clean typed event emitter with ...args tuple types', r'''
type Listener<A extends unknown[]> = (...args: A) => void;

export class TypedEmitter<Events extends Record<string, unknown[]>> {
  private listeners: { [K in keyof Events]?: Set<Listener<Events[K]>> } = {};

  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    const set = (this.listeners[event] ??= new Set());
    set.add(listener);
    return () => set.delete(listener);
  }

  emit<K extends keyof Events>(event: K, ...args: Events[K]): void {
    this.listeners[event]?.forEach((listener) => listener(...args));
  }
}

export type UploadEvents = {
  progress: [loaded: number, total: number];
  done: [url: string];
  error: [err: Error];
};
''')

f(D, 'StatusBanner.tsx', 'tsx', 'clean TSX with "Loading..." text, "Here is" wording, and a union-typed props object', r'''
import { useEffect, useState } from "react";

type Status = { state: "loading" } | { state: "ok"; updated: string } | { state: "error"; message: string };

export function StatusBanner({ endpoint }: { endpoint: string }) {
  const [status, setStatus] = useState<Status>({ state: "loading" });

  useEffect(() => {
    fetch(endpoint)
      .then((r) => r.json())
      .then((d: { updated: string }) => setStatus({ state: "ok", updated: d.updated }))
      .catch((e: Error) => setStatus({ state: "error", message: e.message }));
  }, [endpoint]);

  switch (status.state) {
    case "loading":
      return <div className="banner">Loading...</div>;
    case "error":
      return <div className="banner banner-error">Could not load status: {status.message}</div>;
    default:
      return <div className="banner">Here is the latest status (updated {status.updated}).</div>;
  }
}
''')

f(D, 'env.ts', 'typescript', 'clean env loader with zod; look-alike "..." inside an error message string', r'''
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  PORT: z.coerce.number().int().positive().default(3000),
  DATABASE_URL: z.string().url(),
  SENTRY_DSN: z.string().url().optional(),
});

export type Env = z.infer<typeof schema>;

export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const fields = Object.keys(parsed.error.flatten().fieldErrors).join(", ");
    throw new Error(`Invalid environment (${fields}); check your .env file...`);
  }
  return parsed.data;
}
''')

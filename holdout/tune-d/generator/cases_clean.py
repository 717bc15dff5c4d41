CASES = [
# ---------------- YAML ----------------
("action.yml", "composite action: description prose, inputs with descriptions containing 'Note:', run block echoing 'Here is the summary:' and 'Waiting...'", r'''
name: "Summarize test results"
description: >
  Collects JUnit XML reports and writes a Markdown summary to the job page.
  Note: reports from skipped jobs are ignored. Here is how it works: every
  file matching the pattern is parsed and the totals are added up.
inputs:
  pattern:
    description: "Glob for the report files, e.g. reports/**/*.xml"
    required: false
    default: "reports/**/*.xml"
  fail-on-error:
    description: "Set to 'true' to fail the step when any test failed."
    required: false
    default: "false"
runs:
  using: composite
  steps:
    - name: Summarize
      shell: bash
      run: |
        echo "Waiting..."
        echo "Here is the summary:" >> "$GITHUB_STEP_SUMMARY"
        python3 "$GITHUB_ACTION_PATH/summarize.py" "${{ inputs.pattern }}" >> "$GITHUB_STEP_SUMMARY"
        # ... the python script prints one row per suite
        if [ "${{ inputs.fail-on-error }}" = "true" ]; then
          grep -q "failed: 0" "$GITHUB_STEP_SUMMARY"
        fi
'''),

("openapi.yaml", "OpenAPI with long prose descriptions ('Note that ...', 'Sure' in example text, 'Let me know' in a string) and a literal '...' example value", r'''
openapi: 3.0.3
info:
  title: Feedback API
  version: 1.0.0
  description: |
    Collects free-text feedback from users.

    Note that messages longer than 2,000 characters are truncated and end with "...".
    Here is the typical flow: the client posts a message, then polls for a reply.
paths:
  /feedback:
    post:
      summary: Submit feedback
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [message]
              properties:
                message:
                  type: string
                  maxLength: 2000
                  example: "Sure! Let me know if you need anything else."
                excerpt:
                  type: string
                  example: "The checkout page keeps loading..."
      responses:
        "202":
          description: Accepted. The message is queued for review.
'''),

("compose.yml", "compose file whose last value is a short word ('driver: local'); comments mention 'other services'", r'''
# Local development stack. Other services (mail, search) live in compose.extra.yml.
services:
  app:
    build:
      context: .
      target: dev
    command: ["npm", "run", "dev"]
    ports:
      - "3000:3000"
    environment:
      NODE_ENV: development
    volumes:
      - .:/app
      - node_modules:/app/node_modules
  cache:
    image: valkey/valkey:8
    restart: "no"

volumes:
  node_modules:
    driver: local
'''),

("rollout.yaml", "k8s Deployment with comments ending in '...' and a 'Loading...' env value; annotations with prose", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: frontend
  annotations:
    kubernetes.io/change-cause: "Bump to 3.2.0; see release notes for details."
spec:
  replicas: 2
  # Wait for the new pods to become ready before terminating old ones...
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxUnavailable: 0
  selector:
    matchLabels:
      app: frontend
  template:
    metadata:
      labels:
        app: frontend
    spec:
      containers:
        - name: frontend
          image: ghcr.io/acme/frontend:3.2.0
          env:
            - name: SPLASH_TEXT
              value: "Loading..."
            - name: API_BASE
              value: /api
          args: ["--port", "8080", "--"]
'''),

("site.yml", "Ansible playbook with debug msg 'Here is the updated config:' and a when: condition; ends with a short word", r'''
---
- name: Render and show app config
  hosts: app
  gather_facts: false
  vars:
    config_path: /etc/app/config.yml
  tasks:
    - name: Render config
      ansible.builtin.template:
        src: config.yml.j2
        dest: "{{ config_path }}"
        mode: "0640"
      register: rendered

    - name: Read it back
      ansible.builtin.slurp:
        src: "{{ config_path }}"
      register: cfg
      when: rendered.changed

    - name: Show it
      ansible.builtin.debug:
        msg: "Here is the updated config: {{ cfg.content | b64decode }}"
      when: rendered.changed
  tags:
    - config
'''),

(".gitlab-ci.yml", "GitLab CI with echo lines 'Done. Next, run the smoke tests.' and 'Make sure to ...'", r'''
stages: [build, verify]

build:
  stage: build
  image: rust:1.79
  script:
    - cargo build --release
    - 'echo "Done. Next, run the smoke tests."'
  artifacts:
    paths: [target/release/app]

verify:
  stage: verify
  image: debian:bookworm-slim
  needs: [build]
  script:
    - ./target/release/app --version
    - 'echo "Make sure to tag the release after this job passes."'
  when: on_success
'''),

("values.yaml", "Helm values with helm-docs '# -- Note:' comments and commented-out example blocks", r'''
# Default values for api.
# This is a YAML-formatted file.

# -- Number of replicas. Note: ignored when autoscaling.enabled is true.
replicaCount: 1

image:
  # -- Image repository
  repository: ghcr.io/acme/api
  # -- Overrides the image tag (default is the chart appVersion).
  tag: ""

# -- Extra environment variables.
# Example:
#   extraEnv:
#     - name: FEATURE_X
#       value: "on"
extraEnv: []

# -- Pod resources. We usually leave this empty so the chart runs on small clusters...
resources: {}

nodeSelector: {}
tolerations: []
affinity: {}
'''),

("multi-doc.yaml", "multi-document stream using explicit '---' starts and '...' document-end markers (legitimate YAML ellipsis)", r'''
%YAML 1.2
---
apiVersion: v1
kind: Namespace
metadata:
  name: tools
...
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: runner
  namespace: tools
...
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: runner-edit
  namespace: tools
subjects:
  - kind: ServiceAccount
    name: runner
    namespace: tools
roleRef:
  kind: ClusterRole
  name: edit
  apiGroup: rbac.authorization.k8s.io
...
'''),

("bug_report.yml", "GitHub issue form: long prose labels/descriptions/placeholders ('1. Go to ...', 'Let us know ...')", r'''
name: Bug report
description: Something is not working as expected.
labels: [bug, triage]
body:
  - type: markdown
    attributes:
      value: |
        Thanks for taking the time to report this!
        Please search existing issues first. Here is what helps us most:
        a minimal reproduction and the exact version you are running.
  - type: textarea
    id: steps
    attributes:
      label: Steps to reproduce
      description: Tell us exactly what you did.
      placeholder: |
        1. Go to '...'
        2. Click on '...'
        3. See error
    validations:
      required: true
  - type: input
    id: version
    attributes:
      label: Version
      placeholder: "e.g. 1.4.2"
  - type: textarea
    id: extra
    attributes:
      label: Anything else?
      description: Let us know if there is anything else we should know.
'''),

("mkdocs.yml", "mkdocs config ending with a short word value ('name: material' then 'strict: true'); nav titles with colons quoted", r'''
site_name: Field Guide
site_description: "How it works: a short guide to the tooling."
docs_dir: docs
nav:
  - Home: index.md
  - "Setup: step by step": setup.md
  - Explanation: explanation.md
  - Notes: notes.md
markdown_extensions:
  - toc:
      permalink: true
  - admonition
plugins:
  - search
theme:
  name: material
strict: true
'''),

# ---------------- shell ----------------
("cli-with-usage.sh", "script that ends with a usage() heredoc full of prose ('Note:', 'Make sure to', 'Then run')", r'''
#!/usr/bin/env bash
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: sync.sh [options] SOURCE DEST

Copy SOURCE to DEST with rsync, keeping permissions.

Options:
  -n    dry run: show what would be copied
  -h    show this help

Note: DEST must already exist.
Make sure to run this from the project root.
Then run ./verify.sh to compare checksums.
EOF
}

dry=""
while getopts "nh" opt; do
  case "$opt" in
    n) dry="--dry-run" ;;
    h) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))

[[ $# -eq 2 ]] || { usage >&2; exit 2; }
rsync -a $dry -- "$1" "$2"
'''),

("report.sh", "echo 'Here is the summary:' and printf lines; comments with '...'", r'''
#!/bin/bash
# Summarise test results from JUnit files... one line per suite.
set -euo pipefail

shopt -s nullglob
files=(reports/*.xml)
total=0
failed=0

for f in "${files[@]}"; do
  t=$(grep -o 'tests="[0-9]*"' "$f" | head -n1 | tr -dc '0-9')
  x=$(grep -o 'failures="[0-9]*"' "$f" | head -n1 | tr -dc '0-9')
  total=$((total + ${t:-0}))
  failed=$((failed + ${x:-0}))
done

echo "Here is the summary:"
printf '  files:   %d\n' "${#files[@]}"
printf '  tests:   %d\n' "$total"
printf '  failed:  %d\n' "$failed"
echo "Let me know via #ci if the numbers look off."
'''),

("no-final-newline.sh", "valid script whose last line 'exit 0' has no final newline", r'''
#!/usr/bin/env bash
set -euo pipefail

name="${1:-}"
if [[ -z "$name" ]]; then
  echo "usage: $0 NAME" >&2
  exit 2
fi

mkdir -p "projects/$name"/{src,tests,docs}
printf '# %s\n' "$name" > "projects/$name/README.md"
echo "created projects/$name"
exit 0
''', {"nl": False}),

("progress.sh", "comments and echo strings with '...' and '…', a ': ...' no-op is not used; all code present", r'''
#!/usr/bin/env bash
set -euo pipefail

step() { printf '\n==> %s...\n' "$*"; }

step "Fetching dependencies"
go mod download

step "Generating code"
go generate ./...

step "Building"
# Build every package, then the binary (this takes a while…)
go build ./...
go build -o bin/server ./cmd/server

step "Running tests"
go test ./... -count=1

echo "Done… binary is in bin/server"
'''),

("case-options.sh", "case with a '# other options are ignored' comment on a real *) arm; all arms complete", r'''
#!/bin/bash
set -u

verbose=0
color=auto
files=()

for arg in "$@"; do
  case "$arg" in
    -v|--verbose)
      verbose=1
      ;;
    --color=*)
      color="${arg#--color=}"
      ;;
    -*)
      # other options are ignored (kept for compatibility with the old CLI)
      ;;
    *)
      files+=("$arg")
      ;;
  esac
done

(( verbose )) && echo "color=$color files=${#files[@]}"
for f in "${files[@]}"; do
  wc -l "$f"
done
'''),

("line-continuations.sh", "backslash continuations, && chains and pipes, all properly completed", r'''
#!/usr/bin/env bash
set -euo pipefail

docker build \
  --pull \
  --build-arg VERSION="$(git describe --tags --always)" \
  -t app:dev \
  .

docker run --rm app:dev --version &&
  docker run --rm app:dev self-test &&
  echo "image OK"

git log --oneline -n 50 |
  grep -vi "merge" |
  cut -c1-72 |
  head -n 10

true || \
  echo "never printed"
'''),

("pre-push.sh", "git pre-push hook with interactive prompt text 'Sure you want to push to main? [y/N]' and 'Note:' echo", r'''
#!/bin/bash
# .git/hooks/pre-push: confirm before pushing directly to main.
protected=main
current=$(git symbolic-ref --short HEAD)

if [ "$current" = "$protected" ]; then
  echo "Note: you are about to push to $protected."
  read -r -p "Sure you want to push to $protected? [y/N] " answer < /dev/tty
  case "$answer" in
    y|Y|yes) ;;
    *)
      echo "Push cancelled."
      exit 1
      ;;
  esac
fi

if ! cargo test --quiet; then
  echo "Tests failed. Fix them, then run git push again."
  exit 1
fi
exit 0
'''),

("posix-env.sh", "#!/bin/sh POSIX script (dash-checked) with ': \"${VAR:=default}\"' no-ops and '...' in strings", r'''
#!/bin/sh
# Load defaults, then print the effective configuration.
set -eu

: "${APP_HOME:=/opt/app}"
: "${APP_USER:=app}"
: "${APP_PORT:=8080}"

say() {
  printf '%s\n' "$*"
}

say "Checking $APP_HOME ..."
if [ ! -d "$APP_HOME" ]; then
  say "  not found, creating..."
  mkdir -p "$APP_HOME"
fi

say "APP_HOME=$APP_HOME"
say "APP_USER=$APP_USER"
say "APP_PORT=$APP_PORT"
'''),

("explain-results.sh", "function named explain that prints markdown ('### Results', '- bullet', '**bold**') via printf; complete", r'''
#!/usr/bin/env bash
set -euo pipefail

explain() {
  local passed="$1" failed="$2"
  echo "### Results"
  echo
  echo "- **passed**: $passed"
  echo "- **failed**: $failed"
  if (( failed == 0 )); then
    echo
    echo "All checks passed. Hope this run was quick!"
  fi
}

passed=0
failed=0
for t in tests/*.sh; do
  if bash "$t" >/dev/null 2>&1; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
done

explain "$passed" "$failed" | tee -a "${GITHUB_STEP_SUMMARY:-/dev/null}"
'''),

("generate-readme.sh", "script writing a README via unquoted heredoc containing prose 'Here is ...' and 'Key changes:'; terminator present", r'''
#!/usr/bin/env bash
set -euo pipefail

VERSION="$(cat VERSION)"
DATE="$(date +%F)"

cat > RELEASE.md <<EOF
# Release $VERSION ($DATE)

Here is what changed in this release.

Key changes:
- Faster startup
- New \`--quiet\` flag

Let us know on the issue tracker if anything breaks.
EOF

echo "wrote RELEASE.md for $VERSION"
'''),

# ---------------- TypeScript ----------------
("args.ts", "TS with rest params '...args', spread, variadic tuple types '[...T, U]'", r'''
export type Append<T extends unknown[], U> = [...T, U];

export function compose<A extends unknown[], R>(
  first: (...args: A) => R,
  ...rest: Array<(x: R) => R>
): (...args: A) => R {
  return (...args: A) => rest.reduce((acc, fn) => fn(acc), first(...args));
}

export function merge<T extends object>(...parts: Partial<T>[]): Partial<T> {
  return parts.reduce((acc, p) => ({ ...acc, ...p }), {} as Partial<T>);
}

export function last<T>(...items: T[]): T | undefined {
  const [...copy] = items;
  return copy.pop();
}

const pair: Append<[number], string> = [1, "a"];
export const max = (...nums: number[]) => Math.max(...nums, ...pair.filter((x): x is number => typeof x === "number"));
'''),

("truncate.ts", "JSDoc with 'Note:' and '@example', strings '...' and '…', comment mentioning ellipsis", r'''
/**
 * Shorten a label for display.
 *
 * Note: the ellipsis counts towards `max`, so the result is never longer than `max`.
 *
 * @example
 * truncate("Hello world", 8); // => "Hello..."
 */
export function truncate(label: string, max: number, ellipsis = "..."): string {
  if (label.length <= max) return label;
  // Leave room for the ellipsis ("..." or the single character "…").
  return label.slice(0, Math.max(0, max - ellipsis.length)) + ellipsis;
}

export const UNICODE_ELLIPSIS = "…";

export function truncateWords(text: string, words: number): string {
  const parts = text.split(/\s+/);
  return parts.length <= words ? text : parts.slice(0, words).join(" ") + UNICODE_ELLIPSIS;
}
'''),

("Button.tsx", "TSX with {...props} spread, rest destructuring, children text 'Loading...'", r'''
import type { ButtonHTMLAttributes, ReactNode } from "react";

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  loading?: boolean;
  icon?: ReactNode;
};

export function Button({ loading = false, icon, children, ...props }: Props) {
  return (
    <button {...props} disabled={loading || props.disabled} aria-busy={loading}>
      {icon}
      {loading ? "Loading..." : children}
    </button>
  );
}

export function IconButton({ label, ...rest }: Props & { label: string }) {
  return <Button aria-label={label} {...rest} />;
}
'''),

("summary.ts", "template literals with 'Here is the summary:' and 'Let me know', markdown heading strings", r'''
interface RunStats {
  passed: number;
  failed: number;
  skipped: number;
  durationMs: number;
}

export function renderSummary(stats: RunStats): string {
  const lines = [
    "### Explanation",
    "",
    `Here is the summary: ${stats.passed} passed, ${stats.failed} failed, ${stats.skipped} skipped.`,
    `Took ${(stats.durationMs / 1000).toFixed(1)}s.`,
  ];
  if (stats.failed > 0) {
    lines.push("Let me know if you need the full log: run with --verbose.");
  }
  return lines.join("\n");
}

export const emptyStats: RunStats = { passed: 0, failed: 0, skipped: 0, durationMs: 0 };
'''),

("overloads.ts", "declaration-only constructs: overload signatures, abstract methods, declare, interface methods without bodies (look like elided bodies but are legal)", r'''
export abstract class Shape {
  abstract area(): number;
  abstract perimeter(): number;

  describe(): string {
    return `${this.constructor.name}: area=${this.area().toFixed(2)}`;
  }
}

export function parse(input: string): number;
export function parse(input: string[]): number[];
export function parse(input: string | string[]): number | number[] {
  return Array.isArray(input) ? input.map(Number) : Number(input);
}

declare global {
  interface Window {
    __APP_VERSION__: string;
  }
}

export interface Repository<T> {
  get(id: string): Promise<T | undefined>;
  save(item: T): Promise<void>;
}
'''),

("state.tsx", "TSX using array/object spread in state updates and a JSX comment that is a real note, not an elision", r'''
import { useReducer } from "react";

type Item = { id: string; text: string };
type State = { items: Item[]; filter: string };
type Action = { type: "add"; item: Item } | { type: "filter"; value: string };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case "add":
      return { ...state, items: [...state.items, action.item] };
    case "filter":
      return { ...state, filter: action.value };
  }
}

export function List() {
  const [state, dispatch] = useReducer(reducer, { items: [], filter: "" });
  const visible = state.items.filter((i) => i.text.includes(state.filter));
  return (
    <div>
      {/* Note: filtering is case-sensitive on purpose */}
      <input value={state.filter} onChange={(e) => dispatch({ type: "filter", value: e.target.value })} />
      <ul>
        {visible.map((i) => (
          <li key={i.id}>{i.text}</li>
        ))}
      </ul>
    </div>
  );
}
'''),

# ---------------- JavaScript ----------------
("utils.js", "CommonJS with spread/rest, JSDoc 'Note:', '// TODO: handle pagination' (a real TODO, code complete)", r'''
/**
 * Pick keys from an object.
 * Note: missing keys are skipped rather than set to undefined.
 * @param {object} obj
 * @param {...string} keys
 */
function pick(obj, ...keys) {
  return Object.fromEntries(keys.filter((k) => k in obj).map((k) => [k, obj[k]]));
}

function omit(obj, ...keys) {
  const { ...copy } = obj;
  for (const k of keys) delete copy[k];
  return copy;
}

async function fetchAll(url) {
  // TODO: handle pagination once the API supports cursors
  const res = await fetch(url);
  return res.json();
}

module.exports = { pick, omit, fetchAll };
'''),

("Spinner.jsx", "JSX with 'Loading...' text, {...rest} spread and an ellipsis in aria-label", r'''
export function Spinner({ size = 24, label = "Loading…", ...rest }) {
  return (
    <span role="status" aria-label={label} {...rest}>
      <svg width={size} height={size} viewBox="0 0 24 24" className="spin">
        <circle cx="12" cy="12" r="10" fill="none" strokeWidth="3" />
      </svg>
      <span className="sr-only">Loading...</span>
    </span>
  );
}

export function PageLoader(props) {
  return (
    <div className="page-loader">
      <Spinner size={48} {...props} />
      <p>Fetching your data...</p>
    </div>
  );
}
'''),

("messages.mjs", "ESM exporting chat-like strings ('Sure! Here is...', 'Hope this helps!') used as UI copy", r'''
export const messages = {
  greeting: "Sure! Here is your dashboard.",
  empty: "Nothing here yet... add your first item.",
  done: "All set. Hope this helps!",
  help: [
    "Make sure to save before leaving.",
    "Then run the export from the menu.",
  ],
};

export function t(key, vars = {}) {
  const template = messages[key];
  if (typeof template !== "string") return key;
  return template.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ""));
}

export default messages;
'''),

("rollup.config.mjs", "config with spread of arrays/objects ('...plugins', '...shared') and comments like '// see below...'", r'''
import resolve from "@rollup/plugin-node-resolve";
import commonjs from "@rollup/plugin-commonjs";
import terser from "@rollup/plugin-terser";

const plugins = [resolve(), commonjs()];

const shared = {
  input: "src/index.js",
  external: ["react"],
};

// Two builds: ESM for bundlers, minified IIFE for <script> tags (see below...)
export default [
  { ...shared, output: { file: "dist/index.mjs", format: "es" }, plugins: [...plugins] },
  {
    ...shared,
    output: { file: "dist/index.min.js", format: "iife", name: "Lib", globals: { react: "React" } },
    plugins: [...plugins, terser()],
  },
];
'''),

("server.cjs", "CommonJS http server; comments 'rest of the routes are in ./routes' describing real require; complete", r'''
"use strict";

const http = require("node:http");
// The rest of the routes are registered in ./routes (loaded below).
const routes = require("./routes");

const server = http.createServer((req, res) => {
  const handler = routes[`${req.method} ${req.url}`];
  if (!handler) {
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("Not found...");
    return;
  }
  handler(req, res);
});

server.listen(process.env.PORT || 3000, () => {
  console.log("Here is the server: http://localhost:" + server.address().port);
});
'''),

("switch.js", "ESM with a switch whose default arm has a comment '// ... nothing to do' alongside a real break; all arms present", r'''
export function nextState(state, event) {
  switch (state) {
    case "idle":
      return event === "start" ? "running" : state;
    case "running":
      if (event === "pause") return "paused";
      if (event === "stop") return "idle";
      return state;
    case "paused":
      return event === "resume" ? "running" : event === "stop" ? "idle" : state;
    default:
      // unknown state: nothing to do, keep it as is...
      break;
  }
  return state;
}

export const STATES = ["idle", "running", "paused"];
export const EVENTS = ["start", "pause", "resume", "stop"];
'''),
]

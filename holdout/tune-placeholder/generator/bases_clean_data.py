from bases import cl

# ------------------------------------------------------------------ .json / JSONC

cl("package_strings_ellipsis.json", r'''
{
  "name": "progress-kit",
  "version": "0.3.1",
  "description": "Tiny progress bars and spinners (\"Loading...\" indicators) for CLIs.",
  "keywords": ["progress", "spinner", "cli", "terminal"],
  "main": "dist/index.cjs",
  "module": "dist/index.mjs",
  "types": "dist/index.d.ts",
  "files": ["dist"],
  "scripts": {
    "build": "tsup src/index.ts --format cjs,esm --dts",
    "test": "node --test",
    "demo": "node examples/demo.mjs --message \"Working...\""
  },
  "devDependencies": {
    "tsup": "^8.2.4",
    "typescript": "^5.5.4"
  },
  "license": "MIT"
}
''')

cl("i18n_messages_unchanged_values.json", r'''
{
  "editor": {
    "saving": "Saving…",
    "saved": "Saved",
    "unchanged": "No changes since the last save",
    "loading": "Loading...",
    "conflict": "Someone else edited this page. Keep your version or reload?"
  },
  "diff": {
    "added": "{count} lines added",
    "removed": "{count} lines removed",
    "same": "Files are identical",
    "rest": "…and {count} more"
  }
}
''')

cl("tsconfig_clean/tsconfig.json", r'''
{
  // Shared settings live in tsconfig.base.json; see
  // https://www.typescriptlang.org/tsconfig for what each option does.
  "extends": "./tsconfig.base.json",
  "compilerOptions": {
    /* Type checking */
    "strict": true,
    "noFallthroughCasesInSwitch": true,
    "exactOptionalPropertyTypes": true,

    /* Modules */
    "module": "NodeNext",
    "moduleResolution": "NodeNext",
    "outDir": "dist",
    "rootDir": "src"
  },
  // Tests are type-checked by tsconfig.test.json instead.
  "include": ["src/**/*.ts"],
  "exclude": ["**/*.test.ts"]
}
''')

cl("vscode_clean/.vscode/settings.json", r'''
{
  // Format with Prettier on save; ESLint fixes run afterwards.
  "editor.formatOnSave": true,
  "editor.defaultFormatter": "esbenp.prettier-vscode",
  "editor.codeActionsOnSave": {
    "source.fixAll.eslint": "explicit"
  },
  // Hide build output from the explorer and from search.
  "files.exclude": {
    "**/dist": true,
    "**/.cache": true
  },
  "search.exclude": {
    "**/pnpm-lock.yaml": true
  },
  "typescript.preferences.importModuleSpecifier": "non-relative"
}
''')

cl("fixtures_notes_strings.json", r'''
{
  "cases": [
    {
      "name": "copies unknown fields",
      "input": { "id": 7, "extra": { "a": 1 } },
      "expected": { "id": 7, "extra": { "a": 1 } },
      "note": "other fields are copied as-is"
    },
    {
      "name": "trims title",
      "input": { "id": 8, "title": "  hello  " },
      "expected": { "id": 8, "title": "hello" },
      "note": "only the title changes; the rest is unchanged"
    },
    {
      "name": "long body",
      "input": { "id": 9, "body": "Lorem ipsum dolor sit amet..." },
      "expected": { "id": 9, "body": "Lorem ipsum dolor sit amet..." }
    }
  ]
}
''')

cl("renovate_config_description.json", r'''
{
  "$schema": "https://docs.renovatebot.com/renovate-schema.json",
  "extends": ["config:recommended", ":semanticCommits"],
  "timezone": "Europe/Berlin",
  "schedule": ["before 6am on monday"],
  "packageRules": [
    {
      "description": "Group linters (eslint, prettier, stylelint, etc.) into one PR",
      "matchPackagePatterns": ["eslint", "prettier", "stylelint"],
      "groupName": "linters"
    },
    {
      "description": "Automerge patch updates of dev dependencies; everything else stays manual",
      "matchDepTypes": ["devDependencies"],
      "matchUpdateTypes": ["patch"],
      "automerge": true
    }
  ]
}
''')

cl("app_settings_comments.jsonc", r'''
{
  // Options not listed here use their documented defaults.
  "server": {
    "port": 8080,
    // 0 means "use the number of CPU cores"
    "workers": 0
  },
  "uploads": {
    "maxSizeMb": 25,
    /* Files with other extensions are rejected with HTTP 415. */
    "allowedExtensions": [".png", ".jpg", ".pdf"]
  },
  "features": {
    "newEditor": false // rolled out gradually, see the flag dashboard
  }
}
''')

cl("launch_clean/.vscode/launch.json", r'''
{
  // Use IntelliSense to learn about possible attributes.
  // Hover to view descriptions of existing attributes.
  "version": "0.2.0",
  "configurations": [
    {
      "type": "debugpy",
      "request": "launch",
      "name": "Python: current file",
      "program": "${file}",
      "console": "integratedTerminal",
      "justMyCode": true
    },
    {
      "type": "debugpy",
      "request": "launch",
      "name": "pytest: all",
      "module": "pytest",
      "args": ["-q", "${workspaceFolder}/tests"]
    }
  ]
}
''')

# ------------------------------------------------------------------ YAML

cl("ci_workflow_section_headings.yml", r'''
name: CI

on:
  push:
    branches: [main]
  pull_request:

# --- other settings ---
permissions:
  contents: read

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version: "1.22"
      - run: go test ./...

  # Remaining jobs run on push only
  release:
    if: github.event_name == 'push'
    needs: test
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/release.sh
''')

cl("compose_comments_describe.yml", r'''
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: example
    volumes:
      # keep existing data between restarts; the volume is created once
      - pgdata:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres"]
      interval: 5s
      retries: 10

  adminer:
    image: adminer:4
    ports:
      - "8081:8080"
    # same as db: restart unless stopped by hand
    restart: unless-stopped

volumes:
  pgdata:
    external: true
''')

cl("k8s_deployment_commented_out.yaml", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: thumbnailer
spec:
  replicas: 2
  selector:
    matchLabels:
      app: thumbnailer
  template:
    metadata:
      labels:
        app: thumbnailer
    spec:
      containers:
        - name: thumbnailer
          image: ghcr.io/acme/thumbnailer:2.3.0
          # resources:
          #   limits:
          #     memory: 512Mi
          #     cpu: "1"
          args: ["--concurrency", "4"]
''')

cl("ansible_todo_handler.yml", r'''
- name: Configure fail2ban
  hosts: all
  become: true
  tasks:
    - name: Install fail2ban
      ansible.builtin.apt:
        name: fail2ban
        state: present

    # TODO: add a handler that restarts fail2ban when jail.local changes
    - name: Deploy jail.local
      ansible.builtin.template:
        src: jail.local.j2
        dest: /etc/fail2ban/jail.local
        mode: "0644"

    - name: Ensure fail2ban is running
      ansible.builtin.service:
        name: fail2ban
        state: started
        enabled: true
''')

cl("helm_values_descriptions.yaml", r'''
# Default values for the api chart.

# -- Number of pods. Ignored when autoscaling.enabled is true.
replicaCount: 2

image:
  repository: ghcr.io/acme/api
  # -- Overrides the image tag; defaults to the chart appVersion.
  tag: ""

# -- Extra labels, merged as-is into the pod metadata.
podLabels: {}

# -- Extra environment variables. Values are passed through unchanged,
# so quote anything that YAML would otherwise turn into a number.
extraEnv: []

resources:
  requests:
    cpu: 100m
    memory: 128Mi
''')

cl("openapi_descriptions_ellipsis.yaml", r'''
openapi: 3.0.3
info:
  title: Search API
  version: 1.0.0
  description: |
    Full-text search over articles. Results are paginated; the remaining
    hits are returned on the next page via the `cursor` parameter.
paths:
  /search:
    get:
      parameters:
        - name: q
          in: query
          required: true
          schema: { type: string }
          example: "kubernetes ingress..."
        - name: cursor
          in: query
          schema: { type: string }
          description: Opaque cursor from the previous page (omitted on the first request).
      responses:
        "200":
          description: A page of results.
''')

cl("mkdocs_nav_etc_in_prose.yml", r'''
site_name: Acme Handbook
theme:
  name: material
  features: [navigation.sections, search.suggest]

# The nav lists pages in reading order. Anything not listed (drafts, includes,
# snippets, etc.) is still built but not linked from the sidebar.
nav:
  - Home: index.md
  - Onboarding:
      - First day: onboarding/first-day.md
      - Accounts: onboarding/accounts.md
  - Engineering:
      - Code review: engineering/code-review.md
      - On-call: engineering/on-call.md

markdown_extensions:
  - admonition
  - toc:
      permalink: true
''')

cl("k8s_multi_doc_separators.yaml", r'''
# Namespace and quota for the team sandbox.
---
apiVersion: v1
kind: Namespace
metadata:
  name: sandbox
---
apiVersion: v1
kind: ResourceQuota
metadata:
  name: sandbox-quota
  namespace: sandbox
spec:
  hard:
    pods: "20"
    requests.cpu: "4"
    requests.memory: 8Gi
---
apiVersion: v1
kind: LimitRange
metadata:
  name: defaults
  namespace: sandbox
spec:
  limits:
    - type: Container
      default:
        cpu: 500m
        memory: 256Mi
''')

# ------------------------------------------------------------------ TOML

cl("cargo_same_as_above_wasm.toml", r'''
[package]
name = "pixelsort"
version = "0.4.0"
edition = "2021"

[dependencies]
image = "0.25"
rand = "0.8"

# Same as above but for the wasm target: no threads, JS-backed RNG.
[target.'cfg(target_arch = "wasm32")'.dependencies]
getrandom = { version = "0.2", features = ["js"] }
wasm-bindgen = "0.2"

[target.'cfg(not(target_arch = "wasm32"))'.dependencies]
rayon = "1.10"
''')

cl("pyproject_ruff_defaults_comment.toml", r'''
[project]
name = "tidy-csv"
version = "1.0.0"
requires-python = ">=3.10"
dependencies = ["click>=8.1"]

[tool.ruff]
line-length = 100

[tool.ruff.lint]
# Rules not listed here keep ruff's defaults.
select = ["E", "F", "I", "UP", "B"]
# E501 is handled by the formatter.
ignore = ["E501"]

[tool.ruff.format]
quote-style = "double"
''')

cl("rustfmt_comments.toml", r'''
# rustfmt configuration shared by every crate in the workspace.
# Options that are not set keep their stable defaults.
edition = "2021"
max_width = 100
use_small_heuristics = "Max"
newline_style = "Unix"
use_field_init_shorthand = true
use_try_shorthand = true
reorder_imports = true
reorder_modules = true
# Unstable options (nightly only) are kept in .rustfmt.nightly.toml.
# Settings in that file override this one when rustfmt runs on +nightly.
''')

cl("netlify_glob_paths.toml", r'''
[build]
  command = "npm run build"
  publish = "build"

# SPA fallback: every other path is served by index.html.
[[redirects]]
  from = "/*"
  to = "/index.html"
  status = 200

[[headers]]
  for = "/static/*"
  [headers.values]
    Cache-Control = "public, max-age=31536000, immutable"

[[headers]]
  for = "/*.html"
  [headers.values]
    Cache-Control = "no-cache"
''')

cl("app_config_strings_ellipsis.toml", r'''
[ui]
loading_text = "Loading..."
empty_text = "Nothing here yet…"
truncate_marker = "..."
max_title_chars = 80

[messages]
retrying = "Connection lost, retrying..."
unchanged = "No changes"

[paths]
assets = "/srv/app/assets"
cache = "/var/cache/app"
''')

cl("cargo_commented_out_deps.toml", r'''
[package]
name = "feedr"
version = "0.2.0"
edition = "2021"

[dependencies]
reqwest = { version = "0.12", default-features = false, features = ["rustls-tls", "json"] }
feed-rs = "2"
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
# serde_json = "1"      # not needed since feed-rs 2.0
# openssl = "0.10"      # replaced by rustls

[dev-dependencies]
wiremock = "0.6"
''')

cl("pyproject_todo_notes.toml", r'''
[build-system]
requires = ["setuptools>=69"]
build-backend = "setuptools.build_meta"

[project]
name = "mailmerge-lite"
version = "0.7.0"
# TODO: drop 3.8 support after the next LTS release
requires-python = ">=3.8"
dependencies = ["jinja2>=3"]

[project.optional-dependencies]
# FIXME: pin once upstream publishes wheels for 3.13
xlsx = ["openpyxl"]

[tool.setuptools]
packages = ["mailmerge_lite"]
''')

# ------------------------------------------------------------------ SQL

cl("schema_comments_nullable.sql", r'''
-- Customers table. id, email and created_at are required;
-- other columns are nullable and filled in lazily by the enrichment job.
CREATE TABLE customers (
    id          BIGSERIAL PRIMARY KEY,
    email       TEXT NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    full_name   TEXT,
    company     TEXT,
    country     CHAR(2),
    -- stored as-is from the signup form; normalised later
    phone       TEXT
);

CREATE INDEX customers_country_idx ON customers (country);
''')

cl("report_same_as_above_refunds.sql", r'''
-- Daily sales totals.
SELECT date_trunc('day', paid_at) AS day,
       sum(amount_cents) / 100.0  AS total
FROM payments
WHERE status = 'succeeded'
GROUP BY 1
ORDER BY 1;

-- Same as above but for refunds.
SELECT date_trunc('day', refunded_at) AS day,
       sum(amount_cents) / 100.0      AS total
FROM refunds
GROUP BY 1
ORDER BY 1;
''')

cl("migration_todo_backfill.sql", r'''
-- 0012_add_slug_to_projects.sql
ALTER TABLE projects ADD COLUMN slug TEXT;

-- TODO: backfill slugs for archived projects in a follow-up migration;
-- rows without a slug keep working because lookups fall back to the id.
UPDATE projects
SET slug = lower(regexp_replace(name, '[^a-zA-Z0-9]+', '-', 'g'))
WHERE archived_at IS NULL;

CREATE UNIQUE INDEX projects_slug_key ON projects (slug) WHERE slug IS NOT NULL;

COMMENT ON COLUMN projects.slug IS 'URL-safe name; NULL until backfilled';
''')

cl("commented_out_statements.sql", r'''
CREATE TABLE audit_log (
    id          BIGSERIAL PRIMARY KEY,
    actor_id    BIGINT,
    action      TEXT NOT NULL,
    target      TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Partitioning was tried and reverted (see incident 2024-02-11):
-- CREATE TABLE audit_log_2024 PARTITION OF audit_log
--     FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

/* DROP INDEX IF EXISTS audit_log_actor_idx; */
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, created_at);
''')

cl("seed_strings_ellipsis.sql", r'''
INSERT INTO ui_strings (key, locale, value) VALUES
    ('status.loading', 'en', 'Loading...'),
    ('status.loading', 'de', 'Wird geladen …'),
    ('status.saving', 'en', 'Saving…'),
    ('status.unchanged', 'en', 'Nothing changed'),
    ('list.more', 'en', '...and {n} more')
ON CONFLICT (key, locale) DO UPDATE SET value = EXCLUDED.value;

-- Strings not present for a locale fall back to English at runtime.
SELECT key, count(*) AS locales
FROM ui_strings
GROUP BY key
HAVING count(*) < 2
ORDER BY key;
''')

cl("header_license_changelog.sql", r'''
-- SPDX-License-Identifier: MIT
-- Copyright (c) 2024 Example Org
--
-- Changes:
--   2024-01-09  created
--   2024-04-22  added weight column; earlier rows keep weight = 1

CREATE TABLE IF NOT EXISTS tag_links (
    tag_id      INTEGER NOT NULL,
    item_id     INTEGER NOT NULL,
    weight      INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (tag_id, item_id)
);
''')

cl("cleanup_function_remaining_rows.sql", r'''
CREATE OR REPLACE FUNCTION purge_expired_sessions(batch_size INTEGER DEFAULT 10000)
RETURNS INTEGER
LANGUAGE plpgsql
AS $$
DECLARE
    n INTEGER;
BEGIN
    -- Deletes at most batch_size rows per call; remaining rows are deleted by
    -- the next run of the nightly job.
    DELETE FROM sessions
    WHERE id IN (
        SELECT id FROM sessions
        WHERE expires_at < now()
        LIMIT batch_size
    );
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END;
$$;
''')

from common import F
L = "placeholder"
T = "toml"

F(L, "pyproject.toml", T, "comment-only elision: line 14 '# ... other dependencies unchanged' cuts the dependencies array short", r'''
[build-system]
requires = ["hatchling>=1.21"]
build-backend = "hatchling.build"

[project]
name = "orderflow"
version = "0.9.3"
description = "Order processing workers"
requires-python = ">=3.11"
dependencies = [
    "fastapi>=0.110",
    "sqlalchemy>=2.0",
    # ... other dependencies unchanged
]

[project.optional-dependencies]
dev = ["pytest>=8", "pytest-asyncio", "ruff", "mypy"]

[project.scripts]
orderflow = "orderflow.cli:main"

[tool.ruff]
line-length = 100
target-version = "py311"

[tool.pytest.ini_options]
asyncio_mode = "auto"
testpaths = ["tests"]
''')

F(L, "crates/indexer/Cargo.toml", T, "syntax-breaking elision: bare '...' line 12 inside [dependencies]", r'''
[package]
name = "indexer"
version = "0.4.0"
edition = "2021"
rust-version = "1.74"
license = "MIT OR Apache-2.0"

[dependencies]
anyhow = "1"
serde = { version = "1", features = ["derive"] }
...
tokio = { version = "1.37", features = ["rt-multi-thread", "macros", "fs"] }
tracing = "0.1"

[dev-dependencies]
tempfile = "3"
criterion = "0.5"

[[bench]]
name = "ingest"
harness = false
''')

F(L, "site/netlify.toml", T, "comment-only elision: line 22 '# (redirects same as before)' replaces the redirect tables", r'''
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  NPM_FLAGS = "--no-audit --no-fund"

[context.deploy-preview]
  command = "npm run build -- --mode preview"

[[headers]]
  for = "/assets/*"
  [headers.values]
    Cache-Control = "public, max-age=31536000, immutable"

[[headers]]
  for = "/*"
  [headers.values]
    X-Frame-Options = "DENY"

# (redirects same as before)

[[plugins]]
  package = "@netlify/plugin-lighthouse"
''')

F(L, "blog/config.toml", T, "comment-only elision: line 27 '# rest of the menu entries' ends the menu in the middle of the file", r'''
baseURL = "https://notes.example.org/"
languageCode = "en-gb"
title = "Field Notes"
theme = "paper"
paginate = 8
enableRobotsTXT = true

[params]
  author = "R. Okafor"
  description = "Notes on distributed systems and gardening"
  showReadingTime = true
  dateFormat = "2 Jan 2006"

[taxonomies]
  tag = "tags"
  series = "series"

[[menu.main]]
  name = "Posts"
  url = "/posts/"
  weight = 1

[[menu.main]]
  name = "Tags"
  url = "/tags/"
  weight = 2

# rest of the menu entries

[markup.goldmark.renderer]
  unsafe = false

[markup.highlight]
  style = "github"
  lineNos = false
''')

F(L, ".cargo/config.toml", T, "comment-only elision: line 10 '# existing target settings' replaces the linker config for the listed targets", r'''
[build]
rustflags = ["-C", "force-frame-pointers=yes"]

[target.x86_64-unknown-linux-gnu]
linker = "clang"
rustflags = ["-C", "link-arg=-fuse-ld=mold"]

[target.aarch64-unknown-linux-gnu]
# existing target settings

[alias]
xtask = "run --package xtask --"
ci = "clippy --workspace --all-targets -- -D warnings"

[env]
RUST_LOG = { value = "info", force = false }
SQLX_OFFLINE = "true"

[net]
git-fetch-with-cli = true
''')

F(L, "Cargo.toml", T, "syntax-breaking elision: line 6 '…' inside the workspace members array", r'''
[workspace]
resolver = "2"
members = [
    "crates/core",
    "crates/cli",
    …
]

[workspace.package]
version = "0.12.0"
edition = "2021"
authors = ["Acme Engineering <eng@acme.io>"]
repository = "https://github.com/acme/toolkit"

[workspace.dependencies]
clap = { version = "4.5", features = ["derive"] }
serde = { version = "1", features = ["derive"] }
serde_json = "1"
thiserror = "1"

[profile.release]
lto = "thin"
codegen-units = 1
strip = true
''')

F(L, "ruff.toml", T, "comment-only elision: line 20 '# TODO: port the remaining rules from setup.cfg the same way' replaces per-file ignores", r'''
line-length = 100
target-version = "py312"
extend-exclude = ["migrations", "vendor"]

[lint]
select = [
    "E",   # pycodestyle errors
    "F",   # pyflakes
    "I",   # isort
    "B",   # bugbear
    "UP",  # pyupgrade
    "SIM", # simplify
]
ignore = ["E501"]

[lint.isort]
known-first-party = ["billing"]

[lint.per-file-ignores]
# TODO: port the remaining rules from setup.cfg the same way

[format]
quote-style = "double"
docstring-code-format = true
''')

F(L, "fly.toml", T, "syntax-breaking elision: line 16 '<existing services config>' between [env] and [[vm]]", r'''
app = "acme-checkout"
primary_region = "fra"
kill_signal = "SIGTERM"
kill_timeout = "30s"

[build]
  dockerfile = "Dockerfile"

[deploy]
  release_command = "bin/migrate"

[env]
  PORT = "8080"
  LOG_LEVEL = "info"

<existing services config>

[[vm]]
  cpu_kind = "shared"
  cpus = 1
  memory = "512mb"

[checks]
  [checks.alive]
    type = "tcp"
    port = 8080
    interval = "15s"
    timeout = "2s"
''')

F(L, "services/worker/pyproject.toml", T, "comment-only elision: line 17 '# dev deps as before' leaves the dev group empty", r'''
[tool.poetry]
name = "report-worker"
version = "1.3.0"
description = "Generates PDF reports from queued jobs"
authors = ["Data Team <data@acme.io>"]
packages = [{ include = "report_worker" }]

[tool.poetry.dependencies]
python = "^3.11"
celery = { version = "^5.3", extras = ["redis"] }
weasyprint = "^61.2"
jinja2 = "^3.1"
boto3 = "^1.34"

[tool.poetry.group.dev.dependencies]
# dev deps as before

[tool.poetry.scripts]
report-worker = "report_worker.main:run"

[tool.mypy]
strict = true
plugins = ["pydantic.mypy"]

[build-system]
requires = ["poetry-core>=1.8"]
build-backend = "poetry.core.masonry.api"
''')

F(L, "edge/wrangler.toml", T, "comment-only elision: line 13 '# [previous kv bindings]' replaces the KV namespace entries", r'''
name = "edge-router"
main = "src/index.ts"
compatibility_date = "2024-05-01"
compatibility_flags = ["nodejs_compat"]
workers_dev = false
routes = [
  { pattern = "acme.io/*", zone_name = "acme.io" },
  { pattern = "www.acme.io/*", zone_name = "acme.io" }
]

[vars]
UPSTREAM = "https://origin.acme.io"
CACHE_TTL = "300"

# [previous kv bindings]

[[r2_buckets]]
binding = "ASSETS"
bucket_name = "acme-assets"

[env.staging]
name = "edge-router-staging"
routes = [{ pattern = "staging.acme.io/*", zone_name = "acme.io" }]
vars = { UPSTREAM = "https://staging-origin.acme.io", CACHE_TTL = "0" }
''')

F(L, "dotfiles/starship.toml", T, "syntax-breaking elision: line 20 '[...]' used as a table header for the elided modules", r'''
"$schema" = "https://starship.rs/config-schema.json"

format = """
$directory$git_branch$git_status$python$nodejs$rust
$character"""
add_newline = false

[character]
success_symbol = "[❯](bold green)"
error_symbol = "[❯](bold red)"

[directory]
truncation_length = 3
truncate_to_repo = true

[git_branch]
symbol = " "
style = "bold purple"

[...]

[rust]
symbol = "🦀 "
format = "[$symbol($version )]($style)"
''')

F(L, "libs/parser/pyproject.toml", T, "comment-only elision: line 23 '# omitted for brevity' stands where the hatch build targets were", r'''
[build-system]
requires = ["hatchling", "hatch-vcs"]
build-backend = "hatchling.build"

[project]
name = "acme-parser"
dynamic = ["version"]
description = "Streaming parser for Acme log formats"
readme = "README.md"
license = "Apache-2.0"
requires-python = ">=3.9"
classifiers = [
    "Programming Language :: Python :: 3",
    "License :: OSI Approved :: Apache Software License",
]
dependencies = ["attrs>=23.1"]

[tool.hatch.version]
source = "vcs"

[tool.hatch.build]
# omitted for brevity

[tool.hatch.envs.test]
dependencies = ["pytest", "pytest-cov", "hypothesis"]

[tool.hatch.envs.test.scripts]
run = "pytest --cov=acme_parser {args:tests}"
''')

F(L, "dotfiles/alacritty.toml", T, "comment-only elision: line 21 '# keep the current palette' leaves [colors.normal] without its eight colours", r'''
[env]
TERM = "xterm-256color"

[window]
padding = { x = 8, y = 6 }
decorations = "buttonless"
opacity = 0.97
option_as_alt = "Both"

[font]
size = 13.0
normal = { family = "JetBrains Mono", style = "Regular" }
bold = { family = "JetBrains Mono", style = "Bold" }

[colors.primary]
background = "#1d2021"
foreground = "#d4be98"

[colors.normal]
# keep the current palette

[cursor]
style = { shape = "Beam", blinking = "On" }

[keyboard]
bindings = [
  { key = "N", mods = "Command", action = "CreateNewWindow" },
  { key = "Return", mods = "Command", action = "ToggleFullscreen" },
]
''')

F(L, "handbook/book.toml", T, "comment-only elision: line 16 '# other preprocessors stay identical' replaces preprocessor tables", r'''
[book]
title = "Platform Handbook"
authors = ["Platform Team"]
language = "en"
multilingual = false
src = "src"

[build]
build-dir = "book"
create-missing = false

[preprocessor.links]

[preprocessor.admonish]
command = "mdbook-admonish"
assets_version = "3.0.2"
# other preprocessors stay identical

[output.html]
git-repository-url = "https://github.com/acme/handbook"
edit-url-template = "https://github.com/acme/handbook/edit/main/{path}"
additional-css = ["theme/custom.css", "mdbook-admonish.css"]

[output.html.search]
limit-results = 20
''')

F(L, "crates/codec/Cargo.toml", T, "syntax-breaking elision: line 17 '// ...' after the default feature list", r'''
[package]
name = "codec"
version = "0.3.1"
edition = "2021"
description = "Frame codecs for the acme wire protocol"

[dependencies]
bytes = "1.6"
crc32fast = "1.4"
serde = { version = "1", optional = true, features = ["derive"] }

[features]
default = ["std"]
std = []
serde = ["dep:serde"]
// ...

[dev-dependencies]
proptest = "1.4"

[lib]
bench = false
''')

F(L, "config/development.toml", T, "comment-only elision: line 19 '# (same keys as production.toml)' in the middle replaces the [cache] table body", r'''
[server]
host = "127.0.0.1"
port = 4000
workers = 2
request_timeout_secs = 30

[database]
url = "postgres://app:app@localhost:5432/app_dev"
max_connections = 5
run_migrations = true

[auth]
issuer = "http://localhost:4000"
token_ttl_minutes = 600
cookie_secure = false

[cache]
# (same keys as production.toml)

[telemetry]
service_name = "app-dev"
otlp_endpoint = "http://localhost:4317"
sample_ratio = 1.0

[features]
new_checkout = true
'''
)

from common import add

L = "placeholder"
T = "TOML"


def c(path, body, mark, where, nl=True):
    add(L, path, T, body, f"comment-only elision '{mark.strip()}' ({where}) at line {{0}}; syntax stays valid", [mark], nl, kind="comment")


def m(path, body, mark, what, nl=True):
    add(L, path, T, body, f"syntax-breaking elision marker {what} at line {{0}}", [mark], nl, kind="marker")


c("crates/ingest/Cargo.toml", r'''
[package]
name = "ingest"
version = "0.4.2"
edition = "2021"
rust-version = "1.74"
description = "Kafka to Parquet ingestion worker"
license = "Apache-2.0"

[dependencies]
anyhow = "1.0"
tokio = { version = "1.38", features = ["rt-multi-thread", "macros", "signal"] }
rdkafka = { version = "0.36", features = ["cmake-build"] }
# remaining dependencies as before

[dev-dependencies]
tempfile = "3.10"
tokio-test = "0.4"

[[bin]]
name = "ingest"
path = "src/main.rs"
''', "# remaining dependencies as before", "at the end of [dependencies]")

c("pyproject.toml", r'''
[build-system]
requires = ["hatchling>=1.24"]
build-backend = "hatchling.build"

[project]
name = "weatherkit"
version = "0.9.0"
description = "Small client for public weather APIs"
requires-python = ">=3.10"
dependencies = ["httpx>=0.27", "pydantic>=2.6"]

[tool.ruff]
line-length = 100
target-version = "py310"

[tool.ruff.lint]
select = [
    "E",
    "F",
    "I",
    "UP",
    # ... other lints
]
ignore = ["E501"]

[tool.pytest.ini_options]
addopts = "-ra --strict-markers"
testpaths = ["tests"]
''', "# ... other lints", "inside the ruff select array")

c("Cargo.toml", r'''
[workspace]
resolver = "2"
members = [
    "crates/core",
    "crates/cli",
    "crates/server",
]

[workspace.package]
edition = "2021"
license = "MIT OR Apache-2.0"
repository = "https://github.com/acme/tiles"

[workspace.dependencies]
serde = { version = "1", features = ["derive"] }
thiserror = "1"
tracing = "0.1"

[profile.dev]
opt-level = 1
debug = true

[profile.ci]
inherits = "dev"
# (mirror the dev profile settings here)

[profile.release]
lto = "thin"
codegen-units = 1
strip = true
''', "# (mirror the dev profile settings here)", "inside [profile.ci]")

c("netlify.toml", r'''
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  NPM_FLAGS = "--no-audit --no-fund"

[[redirects]]
  from = "/api/*"
  to = "https://api.example.com/:splat"
  status = 200
  force = true

[[headers]]
  for = "/assets/*"
  [headers.values]
    Cache-Control = "public, max-age=31536000, immutable"

# etc.
''', "# etc.", "at the end of the file")

c("backend/pyproject.toml", r'''
[tool.poetry]
name = "ledger-api"
version = "1.3.0"
description = "Double-entry ledger REST API"
authors = ["Platform Team <platform@example.com>"]
packages = [{ include = "ledger" }]

[tool.poetry.dependencies]
python = "^3.11"
fastapi = "^0.111"
sqlalchemy = "^2.0"
alembic = "^1.13"
uvicorn = { extras = ["standard"], version = "^0.30" }

[tool.poetry.group.dev.dependencies]
pytest = "^8.2"
pytest-asyncio = "^0.23"
mypy = "^1.10"

[build-system]
requires = ["poetry-core>=1.8"]
build-backend = "poetry.core.masonry.api"

# keep the rest of your [tool.*] sections unchanged
''', "# keep the rest of your [tool.*] sections unchanged", "at the end of the file")

c("services/Cargo.toml", r'''
[workspace]
resolver = "2"
members = [
    "gateway",
    "auth",
    # other workspace members unchanged
]
exclude = ["legacy/*"]

[workspace.dependencies]
axum = "0.7"
tower = "0.4"
tower-http = { version = "0.5", features = ["trace", "cors"] }
sqlx = { version = "0.7", features = ["runtime-tokio", "postgres", "uuid"] }
uuid = { version = "1", features = ["v7", "serde"] }

[workspace.lints.rust]
unsafe_code = "forbid"

[workspace.lints.clippy]
pedantic = { level = "warn", priority = -1 }
''', "# other workspace members unchanged", "inside the members array")

c("wrangler.toml", r'''
name = "edge-redirects"
main = "src/worker.ts"
compatibility_date = "2024-05-20"
workers_dev = false

[vars]
DEFAULT_LOCALE = "en"
CACHE_TTL_SECONDS = "300"

[[kv_namespaces]]
binding = "REDIRECTS"
id = "7c1f0f2d9b8a4c1e9e2f3a4b5c6d7e8f"

[env.staging]
name = "edge-redirects-staging"
route = { pattern = "staging.example.com/*", zone_name = "example.com" }

# add your other environments the same way
''', "# add your other environments the same way", "at the end, after [env.staging]")

c("config/features.toml", r'''
# Feature flags loaded at startup by the settings service.
# Values can be overridden with FEATURE_<NAME>=true|false.

[flags]
new_onboarding = true
dark_mode = true
csv_export = false
# TODO: remaining feature flags

[rollout]
strategy = "percentage"
default_percent = 10
sticky_by = "account_id"

[rollout.overrides]
internal_accounts = 100
beta_program = 50
''', "# TODO: remaining feature flags", "at the end of [flags]")

c("tools/Cargo.toml", r'''
[package]
name = "devtools"
version = "0.1.0"
edition = "2021"
publish = false

[dependencies]
clap = { version = "4.5", features = ["derive"] }
walkdir = "2"
regex = "1"
serde_json = "1"

[[bin]]
name = "check-licenses"
path = "src/bin/check_licenses.rs"

[[bin]]
name = "gen-changelog"
path = "src/bin/gen_changelog.rs"

# ...and so on for each binary
''', "# ...and so on for each binary", "after the second [[bin]] table")

c("site/netlify.toml", r'''
[build]
  base = "site/"
  command = "hugo --gc --minify"
  publish = "public"

[build.environment]
  HUGO_VERSION = "0.126.1"
  HUGO_ENV = "production"

[context.deploy-preview]
  command = "hugo --gc --minify --buildFuture -b $DEPLOY_PRIME_URL"

[[plugins]]
  package = "@netlify/plugin-lighthouse"

  [plugins.inputs]
    output_path = "reports/lighthouse.html"

# existing plugin configuration
''', "# existing plugin configuration", "at the end, after the first plugin")

c("api/pyproject.toml", r'''
[project]
name = "inventory-api"
version = "2.0.1"
requires-python = ">=3.11"
dependencies = [
    "django>=5.0,<5.1",
    "djangorestframework>=3.15",
    "psycopg[binary]>=3.1",
    "gunicorn>=22",
]

[project.optional-dependencies]
dev = ["pytest-django>=4.8", "factory-boy>=3.3", "ruff>=0.4"]

[tool.django-stubs]
django_settings_module = "inventory.settings"

# (rest of the config identical to the original)

[tool.coverage.run]
branch = true
source = ["inventory"]
omit = ["*/migrations/*"]
''', "# (rest of the config identical to the original)", "middle, before [tool.coverage.run]")

c("lib/pyproject.toml", r'''
[build-system]
requires = ["setuptools>=69", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "tinyqueue"
version = "0.6.0"
description = "A minimal SQLite-backed job queue"
readme = "README.md"
license = { text = "BSD-3-Clause" }
requires-python = ">=3.9"

[tool.setuptools.packages.find]
where = ["src"]

[tool.mypy]
# unchanged from previous version

[tool.black]
line-length = 88
target-version = ["py39", "py310", "py311"]
''', "# unchanged from previous version", "as the only content of [tool.mypy]")

c("docs/netlify.toml", r'''
[build]
  command = "npm run docs:build"
  publish = "docs/.vitepress/dist"

[[redirects]]
  from = "/guide/install"
  to = "/guide/getting-started"
  status = 301

[[redirects]]
  from = "/api/v1/*"
  to = "/reference/:splat"
  status = 301

# more [[redirects]] entries follow the same pattern

[[redirects]]
  from = "/*"
  to = "/404.html"
  status = 404
''', "# more [[redirects]] entries follow the same pattern", "between the redirects")

c("cli/pyproject.toml", r'''
[build-system]
requires = ["pdm-backend"]
build-backend = "pdm.backend"

[project]
name = "deployctl"
version = "0.3.0"
description = "Command line helper for blue/green deploys"
requires-python = ">=3.10"
dependencies = [
    "typer>=0.12",
    "rich>=13.7",
    "boto3>=1.34",
]

[project.scripts]
deployctl = "deployctl.main:app"
# fill in the remaining scripts

[tool.pdm.dev-dependencies]
test = ["pytest>=8", "moto[s3,ecs]>=5"]
lint = ["ruff>=0.4"]
''', "# fill in the remaining scripts", "at the end of [project.scripts]")

c(".cargo/config.toml", r'''
[build]
rustflags = ["-C", "force-frame-pointers=yes"]

[target.x86_64-unknown-linux-gnu]
linker = "clang"
rustflags = ["-C", "link-arg=-fuse-ld=lld"]

# previous settings retained

[alias]
xtask = "run --package xtask --"
lint = "clippy --workspace --all-targets -- -D warnings"

[env]
RUST_LOG = { value = "info", force = false }
''', "# previous settings retained", "between the linker target and [alias]", nl=False)

# ---- markers ----
m("engine/Cargo.toml", r'''
[package]
name = "render-engine"
version = "0.12.0"
edition = "2021"

[dependencies]
wgpu = "0.20"
winit = "0.29"
glam = { version = "0.27", features = ["bytemuck"] }
bytemuck = { version = "1.16", features = ["derive"] }
...
image = { version = "0.25", default-features = false, features = ["png"] }

[features]
default = ["hot-reload"]
hot-reload = []
''', "...", "bare '...' line inside [dependencies]")

m("ml/pyproject.toml", r'''
[project]
name = "churn-model"
version = "0.2.0"
requires-python = ">=3.10"
dependencies = [
    "pandas>=2.2",
    "scikit-learn>=1.5",
    …
    "mlflow>=2.13",
]

[project.optional-dependencies]
notebooks = ["jupyterlab>=4.2", "matplotlib>=3.9"]

[tool.ruff]
line-length = 110
''', "…", "bare '…' (U+2026) line inside the dependencies array")

m("bot/Cargo.toml", r'''
[package]
name = "standup-bot"
version = "0.1.3"
edition = "2021"
authors = ["Dana Ruiz <dana@example.com>"]

[dependencies]
<existing dependencies>

[dev-dependencies]
wiremock = "0.6"
pretty_assertions = "1"

[profile.release]
opt-level = "s"
panic = "abort"
''', "<existing dependencies>", "'<existing dependencies>' as the content of [dependencies]")

m("web/pyproject.toml", r'''
[project]
name = "shortlinks"
version = "1.1.0"
description = "URL shortener with click analytics"
requires-python = ">=3.12"
dependencies = [
    "flask>=3.0",
    "redis>=5.0",
    "hashids>=1.3",
]

[project.optional-dependencies]
dev = ["pytest>=8", "fakeredis>=2.23"]

[tool.pytest.ini_options]
minversion = "8.0"
addopts = "-q"

[rest of file]
''', "[rest of file]", "'[rest of file]' as a table header at the end")

m("agent/Cargo.toml", r'''
[package]
name = "metrics-agent"
version = "0.8.0"
edition = "2021"
license = "MIT"

[dependencies]
tokio = {...}
reqwest = { version = "0.12", default-features = false, features = ["rustls-tls", "json"] }
serde = { version = "1", features = ["derive"] }
sysinfo = "0.30"

[target.'cfg(unix)'.dependencies]
nix = { version = "0.29", features = ["signal"] }

[features]
default = []
statsd = []
''', "{...}", "'{...}' as an inline-table value")

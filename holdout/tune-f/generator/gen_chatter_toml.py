from common import F
L = "llm-chatter"
T = "toml"

F(L, "pyproject.toml", T, "prose before the code: line 1 'Here's your updated pyproject.toml with Ruff configured:'", r'''
Here's your updated pyproject.toml with Ruff configured:

[project]
name = "inventory"
version = "0.6.0"
requires-python = ">=3.11"
dependencies = [
    "django>=5.0",
    "psycopg[binary]>=3.1",
    "celery>=5.3",
]

[tool.ruff]
line-length = 88
target-version = "py311"

[tool.ruff.lint]
select = ["E", "F", "I", "DJ", "B"]
ignore = ["E501"]

[tool.ruff.lint.isort]
known-first-party = ["inventory"]
''')

F(L, "feedsync/Cargo.toml", T, "prose after the code: line 21 'This adds `tokio` with the full feature set and `reqwest` with rustls. Let me know if you need anything else!'", r'''
[package]
name = "feedsync"
version = "0.2.0"
edition = "2021"

[dependencies]
anyhow = "1.0"
clap = { version = "4.5", features = ["derive", "env"] }
reqwest = { version = "0.12", default-features = false, features = ["json", "rustls-tls"] }
serde = { version = "1.0", features = ["derive"] }
tokio = { version = "1", features = ["full"] }
tracing = "0.1"
tracing-subscriber = { version = "0.3", features = ["env-filter"] }

[dev-dependencies]
wiremock = "0.6"

[profile.release]
strip = true

This adds `tokio` with the full feature set and `reqwest` with rustls. Let me know if you need anything else!
''')

F(L, "site/netlify.toml", T, "prose as a TOML comment addressing the user: line 9 '# I've added the SPA redirect you asked about so client-side routes work on refresh.'", r'''
[build]
  base = "web"
  command = "pnpm build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"

# I've added the SPA redirect you asked about so client-side routes work on refresh.
[[redirects]]
  from = "/api/*"
  to = "https://api.acme.io/:splat"
  status = 200
  force = true

[[redirects]]
  from = "/*"
  to = "/index.html"
  status = 200
''')

F(L, "blog/hugo.toml", T, "markdown prose between tables: line 13 '**Note:** the `[params]` section is theme-specific, so check your theme's documentation.'", r'''
baseURL = "https://dev.acme.io/"
languageCode = "en-us"
title = "Acme Engineering"
theme = "PaperMod"
enableGitInfo = true

[pagination]
  pagerSize = 10

[outputs]
  home = ["HTML", "RSS", "JSON"]

**Note:** the `[params]` section is theme-specific, so check your theme's documentation.

[params]
  env = "production"
  defaultTheme = "auto"
  ShowReadingTime = true
  ShowCodeCopyButtons = true

[[menu.main]]
  identifier = "posts"
  name = "Posts"
  url = "/posts/"
  weight = 10
''')

F(L, "rustfmt.toml", T, "bullet list after the code: from line 11 'A few notes:' with bullets", r'''
edition = "2021"
max_width = 100
hard_tabs = false
tab_spaces = 4
newline_style = "Unix"
use_field_init_shorthand = true
use_try_shorthand = true
imports_granularity = "Crate"
group_imports = "StdExternalCrate"

A few notes:
- `imports_granularity` and `group_imports` are unstable options, so they need nightly rustfmt.
- `max_width = 100` matches the line length used in the rest of the workspace.
''')

F(L, "fly.toml", T, "prose as a TOML comment at the end: line 26 '# Let me know if you want autoscaling configured too.'", r'''
app = "acme-notes"
primary_region = "ams"

[build]
  image = "ghcr.io/acme/notes:latest"

[env]
  PORT = "8080"
  RUST_LOG = "info"

[http_service]
  internal_port = 8080
  force_https = true
  auto_stop_machines = true
  auto_start_machines = true
  min_machines_running = 1

[[http_service.checks]]
  grace_period = "10s"
  interval = "30s"
  method = "GET"
  path = "/healthz"
  timeout = "5s"

[mounts]
  source = "notes_data"
  destination = "/data"

# Let me know if you want autoscaling configured too.
''')

F(L, ".cargo/config.toml", T, "prose before the code: line 1 'Sure! Add this to `.cargo/config.toml` to speed up linking:'", r'''
Sure! Add this to `.cargo/config.toml` to speed up linking:

[target.x86_64-unknown-linux-gnu]
linker = "clang"
rustflags = ["-C", "link-arg=-fuse-ld=lld"]

[target.x86_64-apple-darwin]
rustflags = ["-C", "link-arg=-fuse-ld=/usr/local/bin/zld"]

[build]
jobs = 8
incremental = true

[profile.dev]
debug = 1
split-debuginfo = "unpacked"
''')

F(L, "ruff.toml", T, "numbered explanation after the code: from line 17 'Here's what each section does:' with a numbered list", r'''
line-length = 120
src = ["src", "tests"]

[lint]
select = ["ALL"]
ignore = ["D", "ANN101", "COM812", "ISC001"]

[lint.per-file-ignores]
"tests/**" = ["S101", "PLR2004"]

[lint.pydocstyle]
convention = "google"

[format]
quote-style = "single"

Here's what each section does:
1. `[lint]` enables every rule and then turns off docstring checks.
2. `[lint.per-file-ignores]` allows `assert` and magic numbers in tests.
3. `[format]` switches the formatter to single quotes.
''')

F(L, "edge/wrangler.toml", T, "prose as a TOML comment addressing the user: line 14 '# As you requested, the staging environment now has its own KV namespace.'", r'''
name = "link-shortener"
main = "src/worker.ts"
compatibility_date = "2024-04-15"

[[kv_namespaces]]
binding = "LINKS"
id = "6f1c2a9e7d4b4b1e9a3c5d7f8e9a0b1c"

[vars]
BASE_URL = "https://go.acme.io"

[env.staging]
name = "link-shortener-staging"
# As you requested, the staging environment now has its own KV namespace.
kv_namespaces = [
  { binding = "LINKS", id = "0a1b2c3d4e5f60718293a4b5c6d7e8f9" },
]
vars = { BASE_URL = "https://go.staging.acme.io" }
''')

F(L, "services/api/pyproject.toml", T, "prose between tables: line 16 'And the dev dependencies go in their own group:'", r'''
[tool.poetry]
name = "api"
version = "2.4.0"
description = "Public REST API"
authors = ["Backend Team <backend@acme.io>"]

[tool.poetry.dependencies]
python = "^3.12"
fastapi = "^0.111"
uvicorn = { extras = ["standard"], version = "^0.30" }
sqlmodel = "^0.0.18"
alembic = "^1.13"

And the dev dependencies go in their own group:

[tool.poetry.group.dev.dependencies]
pytest = "^8.2"
httpx = "^0.27"
mypy = "^1.10"

[build-system]
requires = ["poetry-core"]
build-backend = "poetry.core.masonry.api"
''')

F(L, "docs/book.toml", T, "prose after the code: line 18 'You can now run `mdbook serve --open` to preview the book locally.' (no final newline)", r'''
[book]
title = "Operator Guide"
authors = ["SRE"]
language = "en"
src = "src"

[output.html]
default-theme = "light"
preferred-dark-theme = "navy"
git-repository-url = "https://github.com/acme/operator-guide"

[output.html.fold]
enable = true
level = 1

[preprocessor.mermaid]
command = "mdbook-mermaid"

You can now run `mdbook serve --open` to preview the book locally.''')

F(L, "dotfiles/starship.toml", T, "prose as a TOML comment at the end: line 21 '# Hope this helps — feel free to tweak the symbols to your liking!'", r'''
add_newline = true
command_timeout = 800

[username]
show_always = false
format = "[$user]($style)@"

[hostname]
ssh_only = true
format = "[$hostname](bold yellow) "

[kubernetes]
disabled = false
format = '[⎈ $context(\($namespace\))](cyan) '

[cmd_duration]
min_time = 2_000
format = "took [$duration](bold yellow) "

# Hope this helps — feel free to tweak the symbols to your liking!
''')

F(L, ".taplo.toml", T, "prose before the code: line 1 'Certainly. Below is a minimal Taplo configuration that formats all TOML files in the repo.'", r'''
Certainly. Below is a minimal Taplo configuration that formats all TOML files in the repo.

include = ["**/*.toml"]
exclude = ["target/**", "node_modules/**"]

[formatting]
align_entries = false
array_trailing_comma = true
array_auto_expand = true
column_width = 100
indent_string = "    "
reorder_keys = false

[[rule]]
include = ["**/Cargo.toml"]
keys = ["dependencies", "dev-dependencies", "workspace.dependencies"]

[rule.formatting]
reorder_keys = true
''')

F(L, "deny.toml", T, "markdown explanation after the code: from line 23 '### Explanation' with bullets", r'''
[graph]
all-features = true

[advisories]
version = 2
yanked = "deny"
ignore = []

[licenses]
version = 2
allow = ["MIT", "Apache-2.0", "BSD-3-Clause", "ISC", "Unicode-DFS-2016"]
confidence-threshold = 0.9

[bans]
multiple-versions = "warn"
wildcards = "deny"
deny = [{ name = "openssl-sys" }]

[sources]
unknown-registry = "deny"
unknown-git = "deny"

### Explanation
- `[advisories]` fails the build on yanked crates.
- `[licenses]` only allows permissive licenses.
- `[bans]` blocks `openssl-sys` so everything uses rustls.
''')

F(L, "config/production.toml", T, "prose as a TOML comment addressing the user: line 9 '# I've bumped the pool size as discussed; you may also need to raise max_connections on the database side.'", r'''
[server]
bind = "0.0.0.0:8080"
workers = 8
graceful_shutdown_secs = 20

[database]
url_env = "DATABASE_URL"
# I've bumped the pool size as discussed; you may also need to raise max_connections on the database side.
pool_size = 40
statement_timeout_ms = 5000

[cache]
backend = "redis"
url_env = "REDIS_URL"
default_ttl_secs = 300

[rate_limit]
enabled = true
requests_per_minute = 600
burst = 100
''')

F(L, "workspace/Cargo.toml", T, "prose between tables: line 14 'Then, in each member crate, inherit the shared settings like this:' followed by a member crate's tables", r'''
[workspace]
resolver = "2"
members = ["crates/*"]

[workspace.package]
edition = "2021"
license = "MIT"
rust-version = "1.75"

[workspace.dependencies]
serde = { version = "1", features = ["derive"] }
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }

Then, in each member crate, inherit the shared settings like this:

[package]
name = "api"
version = "0.1.0"
edition.workspace = true
license.workspace = true

[dependencies]
serde.workspace = true
tokio.workspace = true
''')

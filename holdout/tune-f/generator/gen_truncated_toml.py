from common import F
L = "truncated"
T = "toml"

F(L, "pyproject.toml", T, "cut at a line end inside the still-open dependencies array (after '\"httpx>=0.27\",')", r'''
[build-system]
requires = ["setuptools>=69", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "pricing-engine"
version = "1.1.0"
description = "Computes quotes for the checkout"
requires-python = ">=3.11"
dependencies = [
    "pydantic>=2.7",
    "httpx>=0.27",
''')

F(L, "crates/http/Cargo.toml", T, "cut mid-string inside an inline table: 'features = [\"der'", r'''
[package]
name = "acme-http"
version = "0.7.0"
edition = "2021"

[dependencies]
hyper = { version = "1", features = ["http1", "server"] }
hyper-util = { version = "0.1", features = ["tokio"] }
tokio = { version = "1", features = ["net", "rt"] }
serde = { version = "1", features = ["der''')

F(L, "site/netlify.toml", T, "cut mid table header '[[redir'", r'''
[build]
  command = "hugo --gc --minify"
  publish = "public"

[build.environment]
  HUGO_VERSION = "0.125.4"

[context.production.environment]
  HUGO_ENV = "production"

[[redir''')

F(L, "blog/config.toml", T, "cut right after 'title = ' with no value", r'''
baseURL = "https://acme.dev/"
languageCode = "en"
defaultContentLanguage = "en"
theme = "ananke"

[params]
  description = "Engineering notes from Acme"
  twitter = "acmedev"

[[menu.main]]
  name = "Archive"
  url = "/archive/"
  weight = 5

[[menu.main]]
  title = ''')

F(L, ".cargo/config.toml", T, "cut mid-string in an open array: '\"target-cpu=nat'", r'''
[build]
target-dir = "target"

[alias]
t = "test --workspace"
c = "clippy --workspace --all-targets"

[target.x86_64-unknown-linux-gnu]
linker = "clang"
rustflags = ["-C", "target-cpu=nat''')

F(L, "tools/exporter/Cargo.toml", T, "cut at a line end: the last table is a bare '[[bin]]' header with no name/path (syntactically valid prefix, visibly unfinished)", r'''
[package]
name = "exporter"
version = "0.1.0"
edition = "2021"
publish = false

[dependencies]
prometheus = "0.13"
tokio = { version = "1", features = ["full"] }
tracing = "0.1"

[[bin]]
name = "exporter"
path = "src/main.rs"

[[bin]]
''')

F(L, "fly.toml", T, "cut mid-string in release_command: '\"bin/rails db:migr'", r'''
app = "acme-store"
primary_region = "cdg"

[build]
  dockerfile = "Dockerfile.production"

[env]
  RAILS_ENV = "production"
  RAILS_LOG_TO_STDOUT = "1"

[deploy]
  release_command = "bin/rails db:migr''')

F(L, "edge/wrangler.toml", T, "cut mid-key 'compatibility_da' in the env table", r'''
name = "geo-redirect"
main = "src/index.ts"
compatibility_date = "2024-05-20"

[vars]
DEFAULT_REGION = "eu"

[[kv_namespaces]]
binding = "RULES"
id = "9b1f4c0d2e3a4f5b8c7d6e5f4a3b2c1d"

[env.production]
name = "geo-redirect-prod"
compatibility_da''')

F(L, "handbook/book.toml", T, "cut at a line end inside a multi-line basic string that is never closed (description = \"\"\" ...)", r'''
[book]
title = "Onboarding Handbook"
authors = ["People Ops"]
language = "en"
src = "src"

[build]
build-dir = "book"

[output.html]
site-url = "/handbook/"
description = """
Everything a new engineer needs in their first two weeks:
accounts, laptops, on-call basics and who to ask.
''')

F(L, "dotfiles/starship.toml", T, "cut mid-string: 'style = \"bold gr'", r'''
format = "$all"
right_format = "$time"

[time]
disabled = false
format = "[$time]($style) "
time_format = "%H:%M"

[git_status]
ahead = "⇡${count}"
behind = "⇣${count}"
style = "bold gr''')

F(L, "config/production.toml", T, "cut at a line end right after 'max_connections =' with no value", r'''
[server]
bind = "0.0.0.0:9000"
workers = 16

[tls]
cert = "/etc/acme/tls/server.crt"
key = "/etc/acme/tls/server.key"

[database]
url_env = "DATABASE_URL"
min_connections = 4
max_connections =
''')

F(L, "deny.toml", T, "cut mid-string inside the open licenses allow array: '\"BSD-3-Cl'", r'''
[advisories]
version = 2
ignore = []

[bans]
multiple-versions = "warn"

[licenses]
version = 2
allow = [
    "MIT",
    "Apache-2.0",
    "BSD-3-Cl''')

F(L, "services/etl/pyproject.toml", T, "cut inside an unterminated string: 'addopts = \"-ra --strict-markers'", r'''
[project]
name = "etl"
version = "0.4.2"
requires-python = ">=3.12"
dependencies = ["polars>=0.20", "duckdb>=0.10", "pyarrow>=15"]

[tool.ruff]
line-length = 110

[tool.pytest.ini_options]
testpaths = ["tests"]
addopts = "-ra --strict-markers''')

F(L, "crates/render/Cargo.toml", T, "cut at a line end after 'default = [' (array never closed)", r'''
[package]
name = "render"
version = "0.2.0"
edition = "2021"

[dependencies]
image = { version = "0.25", default-features = false, features = ["png"] }
fontdue = "0.8"
rayon = { version = "1.10", optional = true }

[features]
parallel = ["dep:rayon"]
default = [
''')

F(L, "dotfiles/alacritty.toml", T, "cut inside an inline table after 'y = '", r'''
[general]
live_config_reload = true

[font]
size = 12.5
normal = { family = "Iosevka Term" }

[scrolling]
history = 20000
multiplier = 3

[window]
dynamic_title = true
padding = { x = 8, y = ''')

F(L, "_typos.toml", T, "cut mid-string in the last word mapping: 'behaviour = \"beha'", r'''
[files]
extend-exclude = ["*.svg", "vendor/**", "CHANGELOG.md"]

[default]
locale = "en-gb"

[default.extend-identifiers]
AttributeID = "AttributeID"

[default.extend-words]
# British spellings used throughout the docs
colour = "colour"
behaviour = "beha''')

from bases import ph

ph("cargo_dependencies_tail.toml", r'''
[package]
name = "ingest"
version = "0.6.0"
edition = "2021"
rust-version = "1.75"
license = "MIT OR Apache-2.0"

[dependencies]
anyhow = "1"
clap = { version = "4.5", features = ["derive", "env"] }
serde = { version = "1", features = ["derive"] }
serde_json = "1"
tokio = { version = "1.38", features = ["rt-multi-thread", "macros", "signal"] }
tracing = "0.1"
# ... other dependencies unchanged

[dev-dependencies]
assert_cmd = "2"
tempfile = "3"
''')

ph("cargo_features_table_existing.toml", r'''
[package]
name = "geom"
version = "0.3.1"
edition = "2021"
description = "Small 2D geometry primitives"
repository = "https://github.com/example/geom"

[lib]
name = "geom"
path = "src/lib.rs"

[features]
# existing features

[dependencies]
serde = { version = "1", features = ["derive"], optional = true }
approx = { version = "0.5", optional = true }
rayon = { version = "1.10", optional = true }

[dev-dependencies]
proptest = "1.5"
''')

ph("pyproject_ruff_select_inline.toml", r'''
[project]
name = "ledgerkit"
version = "0.9.0"
requires-python = ">=3.10"

[tool.ruff]
line-length = 100
target-version = "py310"
src = ["src", "tests"]

[tool.ruff.lint]
select = [
    "E",
    "F",
    "I",
    "B",
    "UP", # ...
]
ignore = ["E501"]

[tool.ruff.lint.per-file-ignores]
"tests/**" = ["S101"]
''')

ph("pyproject_deps_bare_ellipsis.toml", r'''
[build-system]
requires = ["hatchling>=1.24"]
build-backend = "hatchling.build"

[project]
name = "weatherbot"
version = "1.2.0"
description = "Slack bot that posts daily forecasts"
readme = "README.md"
requires-python = ">=3.11"
dependencies = [
    "httpx>=0.27",
    "pydantic>=2.7",
    "slack-bolt>=1.19",
]
...

[project.scripts]
weatherbot = "weatherbot.__main__:main"
''', parses=False)

ph("cargo_workspace_members_remaining_crates.toml", r'''
[workspace]
resolver = "2"
members = [
    "crates/core",
    "crates/cli",
    # same for the remaining crates
]

[workspace.package]
edition = "2021"
license = "MIT"
rust-version = "1.78"

[workspace.dependencies]
anyhow = "1.0"
thiserror = "1.0"
serde = { version = "1.0", features = ["derive"] }
tokio = { version = "1", features = ["full"] }
''')

ph("pyproject_scripts_as_before.toml", r'''
[tool.poetry]
name = "invoicer"
version = "0.4.2"
description = "Generate and email PDF invoices"
authors = ["Dana Kim <dana@example.com>"]
packages = [{ include = "invoicer", from = "src" }]

[tool.poetry.dependencies]
python = "^3.11"
jinja2 = "^3.1"
weasyprint = "^62.3"
typer = "^0.12"

[tool.poetry.scripts]
# as before

[build-system]
requires = ["poetry-core>=1.8"]
build-backend = "poetry.core.masonry.api"
''')

ph("rustfmt_other_options_elided.toml", r'''
# rustfmt.toml
edition = "2021"
max_width = 100
hard_tabs = false
tab_spaces = 4
newline_style = "Unix"
use_field_init_shorthand = true
use_try_shorthand = true
# (other options elided)
reorder_imports = true
reorder_modules = true
match_block_trailing_comma = true
fn_params_layout = "Tall"

# Generated files are excluded in .rustfmt-ignore, not here.
''')

ph("netlify_redirects_repeat.toml", r'''
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"

[[redirects]]
  from = "/api/*"
  to = "/.netlify/functions/:splat"
  status = 200

[[redirects]]
  from = "/old-blog/*"
  to = "/blog/:splat"
  status = 301

# Repeat for the other redirects

[[headers]]
  for = "/assets/*"
  [headers.values]
    Cache-Control = "public, max-age=31536000, immutable"
''')

ph("cargo_profile_release_keep_as_is.toml", r'''
[package]
name = "tiles"
version = "1.0.0"
edition = "2021"

[dependencies]
image = { version = "0.25", default-features = false, features = ["png", "webp"] }
rayon = "1.10"

[profile.dev]
opt-level = 1

[profile.dev.package."*"]
opt-level = 3

[profile.release]
# keep as-is

[profile.bench]
debug = true
''')

ph("pyproject_pytest_ini_your_existing.toml", r'''
[project]
name = "scheduler"
version = "2.1.0"
requires-python = ">=3.9"
dependencies = ["croniter>=2", "redis>=5"]

[project.optional-dependencies]
test = ["pytest>=8", "pytest-asyncio>=0.23", "fakeredis>=2.23"]

[tool.pytest.ini_options]
minversion = "8.0"
testpaths = ["tests"]
# ... your existing pytest options

[tool.coverage.run]
branch = true
source = ["scheduler"]
''')

ph("poetry_dev_deps_ellipsis_key.toml", r'''
[tool.poetry]
name = "scrapekit"
version = "0.2.0"
description = ""
authors = ["Team Data <data@example.com>"]

[tool.poetry.dependencies]
python = "^3.12"
httpx = "^0.27"
selectolax = "^0.3"

[tool.poetry.group.dev.dependencies]
pytest = "^8.2"
mypy = "^1.10"
... = "..."

[build-system]
requires = ["poetry-core"]
build-backend = "poetry.core.masonry.api"
''', parses=False)

ph("cargo_bin_targets_unchanged.toml", r'''
[package]
name = "devtools"
version = "0.1.0"
edition = "2021"
publish = false
default-run = "dt"

[[bin]]
name = "dt"
path = "src/main.rs"

# [[bin]] targets unchanged

[dependencies]
clap = { version = "4", features = ["derive"] }
walkdir = "2"
globset = "0.4"
''')

ph("mypy_overrides_more.toml", r'''
[tool.mypy]
python_version = "3.11"
strict = true
warn_unreachable = true
plugins = ["pydantic.mypy"]

[[tool.mypy.overrides]]
module = ["boto3.*", "botocore.*"]
ignore_missing_imports = true

[[tool.mypy.overrides]]
module = "tests.*"
disallow_untyped_defs = false
# … more overrides

[tool.pydantic-mypy]
init_forbid_extra = true
init_typed = true
''')

ph("app_config_value_ellipsis.toml", r'''
# config/production.toml
[server]
host = "0.0.0.0"
port = 8080
workers = 4

[database]
url = ...
max_connections = 20
statement_timeout_ms = 5000

[cache]
backend = "redis"
ttl_seconds = 300

[logging]
level = "info"
format = "json"
''', parses=False)

ph("pyproject_black_no_changes.toml", r'''
[build-system]
requires = ["setuptools>=69", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "geocode-cache"
version = "0.5.0"
requires-python = ">=3.9"
dependencies = ["requests>=2.31", "diskcache>=5.6"]

[tool.setuptools.packages.find]
where = ["src"]

[tool.black]
# no changes here

[tool.isort]
profile = "black"
known_first_party = ["geocode_cache"]
''')

ph("cargo_lints_clippy_remaining.toml", r'''
[package]
name = "ledger"
version = "0.8.0"
edition = "2021"

[dependencies]
rust_decimal = { version = "1.35", features = ["serde"] }
chrono = { version = "0.4", default-features = false, features = ["clock", "serde"] }

[lints.rust]
unsafe_code = "forbid"
missing_docs = "warn"

[lints.clippy]
unwrap_used = "deny"
expect_used = "warn"
# remaining lints as before
''')

ph("pyproject_hatch_envs_same_pattern.toml", r'''
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "pdfsplit"
dynamic = ["version"]
dependencies = ["pypdf>=4.2"]

[tool.hatch.version]
path = "src/pdfsplit/__about__.py"

[tool.hatch.envs.default]
dependencies = ["pytest", "pytest-cov"]

[tool.hatch.envs.default.scripts]
test = "pytest {args:tests}"
cov = "pytest --cov=pdfsplit {args:tests}"

# other environments: same pattern
''')

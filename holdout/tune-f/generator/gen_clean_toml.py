from common import F
L = "clean"
T = "toml"

F(L, "pyproject.toml", T, "valid pyproject: multi-line basic string with prose ('Here is...', 'Let me know'), comments with 'TODO' and 'rest of ... unchanged'", r'''
[project]
name = "notebook-tools"
version = "0.5.0"
description = "Helpers for cleaning and diffing Jupyter notebooks"
requires-python = ">=3.9"  # TODO: drop 3.9 once the lab image moves on
dependencies = [
    "nbformat>=5.9",
    "rich>=13",
    # the rest of the stack is optional, see the extras below
]

[project.optional-dependencies]
diff = ["nbdime>=4"]

[tool.notebook-tools]
banner = """
Here is a quick summary of what changed in your notebooks.
Outputs are stripped; metadata is left unchanged.
Let me know-style feedback goes to #data-tools on Slack.
"""

[tool.ruff]
line-length = 100
# Rules: as before, plus bugbear.
lint.select = ["E", "F", "B"]
''')

F(L, "Cargo.toml", T, "valid Cargo manifest: comments with 'Note:', '...', 'unchanged'; description string ending in 'etc.'", r'''
[package]
name = "tinyfeed"
version = "1.4.2"
edition = "2021"
description = "Fetch, merge and filter RSS/Atom feeds, render to HTML, JSON, etc."
license = "MIT"
keywords = ["rss", "atom", "feeds"]

# Note: keep these in sync with the MSRV job in CI.
rust-version = "1.74"

[dependencies]
feed-rs = "1.5"
reqwest = { version = "0.12", default-features = false, features = ["rustls-tls"] }
# ... plus tokio for the async runtime:
tokio = { version = "1", features = ["rt", "macros"] }

[features]
default = []
# Behaviour is unchanged without this; it only adds `--serve`.
serve = []

[profile.release]
lto = true
''')

F(L, "blog/hugo.toml", T, "valid Hugo config: multi-line basic string containing chat-like prose ('Hi, I'm ...', 'Let me know'); '...' inside strings", r'''
baseURL = "https://ines.example.net/"
languageCode = "en"
title = "Ines writes code..."
theme = "hugo-coder"

[params]
  author = "Ines Duarte"
  description = "Notes, talks and the occasional rant"
  intro = """
Hi, I'm Ines. Here is where I write about compilers, tooling and
the weird corners of Unicode. Let me know if something is wrong:
my inbox is open, and corrections are always welcome.
"""

[[params.social]]
  name = "GitHub"
  icon = "fa-brands fa-github"
  url = "https://github.com/ines"

[markup.goldmark.renderer]
  unsafe = true
''')

F(L, "site/netlify.toml", T, "valid Netlify config: comments with 'as before', 'rest of', 'TODO'; command with '&&'", r'''
# Build settings as before; only the preview context changed.
[build]
  command = "npm run build && npm run sitemap"
  publish = "dist"

[context.deploy-preview]
  command = "npm run build -- --base-url=$DEPLOY_PRIME_URL"

# TODO: move these to _headers once the rest of the site is static.
[[headers]]
  for = "/*"
  [headers.values]
    X-Content-Type-Options = "nosniff"
    Referrer-Policy = "same-origin"

[[redirects]]
  from = "/old-blog/*"
  to = "/blog/:splat"
  status = 301
''')

F(L, ".cargo/config.toml", T, "valid Cargo config: alias strings containing '--' and '...' style args; comments 'unchanged', 'etc.'", r'''
# Aliases (build settings are unchanged from the defaults)
[alias]
xtask = "run --package xtask --"
lint = "clippy --workspace --all-targets --all-features -- -D warnings"
cov = ["llvm-cov", "--workspace", "--html"]
docs = "doc --no-deps --open"

[env]
# Paths for fixtures, snapshots, etc.
FIXTURES_DIR = { value = "tests/fixtures", relative = true }
INSTA_UPDATE = "no"

[term]
progress.when = "auto"
verbose = false
''')

F(L, "ruff.toml", T, "valid Ruff config: comments containing 'etc.', '...', 'as before'; no final newline", r'''
target-version = "py311"
line-length = 88

[lint]
# Errors, pyflakes, imports, pyupgrade, etc.
select = ["E", "F", "I", "UP", "RUF"]
# E731 (lambda assignment) is allowed as before.
ignore = ["E731"]

[lint.per-file-ignores]
"__init__.py" = ["F401"]
"scripts/*.py" = ["T201"]  # print() is fine in scripts...

[format]
quote-style = "double"
line-ending = "lf"''')

F(L, "_typos.toml", T, "valid typos config: word list containing 'unchanged'/'etc' style tokens and a comment 'rest of the list lives in the wiki'", r'''
# Spell-check settings. The rest of the allow-list lives in the wiki;
# only words that show up in code are kept here.
[files]
extend-exclude = ["*.lock", "fixtures/**"]

[default.extend-words]
# "unchanged" and "etc" are real words; these are project jargon:
ser = "ser"
nd = "nd"
hashi = "hashi"

[type.md.extend-words]
teh = "teh"  # quoted in the typography guide on purpose
''')

F(L, "config/assistant.toml", T, "valid TOML config for a chat feature: multi-line strings with assistant-style prose ('Sure! Here's...', 'Let me know if you need anything else!', 'Note:'), literal string", r'''
[assistant]
model = "small-v3"
temperature = 0.2
max_tokens = 800

[assistant.prompts]
system = """
You are the help-desk assistant for Acme Cloud.
Answer briefly. Note: never reveal internal hostnames.
"""
greeting = "Sure! Here's how I can help: billing, accounts and deployments."
closing = "Let me know if you need anything else!"
handoff = 'Connecting you to a human agent... (average wait: 3 min)'

[assistant.limits]
messages_per_hour = 40
cooldown_seconds = 30
''')

from common import f
D = 'clean'

f(D, 'pyproject.toml', 'toml', 'clean pyproject with inline tables, multi-line string, # TODO comment', r'''
[build-system]
requires = ["setuptools>=69", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "tidewatch"
version = "0.3.0"
description = "Tide predictions from harmonic constituents"
readme = { file = "README.md", content-type = "text/markdown" }
license = { text = "BSD-3-Clause" }
authors = [{ name = "Jo Park", email = "jo@example.org" }]
requires-python = ">=3.10"
dependencies = ["numpy>=1.26", "httpx>=0.27"]

[project.scripts]
tidewatch = "tidewatch.cli:main"

[tool.pytest.ini_options]
addopts = "-q --strict-markers"
markers = ["slow: hits the network..."]

[tool.tidewatch]
# TODO: make the station list configurable per user
banner = """
Tidewatch - predictions are approximate.
Note: do not use for navigation.
"""
''')

f(D, 'Cargo.toml', 'toml', 'clean Cargo manifest with inline tables, features, workspace deps', r'''
[package]
name = "quarry"
version = "0.11.0"
edition = "2021"
rust-version = "1.75"
description = "Incremental file indexer"
license = "MIT OR Apache-2.0"

[features]
default = ["watch"]
watch = ["dep:notify"]

[dependencies]
anyhow = "1"
serde = { version = "1", features = ["derive"] }
notify = { version = "6", optional = true }
rusqlite = { version = "0.31", features = ["bundled"] }

[dev-dependencies]
tempfile = "3"

[profile.release]
lto = "thin"
strip = true
''')

f(D, 'netlify.toml', 'toml', 'clean Netlify config with array of tables and a # Note: comment', r'''
[build]
command = "npm run build"
publish = "dist"

[build.environment]
NODE_VERSION = "20"

# Note: order matters; the first matching redirect wins.
[[redirects]]
from = "/api/*"
to = "/.netlify/functions/:splat"
status = 200

[[redirects]]
from = "/*"
to = "/index.html"
status = 200

[[headers]]
for = "/assets/*"
[headers.values]
Cache-Control = "public, max-age=31536000, immutable"
''')

f(D, 'hugo.toml', 'toml', 'clean Hugo config with literal multi-line string and "..." in text', r"""
baseURL = "https://notes.example.net/"
languageCode = "en-us"
title = "Loose Ends"
theme = "ananke"

[params]
author = "R. Okafor"
description = "Short notes... mostly about compilers."
footer = '''
Written by hand. Opinions are my own.
Note: older posts may link to dead pages.
'''

[[menu.main]]
name = "Posts"
url = "/posts/"
weight = 1

[[menu.main]]
name = "About"
url = "/about/"
weight = 2
""")

f(D, 'ruff.toml', 'toml', 'clean ruff config with comments "# Note:" and per-file-ignores inline table', r'''
line-length = 100
target-version = "py311"
extend-exclude = ["migrations", "vendor"]

[lint]
select = ["E", "F", "I", "B", "UP", "SIM"]
# Note: E501 is handled by the formatter.
ignore = ["E501"]

[lint.per-file-ignores]
"tests/**" = ["S101"]
"__init__.py" = ["F401"]

[lint.isort]
known-first-party = ["tidewatch"]

[format]
quote-style = "double"
docstring-code-format = true
''')

f(D, 'starship.toml', 'toml', 'clean Starship config; look-alikes: "…/" truncation symbol and "..." in format strings', r'''
add_newline = false
format = "$directory$git_branch$git_status$character"

[directory]
truncation_length = 3
truncation_symbol = "…/"
read_only = " ro"

[git_branch]
format = "[$symbol$branch(:$remote_branch)]($style) "
truncation_length = 24
truncation_symbol = "..."

[git_status]
ahead = "⇡${count}"
behind = "⇣${count}"

[character]
success_symbol = "[>](bold green)"
error_symbol = "[>](bold red)"
''')

f(D, 'package.json', 'json', 'clean package.json; look-alike: script echoing "Loading..." and "Note:"', r'''
{
  "name": "@acme/status-page",
  "version": "1.0.4",
  "private": true,
  "type": "module",
  "scripts": {
    "predev": "echo \"Loading... (first run downloads fixtures)\"",
    "dev": "vite",
    "build": "vite build",
    "postbuild": "echo \"Note: upload dist/ to the CDN bucket\"",
    "test": "vitest run"
  },
  "dependencies": {
    "preact": "^10.24.0"
  },
  "devDependencies": {
    "vite": "^5.4.8",
    "vitest": "^2.1.2"
  }
}
''')

f(D, 'tsconfig.json', 'json', 'clean strict JSON tsconfig (no comments)', r'''
{
  "compilerOptions": {
    "target": "ES2022",
    "module": "ESNext",
    "moduleResolution": "Bundler",
    "jsx": "react-jsx",
    "strict": true,
    "noUncheckedIndexedAccess": true,
    "isolatedModules": true,
    "skipLibCheck": true,
    "baseUrl": ".",
    "paths": {
      "@/*": ["src/*"]
    }
  },
  "include": ["src", "vite-env.d.ts"],
  "exclude": ["dist", "node_modules"]
}
''')

f(D, 'openapi.json', 'json', 'clean OpenAPI JSON with long description strings containing "Note:" and "..."', r'''
{
  "openapi": "3.0.3",
  "info": {
    "title": "Exports API",
    "version": "2.0.0",
    "description": "Creates asynchronous exports of account data. An export starts in the `queued` state, moves to `running`, and ends as `done` or `failed`. Note: exports larger than 2 GB are split into parts, listed in the `parts` array of the finished export."
  },
  "paths": {
    "/exports": {
      "post": {
        "summary": "Start an export",
        "description": "Returns immediately with the export id; poll GET /exports/{id} until the status is no longer `queued` or `running`... polling more than once a second is rate limited.",
        "responses": {
          "202": { "description": "Accepted" },
          "429": { "description": "Too many requests" }
        }
      }
    }
  }
}
''')

f(D, 'composer.json', 'json', 'clean composer.json with autoload and scripts', r'''
{
  "name": "acme/mailer-bridge",
  "description": "Relays transactional mail from the legacy app to the new provider",
  "type": "project",
  "license": "proprietary",
  "require": {
    "php": "^8.2",
    "symfony/mailer": "^7.1",
    "monolog/monolog": "^3.7"
  },
  "require-dev": {
    "phpunit/phpunit": "^11.3"
  },
  "autoload": {
    "psr-4": { "Acme\\MailerBridge\\": "src/" }
  },
  "scripts": {
    "test": "phpunit --testdox"
  }
}
''')

f(D, 'settings.schema.json', 'json', 'clean JSON Schema with description prose ("Note: ...", "e.g. ...", "TODO" inside a string)', r'''
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://acme.dev/schemas/settings.json",
  "title": "Workspace settings",
  "type": "object",
  "required": ["name"],
  "properties": {
    "name": {
      "type": "string",
      "description": "Display name of the workspace, e.g. \"Design team\"."
    },
    "retentionDays": {
      "type": "integer",
      "minimum": 1,
      "default": 30,
      "description": "How long deleted items are kept. Note: values above 365 require an enterprise plan."
    },
    "labels": {
      "type": "array",
      "items": { "type": "string" },
      "description": "Free-form labels such as \"TODO\", \"blocked\" or \"needs review\"."
    }
  },
  "additionalProperties": false
}
''')

f(D, 'en.json', 'json', 'clean locale file with strings "Loading...", "Here is your summary:", "…"; no final newline', r'''
{
  "common": {
    "loading": "Loading...",
    "retry": "Try again",
    "more": "Show more…"
  },
  "report": {
    "title": "Weekly report",
    "intro": "Here is your summary:",
    "empty": "Nothing to report this week. Let us know if something looks wrong.",
    "note": "Note: figures are updated every hour."
  },
  "errors": {
    "network": "We couldn't reach the server. Check your connection and try again."
  }
}''', nl=False)

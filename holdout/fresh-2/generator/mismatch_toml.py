from common import add

L = "language-mismatch"
REJ = "reject"

add(L, "pyproject.toml", "toml",
    "content is a Python setuptools setup.py",
    expect=REJ, body=r'''from pathlib import Path

from setuptools import find_packages, setup

here = Path(__file__).parent
long_description = (here / "README.md").read_text(encoding="utf-8")

setup(
    name="acme-tools",
    version="0.6.1",
    description="Internal helpers for the Acme data platform",
    long_description=long_description,
    long_description_content_type="text/markdown",
    packages=find_packages(where="src"),
    package_dir={"": "src"},
    python_requires=">=3.10",
    install_requires=["requests>=2.31", "pydantic>=2"],
    entry_points={"console_scripts": ["acme=acme_tools.cli:main"]},
)
''')

add(L, "Cargo.toml", "toml",
    "content is Rust source (main.rs with clap); cut off mid-line without final newline",
    expect=REJ, body=r'''use clap::Parser;
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(version, about = "Count lines in files")]
struct Args {
    /// Files to read
    paths: Vec<PathBuf>,

    /// Skip blank lines
    #[arg(long)]
    skip_blank: bool,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let mut total = 0usize;
    for path in &args.paths {
        let text = std::fs::read_to_string(path)?;
        let n = text
            .lines()
            .filter(|l| !args.skip_blank || !l.trim().is_empty())
            .count();
        println!("{n:>8} {}", path.display());
        total += n;
    }
    println!("{total:>8} tot''')

add(L, "config.toml", "toml",
    "content is YAML (application config)",
    expect=REJ, body=r'''server:
  host: 0.0.0.0
  port: 8080
  read_timeout: 15s

database:
  url: postgres://app@localhost:5432/app
  max_open_conns: 20

cache:
  driver: redis
  addr: localhost:6379
  ttl: 10m

log:
  level: info
  format: json
''')

add(L, "settings.toml", "toml",
    "content is JSON (settings object)",
    expect=REJ, body=r'''{
  "theme": "dark",
  "editor": {
    "fontSize": 14,
    "tabSize": 2,
    "wordWrap": true
  },
  "telemetry": false,
  "recentProjects": [
    "/home/dev/src/api",
    "/home/dev/src/web"
  ]
}
''')

add(L, ".cargo/config.toml", "toml",
    "content is a bash cross-compilation script",
    expect=REJ, body=r'''#!/usr/bin/env bash
set -euo pipefail

TARGETS=(x86_64-unknown-linux-musl aarch64-unknown-linux-musl)

for target in "${TARGETS[@]}"; do
  rustup target add "$target"
  cargo build --release --target "$target"
  mkdir -p dist
  cp "target/$target/release/mytool" "dist/mytool-$target"
done

(cd dist && sha256sum mytool-* > SHA256SUMS)
''')

add(L, "netlify.toml", "toml",
    "content is a JavaScript Netlify serverless function",
    expect=REJ, body=r'''export default async (request, context) => {
  const url = new URL(request.url);
  const name = url.searchParams.get('name') ?? 'world';

  if (request.method !== 'GET') {
    return new Response('Method Not Allowed', { status: 405 });
  }

  return Response.json({
    greeting: `Hello, ${name}!`,
    country: context.geo?.country?.name ?? 'unknown',
  });
};

export const config = { path: '/api/hello' };
''')

add(L, "app/config.toml", "toml",
    "content is an INI / setup.cfg file with unquoted values",
    expect=REJ, body=r'''[metadata]
name = acme-etl
version = attr: acme_etl.__version__
description = Nightly ETL jobs
license = MIT

[options]
packages = find:
python_requires = >=3.9
install_requires =
    sqlalchemy>=2.0
    boto3

[flake8]
max-line-length = 100
exclude = .git,__pycache__,build
''')

add(L, "rustfmt.toml", "toml",
    "content is a Makefile for a Rust project",
    expect=REJ, body=r'''CARGO ?= cargo

.PHONY: fmt lint test release

fmt:
	$(CARGO) fmt --all

lint:
	$(CARGO) clippy --all-targets --all-features -- -D warnings

test:
	$(CARGO) test --workspace

release: lint test
	$(CARGO) build --release
''')

add(L, "hugo.toml", "toml",
    "content is a Hugo/Go HTML template; cut off mid-line without final newline",
    expect=REJ, body=r'''{{ define "main" }}
<article class="post">
  <header>
    <h1>{{ .Title }}</h1>
    <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "January 2, 2006" }}</time>
  </header>
  {{ .Content }}
  {{ with .Params.tags }}
  <ul class="tags">
    {{ range . }}
    <li><a href="{{ "/tags/" | relURL }}{{ . | urlize }}">{{ . }}</a></li>
    {{ end }}
  </ul>
  {{ end }}
</article>
<nav class="pager">
  {{ with .PrevInSection }}<a class="prev" href="{{ .RelPermalink }}">{{ .Ti''')

add(L, "fly.toml", "toml",
    "content is a Dockerfile for a Python app",
    expect=REJ, body=r'''FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY . .

EXPOSE 8080
CMD ["gunicorn", "--bind", "0.0.0.0:8080", "app:app"]
''')

add(L, "wrangler.toml", "toml",
    "content is a TypeScript Cloudflare Worker",
    expect=REJ, body=r'''export interface Env {
  CACHE: KVNamespace;
  API_ORIGIN: string;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    const cached = await env.CACHE.get(url.pathname);
    if (cached) {
      return new Response(cached, { headers: { 'x-cache': 'HIT' } });
    }

    const upstream = await fetch(env.API_ORIGIN + url.pathname);
    const body = await upstream.text();
    ctx.waitUntil(env.CACHE.put(url.pathname, body, { expirationTtl: 300 }));
    return new Response(body, { status: upstream.status, headers: { 'x-cache': 'MISS' } });
  },
};
''')

add(L, "stylua.toml", "toml",
    "content is a Lua Neovim plugin module",
    expect=REJ, body=r'''local M = {}

M.defaults = {
  width = 80,
  border = "rounded",
  keymaps = { close = "q" },
}

function M.setup(opts)
  M.config = vim.tbl_deep_extend("force", M.defaults, opts or {})
  vim.api.nvim_create_user_command("Scratch", function()
    M.open()
  end, {})
end

function M.open()
  local buf = vim.api.nvim_create_buf(false, true)
  local width = M.config.width
  vim.api.nvim_open_win(buf, true, {
    relative = "editor",
    width = width,
    height = 20,
    row = 3,
    col = math.floor((vim.o.columns - width) / 2),
    border = M.config.border,
  })
  vim.keymap.set("n", M.config.keymaps.close, "<cmd>close<cr>", { buffer = buf })
end

return M
''')

add(L, "gradle/libs.versions.toml", "toml",
    "content is a Kotlin Gradle build script (build.gradle.kts)",
    expect=REJ, body=r'''plugins {
    kotlin("jvm") version "1.9.24"
    application
}

group = "com.acme"
version = "1.4.0"

repositories {
    mavenCentral()
}

dependencies {
    implementation("io.ktor:ktor-server-netty:2.3.11")
    implementation("ch.qos.logback:logback-classic:1.5.6")
    testImplementation(kotlin("test"))
}

kotlin {
    jvmToolchain(21)
}

application {
    mainClass.set("com.acme.ApplicationKt")
}
''')

add(L, "devenv.toml", "toml",
    "content is a Nix expression (shell.nix)",
    expect=REJ, body=r'''{ pkgs ? import <nixpkgs> { } }:

pkgs.mkShell {
  name = "api-dev";

  buildInputs = with pkgs; [
    go_1_22
    gopls
    golangci-lint
    postgresql_16
    redis
  ];

  shellHook = ''
    export PGDATA=$PWD/.pgdata
    export DATABASE_URL=postgres://localhost/api_dev
    echo "dev shell ready"
  '';
}
''')

add(L, "starship.toml", "toml",
    "content is a PowerShell profile script",
    expect=REJ, body=r'''Import-Module posh-git
Import-Module PSReadLine

Set-PSReadLineOption -PredictionSource History -EditMode Windows
Set-PSReadLineKeyHandler -Key Tab -Function MenuComplete

function Set-LocationProjects { Set-Location "$HOME\src" }
Set-Alias -Name proj -Value Set-LocationProjects

$env:EDITOR = 'code --wait'

Invoke-Expression (&starship init powershell)
''')

add(L, "db/config.toml", "toml",
    "content is SQL (seed inserts); cut off mid-line without final newline",
    expect=REJ, body=r'''BEGIN;

INSERT INTO plans (code, name, monthly_price_cents) VALUES
  ('free', 'Free', 0),
  ('pro', 'Pro', 1900),
  ('team', 'Team', 4900);

INSERT INTO users (email, plan_code, created_at) VALUES
  ('ada@example.com', 'pro', now() - interval '30 days'),
  ('grace@example.com', 'team', now() - interval '12 days'),
  ('linus@example.com', 'free', now());

UPDATE users SET verified_at = created_at + interval '1 hour' WHERE plan_code <> 'free';

COMMIT;

SELECT plan_code, count(*) FROM users GROUP BY plan_code ORDER BY co''')

add(L, ".env.toml", "toml",
    "content is a dotenv file with unquoted values",
    expect=REJ, body=r'''NODE_ENV=development
PORT=3000
DATABASE_URL=postgres://app:app@localhost:5432/app_dev
REDIS_URL=redis://localhost:6379/0
JWT_SECRET=change-me-in-production
SMTP_HOST=localhost
SMTP_PORT=1025
LOG_LEVEL=debug
''')

add(L, "config/deps.toml", "toml",
    "content is an Elixir mix.exs project file; cut off mid-line without final newline",
    expect=REJ, body=r'''defmodule Chat.MixProject do
  use Mix.Project

  def project do
    [
      app: :chat,
      version: "0.3.0",
      elixir: "~> 1.16",
      start_permanent: Mix.env() == :prod,
      deps: deps()
    ]
  end

  def application do
    [
      mod: {Chat.Application, []},
      extra_applications: [:logger, :runtime_tools]
    ]
  end

  defp deps do
    [
      {:phoenix, "~> 1.7.12"},
      {:phoenix_pubsub, "~> 2.1"},
      {:jason, "~> 1.4"},
      {:ecto_sql, "~> 3.1''')

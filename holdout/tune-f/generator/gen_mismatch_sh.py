from common import F
L = "language-mismatch"

F(L, "install.sh", "shell (contains Python)", "Python installer script (imports, def, f-strings, __main__ guard) in a .sh file; also cut off: stops mid-call", r'''
#!/usr/bin/env python3
"""Install the CLI into ~/.local/bin."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

PREFIX = Path(os.environ.get("PREFIX", Path.home() / ".local"))


def check_python() -> None:
    if sys.version_info < (3, 10):
        sys.exit(f"Python 3.10+ required, found {sys.version.split()[0]}")


def install() -> None:
    venv = PREFIX / "share" / "acme" / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "pip"), "install", "acme-cli"], check=True)
    target = PREFIX / "bin" / "acme"
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        target.unlink()
    target.symlink_to(venv / "bin" / "acme")
    print(f"installed to {target}")


if __name__ == "__main__":
    check_python()
    install()
    shutil.which("acme") or print("add ~/.local/bin to your PATH", file=sys.std''')

F(L, "setup.sh", "shell (contains PowerShell)", "PowerShell setup script (param, [CmdletBinding()], cmdlets, foreach) in a .sh file; also cut off: stops mid-string", r'''
[CmdletBinding()]
param(
    [string]$InstallDir = "$env:LOCALAPPDATA\Acme",
    [switch]$Force
)

$ErrorActionPreference = 'Stop'

if ((Test-Path $InstallDir) -and -not $Force) {
    Write-Warning "$InstallDir already exists. Use -Force to overwrite."
    return
}

New-Item -ItemType Directory -Path $InstallDir -Force | Out-Null

$tools = @('git', 'node', 'docker')
foreach ($tool in $tools) {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) {
        winget install --id $tool --silent
    }
}

$profileLine = ". '$InstallDir\acme-profile.ps1'"
Add-Content -Path $PROFILE -Value $profileLine
Write-Host "Acme tools installed to $InstallD''')

F(L, "scripts/build.sh", "shell (contains JavaScript)", "Node.js build script (require, async function, template literals) in a .sh file", r'''
#!/usr/bin/env node
const { execSync } = require('node:child_process');
const fs = require('node:fs/promises');
const path = require('node:path');

const dist = path.join(__dirname, '..', 'dist');

async function main() {
  await fs.rm(dist, { recursive: true, force: true });
  execSync('tsc -p tsconfig.build.json', { stdio: 'inherit' });
  const pkg = JSON.parse(await fs.readFile('package.json', 'utf8'));
  delete pkg.devDependencies;
  delete pkg.scripts;
  await fs.writeFile(path.join(dist, 'package.json'), JSON.stringify(pkg, null, 2));
  console.log(`built ${pkg.name}@${pkg.version}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
''')

F(L, "deploy.sh", "shell (contains Makefile)", "Makefile (.PHONY, targets with prerequisites, tab recipes, $(VAR)) in a .sh file", r'''
REGISTRY ?= registry.acme.io
IMAGE    := $(REGISTRY)/shop/web
TAG      ?= $(shell git rev-parse --short HEAD)
KUBECTL  := kubectl --context prod

.PHONY: deploy image push rollout

deploy: push rollout

image:
	docker build -t $(IMAGE):$(TAG) .

push: image
	docker push $(IMAGE):$(TAG)

rollout:
	$(KUBECTL) set image deployment/web web=$(IMAGE):$(TAG)
	$(KUBECTL) rollout status deployment/web --timeout=5m
''')

F(L, "docker-build.sh", "shell (contains Dockerfile)", "Dockerfile (FROM, ARG, RUN, COPY, ENTRYPOINT) in a .sh file", r'''
FROM golang:1.22-bookworm AS build
ARG VERSION=dev
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -ldflags "-s -w -X main.version=${VERSION}" -o /out/relay ./cmd/relay

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/relay /usr/local/bin/relay
EXPOSE 8443
USER nonroot:nonroot
ENTRYPOINT ["/usr/local/bin/relay"]
CMD ["--config", "/etc/relay/config.yaml"]
''')

F(L, "ci.sh", "shell (contains YAML)", "GitHub Actions workflow YAML in a .sh file", r'''
name: test

on:
  pull_request:
  push:
    branches: [main]

jobs:
  test:
    runs-on: ubuntu-latest
    services:
      redis:
        image: redis:7
        ports: ["6379:6379"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version: "1.22"
      - run: go test -race ./...
''')

F(L, "bootstrap.sh", "shell (contains Ruby)", "Ruby bootstrap script (require, def/end, blocks, string interpolation) in a .sh file", r'''
#!/usr/bin/env ruby
require "fileutils"

APP_ROOT = File.expand_path("..", __dir__)

def system!(*args)
  system(*args, exception: true)
end

FileUtils.chdir APP_ROOT do
  puts "== Installing dependencies =="
  system! "gem install bundler --conservative"
  system("bundle check") || system!("bundle install")

  unless File.exist?("config/database.yml")
    FileUtils.cp "config/database.yml.sample", "config/database.yml"
  end

  puts "\n== Preparing database =="
  system! "bin/rails db:prepare"

  puts "\n== Restarting application server =="
  system! "bin/rails restart"
end
''')

F(L, "scripts/env.sh", "shell (contains Windows batch)", "Windows batch file (@echo off, set, %VAR%, if exist, goto :eof) in a .sh file", r'''
@echo off
setlocal enabledelayedexpansion

set PROJECT_ROOT=%~dp0..
set PATH=%PROJECT_ROOT%\bin;%PROJECT_ROOT%\node_modules\.bin;%PATH%
set NODE_ENV=development

if exist "%PROJECT_ROOT%\.env.local" (
    for /f "usebackq tokens=1,* delims==" %%a in ("%PROJECT_ROOT%\.env.local") do (
        set "%%a=%%b"
    )
)

if "%1"=="" goto :eof
call %*
endlocal
''')

F(L, "migrate.sh", "shell (contains SQL)", "SQL migration (CREATE TABLE, ALTER, CREATE INDEX) in a .sh file; also cut off: stops mid-statement", r'''
-- 2024_05_12_add_subscriptions.sql
BEGIN;

CREATE TABLE subscriptions (
    id           BIGSERIAL PRIMARY KEY,
    customer_id  BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    plan         TEXT NOT NULL CHECK (plan IN ('free', 'pro', 'team')),
    status       TEXT NOT NULL DEFAULT 'active',
    started_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    cancelled_at TIMESTAMPTZ
);

CREATE INDEX subscriptions_customer_idx ON subscriptions (customer_id);

ALTER TABLE customers
    ADD COLUMN trial_ends_at TIMESTAMPTZ;

UPDATE customers SET trial_ends_at = created_at + INTERVAL '14 days'
WHERE trial_ends_at IS NULL AND created_at > now() - INTERVAL '14 da''')

F(L, "run.sh", "shell (contains Go)", "Go program (package main, imports, func main) in a .sh file", r'''
package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"os/signal"
	"time"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
	})

	srv := &http.Server{Addr: ":" + os.Getenv("PORT"), Handler: mux}
	go func() {
		if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
			log.Fatal(err)
		}
	}()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	<-ctx.Done()

	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = srv.Shutdown(shutdownCtx)
}
''')

F(L, "backup.sh", "shell (contains Python)", "Python backup script (boto3, datetime, for loop with colon, with-block) in a .sh file", r'''
import datetime as dt
import gzip
import shutil
import subprocess

import boto3

BUCKET = "acme-db-backups"
DATABASES = ["accounts", "orders"]

s3 = boto3.client("s3")
stamp = dt.datetime.utcnow().strftime("%Y%m%dT%H%M%SZ")

for db in DATABASES:
    raw = f"/tmp/{db}-{stamp}.sql"
    with open(raw, "wb") as out:
        subprocess.run(["pg_dump", db], stdout=out, check=True)
    with open(raw, "rb") as src, gzip.open(raw + ".gz", "wb") as dst:
        shutil.copyfileobj(src, dst)
    s3.upload_file(raw + ".gz", BUCKET, f"{db}/{stamp}.sql.gz")
    print(f"uploaded {db}")
''')

F(L, "cleanup.sh", "shell (contains PowerShell)", "PowerShell cleanup script (Get-ChildItem pipeline, Where-Object script blocks, hashtable) in a .sh file", r'''
$ErrorActionPreference = 'Stop'
$cutoff = (Get-Date).AddDays(-14)
$paths = @{
    Logs      = 'C:\Acme\logs'
    Temp      = "$env:TEMP\acme"
    Artifacts = 'D:\builds\artifacts'
}

foreach ($entry in $paths.GetEnumerator()) {
    if (-not (Test-Path $entry.Value)) { continue }
    $old = Get-ChildItem -Path $entry.Value -Recurse -File |
        Where-Object { $_.LastWriteTime -lt $cutoff }
    $size = ($old | Measure-Object -Property Length -Sum).Sum / 1MB
    $old | Remove-Item -Force
    Write-Output ("{0}: removed {1} files ({2:N1} MB)" -f $entry.Key, $old.Count, $size)
}
''')

F(L, "start.sh", "shell (contains JSON)", "pm2 ecosystem JSON document in a .sh file", r'''
{
  "apps": [
    {
      "name": "api",
      "script": "dist/server.js",
      "instances": "max",
      "exec_mode": "cluster",
      "max_memory_restart": "512M",
      "env": {
        "NODE_ENV": "production",
        "PORT": 3000
      }
    },
    {
      "name": "worker",
      "script": "dist/worker.js",
      "instances": 2,
      "cron_restart": "0 4 * * *"
    }
  ]
}
''')

F(L, "provision.sh", "shell (contains Perl)", "Perl script (use strict, my, hashes, foreach, regex) in a .sh file; also cut off: stops mid-line", r'''
#!/usr/bin/perl
use strict;
use warnings;
use File::Path qw(make_path);

my %users = (
    alice => { uid => 2001, groups => ['dev', 'docker'] },
    bob   => { uid => 2002, groups => ['dev'] },
    carol => { uid => 2003, groups => ['ops', 'docker', 'sudo'] },
);

foreach my $name (sort keys %users) {
    my $u = $users{$name};
    my $home = "/home/$name";
    if (getpwnam($name)) {
        print "user $name exists, skipping\n";
        next;
    }
    system('useradd', '-m', '-u', $u->{uid}, '-G', join(',', @{ $u->{groups} }), $name) == 0
        or die "useradd $name failed: $?";
    make_path("$home/.ssh", { mode => 0700 });
    my $keyfile = "keys/$name.pub";
    if (-e $keyfile && $keyfile =~ /\.pub$/) {
        system("install -m 0600 -o $name $keyfile $home/.ssh/authorized_k''')

F(L, "release.sh", "shell (contains TypeScript)", "TypeScript release script (typed imports, interfaces, async/await) in a .sh file", r'''
import { execa } from 'execa';
import { readFile, writeFile } from 'node:fs/promises';

interface PackageJson {
  name: string;
  version: string;
}

type Bump = 'major' | 'minor' | 'patch';

function bump(version: string, kind: Bump): string {
  const [major, minor, patch] = version.split('.').map(Number);
  if (kind === 'major') return `${major + 1}.0.0`;
  if (kind === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

const kind = (process.argv[2] ?? 'patch') as Bump;
const pkg: PackageJson = JSON.parse(await readFile('package.json', 'utf8'));
pkg.version = bump(pkg.version, kind);
await writeFile('package.json', JSON.stringify(pkg, null, 2) + '\n');
await execa('git', ['commit', '-am', `release ${pkg.version}`]);
await execa('git', ['tag', `v${pkg.version}`]);
console.log(`released ${pkg.name}@${pkg.version}`);
''')

F(L, "test.sh", "shell (contains YAML)", "docker-compose YAML for the test environment in a .sh file", r'''
version: "3.9"

services:
  test-db:
    image: postgres:16-alpine
    environment:
      POSTGRES_PASSWORD: test
      POSTGRES_DB: app_test
    tmpfs:
      - /var/lib/postgresql/data
  tests:
    build:
      context: .
      target: test
    command: ["pytest", "-x", "--maxfail=1"]
    environment:
      DATABASE_URL: postgres://postgres:test@test-db:5432/app_test
    depends_on:
      - test-db
''')
